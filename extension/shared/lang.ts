// Which language an extension page speaks: the board's own, else the browser's (bokmål first).
import type { Lang } from '../../src/domain/types';

export function browserLang(languages: readonly string[] = navigator.languages): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'nn') return 'nn';
    if (base === 'nb' || base === 'no') return 'nb';
    if (base === 'en') return 'en';
  }
  return 'nb';
}
