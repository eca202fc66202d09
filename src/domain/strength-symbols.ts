// The curated choices for a strength a teacher adds: symbols children recognise, and colours that
// keep AA contrast as a border on both light and dark backgrounds.
export const STRENGTH_SYMBOLS: readonly string[] = [
  '🦁',
  '💛',
  '🤝',
  '🧩',
  '📚',
  '😄',
  '💎',
  '🙌',
  '🌻',
  '⭐',
  '🐢',
  '🎒',
  '🧘',
  '🛑',
  '💪',
  '⛰️',
  '🌷',
  '🎨',
  '🔍',
  '⚖️',
  '🤗',
  '🔥',
  '🌱',
  '🌈',
  '🦉',
  '🐝',
  '🚀',
  '🎵',
  '⚽',
  '🧭',
  '🤲',
  '🕊️',
  '🌳',
  '💡',
  '🏔️',
  '🐬',
  '🦋',
  '🍀',
  '🎯',
  '🧠',
  '👂',
  '🗣️',
];

export const STRENGTH_COLORS: readonly string[] = [
  '#c2410c',
  '#b45309',
  '#a16207',
  '#15803d',
  '#0f766e',
  '#0e7490',
  '#0369a1',
  '#1d4ed8',
  '#4338ca',
  '#7c3aed',
  '#9333ea',
  '#c026d3',
  '#be185d',
  '#be123c',
  '#dc2626',
  '#57534e',
];

/**
 * Symbols that show as an empty box on Windows 10 and older iPads (newer than Unicode 11), and what
 * shows instead, wherever they are stored (a teacher may have picked one for an own strength).
 */
const UNRENDERABLE: Record<string, string> = { '🫶': '🤗', '🛟': '🤲', '🪜': '📈' };

/** A stored symbol as it should show: one that every school computer can draw. */
export function currentSymbol(symbol: string): string {
  return UNRENDERABLE[symbol] ?? symbol;
}
