// Word wrapping for SVG text (SVG has no automatic line breaks).

/** Wraps text into at most `maxLines` lines of about `width` characters; the last line gets "…" if cut. */
export function wrapWords(text: string, width: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const w = [...word].length > width ? `${[...word].slice(0, width - 1).join('')}…` : word;
    if (!line) line = w;
    else if ([...line].length + 1 + [...w].length <= width) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${[...last].slice(0, Math.max(1, width - 1)).join('')}…`;
  return kept;
}
