// The starter phrases offered under "What did you see?": the teacher can replace the built-in ones
// per language, for the teacher's dialog and for pupil mode. Stored in the settings table.
import type { Lang } from '../domain/types';
import { db } from './db';
import { write } from './write';

export const STARTERS_KEY = 'recognize.starters';
export type StarterKind = 'teacher' | 'pupil';
export const MAX_STARTERS = 8;
export const MAX_STARTER_LENGTH = 60;

type Stored = Partial<Record<StarterKind, Partial<Record<Lang, string[]>>>>;

function isStored(v: unknown): v is Stored {
  return !!v && typeof v === 'object';
}

/** One phrase per line: trimmed, blanks and repeats dropped, at most 8 of at most 60 characters. */
export function cleanStarters(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const s = [...line.trim().replace(/\s+/g, ' ')].slice(0, MAX_STARTER_LENGTH).join('');
    if (!s || seen.has(s.toLocaleLowerCase())) continue;
    seen.add(s.toLocaleLowerCase());
    out.push(s);
  }
  return out.slice(0, MAX_STARTERS);
}

/** The teacher's own phrases for this language, or null when the built-in ones apply. */
export async function getStarters(kind: StarterKind, lang: Lang): Promise<string[] | null> {
  const row = await db().settings.get(STARTERS_KEY);
  const list = isStored(row?.value) ? row.value[kind]?.[lang] : undefined;
  return Array.isArray(list) && list.every((s) => typeof s === 'string') && list.length > 0 ? list : null;
}

/** Saves the phrases (null or an empty list goes back to the built-in ones). */
export async function setStarters(kind: StarterKind, lang: Lang, phrases: string[] | null): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction('rw', d.settings, async () => {
      const row = await d.settings.get(STARTERS_KEY);
      const value: Stored = isStored(row?.value) ? structuredClone(row.value) : {};
      const forKind = { ...(value[kind] ?? {}) };
      if (phrases && phrases.length > 0) forKind[lang] = phrases;
      else delete forKind[lang];
      value[kind] = forKind;
      await d.settings.put({ key: STARTERS_KEY, value, updatedAt: Date.now() });
    }),
  );
}
