// Whether a recognition speaks as «I»: «Du hjalp meg med tårnet» needs the writer's name beside it,
// or the class cannot tell who «meg» is. The board then shows «Sett av …» even when the teacher has
// turned that off (review P3).
import type { Lang } from './types';

/** nb «jeg, meg, min, mitt, mine» and nn «eg»: whole words, any case. */
const NORWEGIAN = /(?<!\p{L})(jeg|eg|meg|min|mitt|mine)(?!\p{L})/iu;
/**
 * English «I, me, my, mine, myself». Only for English text: «I» starts many Norwegian sentences
 * («I dag …») and nynorsk may write «me» for «we».
 */
const ENGLISH = /(?<!\p{L})(I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)(?!\p{L})/u;

export function speaksAsMe(text: string, lang: Lang): boolean {
  return lang === 'en' ? ENGLISH.test(text) : NORWEGIAN.test(text);
}
