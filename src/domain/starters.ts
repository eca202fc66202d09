// Sentence starters speak to the pupils chosen: «Jeg så at du …» for one, «Jeg så at dere …» for
// several or the whole class. Works on the teacher's own starters too, by swapping the
// second-person pronouns word by word (English "you" is both).
import type { Lang } from './types';

const PLURAL: Record<Lang, Record<string, string>> = {
  nb: { du: 'dere', deg: 'dere', din: 'deres', ditt: 'deres', dine: 'deres' },
  nn: { du: 'de', deg: 'dykk', din: 'dykkar', ditt: 'dykkar', dine: 'dykkar' },
  en: {},
};

/** The starter as said to several pupils (unchanged for one). */
export function starterFor(starter: string, many: boolean, lang: Lang): string {
  if (!many) return starter;
  const words = PLURAL[lang];
  return starter.replace(/\p{L}+/gu, (w) => {
    const plural = words[w.toLocaleLowerCase(lang)];
    if (!plural) return w;
    return w[0] === w[0]!.toLocaleUpperCase(lang)
      ? plural[0]!.toLocaleUpperCase(lang) + plural.slice(1)
      : plural;
  });
}
