// Words shared by every screen, print, file and the extension: a catalogue text (a strength's name or
// definition) in a language, and who noticed a recognition. One wording each, so they cannot drift.
import type { Lang, Localized, NoticedBy } from './types';

/** The text in the language, else Bokmål (every catalogue text has Bokmål). */
export function localized(text: Localized, lang: Lang): string {
  return (lang === 'nb' ? text.nb : text[lang]) || text.nb;
}

/** The words for who noticed, in the caller's language and register. */
export interface NoticedByWords {
  teacher: string;
  /** A classmate without a name: noticed anonymously, or a pupil no longer in the class. */
  classmate: string;
}

/** Who noticed a recognition, in words: the teacher, the adult's name, or the classmate's name. */
export function noticedByName(
  n: NoticedBy,
  pupilName: (id: string) => string | undefined,
  words: NoticedByWords,
): string {
  if (n.kind === 'teacher') return words.teacher;
  if (n.kind === 'adult') return n.name;
  if (n.kind === 'pupil') return pupilName(n.pupilId) ?? words.classmate;
  return words.classmate;
}
