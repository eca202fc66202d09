// @vitest-environment node
// Every symbol the app shows must render on Windows 10, ChromeOS and iPadOS: Unicode 11 or older,
// listed in docs/symbols.md. Stored data with a retired symbol shows its replacement.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listStrengths } from '../../src/data/strengths';
import { DEFAULT_STRENGTHS } from '../../src/domain/default-strengths';
import { withCurrentDefaults } from '../../src/domain/retired-defaults';
import { ROUTINE_TEMPLATES } from '../../src/domain/routine-templates';
import { currentSymbol, STRENGTH_SYMBOLS } from '../../src/domain/strength-symbols';
import { freshDatabase } from './helpers/db';

const db = freshDatabase();
const root = resolve(import.meta.dirname, '../..');
const PICTOGRAPH = /\p{Extended_Pictographic}/gu;
const bare = (s: string) => s.replace(/\uFE0F/g, '');

/** The "## Allowed" table of docs/symbols.md: symbol -> Unicode version. */
function allowList(): Map<string, number> {
  const doc = readFileSync(resolve(root, 'docs/symbols.md'), 'utf8');
  const section = doc.split('## Allowed')[1]!.split('\n## ')[0]!;
  const rows = section
    .split('\n')
    .filter((l) => /^\| \S/.test(l) && !l.startsWith('| Symbol') && !l.startsWith('| ---'));
  return new Map(
    rows.map((l) => {
      const cells = l.split('|').map((c) => c.trim());
      return [bare(cells[1]!), Number(cells[3])];
    }),
  );
}

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), test) : test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Symbols in the screens, the catalogues and the extension, with where each one is. */
function symbolsInSource(): Map<string, string> {
  const sources = [
    ...files(resolve(root, 'src'), (n) => n.endsWith('.tsx')),
    ...files(resolve(root, 'src/i18n'), (n) => n.endsWith('.ts')),
    ...files(resolve(root, 'extension'), (n) => /\.tsx?$/.test(n)),
  ];
  const found = new Map<string, string>();
  for (const f of sources)
    for (const [s] of readFileSync(f, 'utf8').matchAll(PICTOGRAPH)) found.set(s, f.slice(root.length + 1));
  return found;
}

describe('symbols every school computer can draw', () => {
  it('the allow-list itself holds nothing newer than Unicode 11', () => {
    const list = allowList();
    expect(list.size).toBeGreaterThan(40);
    const tooNew = [...list].filter(([, v]) => !(v <= 11));
    expect(tooNew).toEqual([]);
    for (const retired of ['🫶', '🛟', '🪜']) expect(list.has(retired)).toBe(false);
  });

  it('every symbol in use is on the list in docs/symbols.md', () => {
    const list = allowList();
    const inUse = new Map<string, string>([
      ...DEFAULT_STRENGTHS.map((s) => [bare(s.symbol), `default strength ${s.key}`] as [string, string]),
      ...STRENGTH_SYMBOLS.map((s) => [bare(s), 'strength picker'] as [string, string]),
      ...ROUTINE_TEMPLATES.map((t) => [bare(t.symbol), `routine template ${t.key}`] as [string, string]),
      ...symbolsInSource(),
    ]);
    expect(inUse.size).toBeGreaterThan(40);
    const missing = [...inUse].filter(([s]) => !list.has(s)).map(([s, where]) => `${s} (${where})`);
    expect(missing).toEqual([]);
  });

  it('a stored symbol that does not render shows its replacement; a teacher’s own choice stays', () => {
    expect(currentSymbol('🫶')).toBe('🤗');
    expect(currentSymbol('🛟')).toBe('🤲');
    expect(currentSymbol('🪜')).toBe('📈');
    expect(currentSymbol('🦁')).toBe('🦁');
    const def = { nb: 'x' };
    expect(withCurrentDefaults({ key: 'respect', symbol: '🙌', definition: def }).symbol).toBe('👂');
    expect(withCurrentDefaults({ symbol: '🙌', definition: def }).symbol).toBe('🙌');
    expect(withCurrentDefaults({ symbol: '🫶', definition: def }).symbol).toBe('🤗');
  });

  it('a catalogue stored with the old symbols reads with the new ones', async () => {
    const old: Record<string, string> = { inclusion: '🫶', selfConfidence: '⭐', selfControl: '🧘' };
    for (const [key, symbol] of Object.entries(old)) {
      const s = await db.current.strengths.where('key').equals(key).first();
      await db.current.strengths.update(s!.id, { symbol });
    }
    const read = new Map((await listStrengths()).map((s) => [s.key, s.symbol]));
    expect([read.get('inclusion'), read.get('selfConfidence'), read.get('selfControl')]).toEqual([
      '🤗',
      '💪',
      '🛑',
    ]);
  });
});
