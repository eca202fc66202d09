// What a recognition's text may be: cleaned of invisible control characters, trimmed, at most
// MAX_TEXT characters (counted as the user sees them, so an emoji counts once).
import { MAX_TEXT } from './types';

export type TextProblem = 'empty' | 'tooLong';

/** Characters as a person counts them (code points; close enough for emoji and any script). */
export function textLength(text: string): number {
  return [...text].length;
}

export function cleanText(raw: string): string {
  // Keep line breaks; drop other control characters a paste can carry (tabs become spaces).
  return [...raw.normalize('NFC').replace(/\t/g, ' ')]
    .filter((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return c === 10 || c === 13 || (c >= 32 && c !== 127);
    })
    .join('')
    .trim();
}

export function checkText(raw: string, opts: { optional?: boolean } = {}): TextProblem | null {
  const text = cleanText(raw);
  if (!text) return opts.optional ? null : 'empty';
  if (textLength(text) > MAX_TEXT) return 'tooLong';
  return null;
}

export function isValidPin(pin: string): boolean {
  return /^[0-9]{4,8}$/.test(pin);
}
