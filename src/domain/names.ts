// Parsing a pasted list of pupil names: one per line, blanks and duplicates skipped and reported.
import { MAX_NAME } from './types';

export interface ParsedNames {
  /** Names to add, trimmed, in the order pasted. */
  names: string[];
  /** How many blank lines were skipped. */
  blank: number;
  /** Names skipped because they were already in the list or already in the class. */
  duplicates: string[];
  /** Names cut to MAX_NAME characters. */
  shortened: string[];
  /** Names kept from a spreadsheet row whose other columns (surnames, numbers) were left out. */
  firstColumnOnly: string[];
  /** Lines skipped because they hold no letter ("12345", "🙂"). */
  noLetter: string[];
  /** Set when the class would pass MAX_PUPILS: then nothing is added. */
  tooMany?: { max: number; wanted: number };
}

/** A name must hold at least one letter, in any script. */
export function hasLetter(name: string): boolean {
  return /\p{L}/u.test(name);
}

/** Compare names the way a teacher would: case, accents in composed/decomposed form and spacing ignored. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
}

function isInvisible(c: number): boolean {
  return c < 32 || c === 127 || (c >= 0x200b && c <= 0x200d) || c === 0xfeff;
}

export function cleanName(raw: string): string {
  // Drop control characters (a pasted spreadsheet can carry tabs and zero-width marks).
  return [...raw.normalize('NFC')]
    .map((ch) => (isInvisible(ch.codePointAt(0) ?? 0) ? ' ' : ch))
    .join('')
    .trim()
    .replace(/\s+/g, ' ');
}

function cleanCell(cell: string): string {
  return cleanName(cell.replace(/^\s*(?:\d+[.)]|[-*•])\s+/, ''));
}

export function parseNameList(text: string, existing: readonly string[] = []): ParsedNames {
  const seen = new Set(existing.map(nameKey));
  const result: ParsedNames = {
    names: [],
    blank: 0,
    duplicates: [],
    shortened: [],
    firstColumnOnly: [],
    noLetter: [],
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    // A row copied from a spreadsheet has its cells separated by tabs. Only first names are
    // stored (the privacy page promises it), so keep the first cell with a letter in it (a
    // leading number column is skipped) and drop the rest (surnames, classes, birthdays).
    const cells = line.split('\t').map(cleanCell).filter(Boolean);
    if (!cells.length) {
      result.blank++;
      continue;
    }
    let name = cells.find(hasLetter) ?? cells.join(' ');
    if (!hasLetter(name)) {
      result.noLetter.push(name);
      continue;
    }
    if (cells.length > 1) result.firstColumnOnly.push(name);
    if ([...name].length > MAX_NAME) {
      name = [...name].slice(0, MAX_NAME).join('').trim();
      result.shortened.push(name);
    }
    const key = nameKey(name);
    if (seen.has(key)) {
      result.duplicates.push(name);
      continue;
    }
    seen.add(key);
    result.names.push(name);
  }
  // A trailing newline is not a "blank line" a teacher typed.
  if (text.endsWith('\n') && result.blank > 0) result.blank--;
  return result;
}

/** Names as a sentence lists them: «Ola», «Ola og Kari», «Ola, Kari og Emma» (and = the language's «og»). */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
