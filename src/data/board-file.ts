// The board file: the same snapshot the extension receives, as a JSON file for a classroom PC
// without the app (imported in the extension's popup or board page).
import { todayIso } from '../domain/dates';
import type { Lang } from '../domain/types';
import type { NoticedByWords } from '../domain/wording';
import { buildBoardSnapshot } from './board-snapshot';

export async function boardFile(
  classId: string,
  lang: Lang,
  words: NoticedByWords,
  now = Date.now(),
): Promise<{ name: string; text: string } | null> {
  const snapshot = await buildBoardSnapshot(classId, lang, words, now);
  if (!snapshot) return null;
  const slug = snapshot.className
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return {
    name: `styrketavle-${slug || 'klasse'}-${todayIso(now)}.json`,
    text: `${JSON.stringify(snapshot, null, 2)}\n`,
  };
}
