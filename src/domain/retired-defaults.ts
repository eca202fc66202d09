// Default texts and symbols the app once shipped and has since rewritten (the language review of December
// 2026). A stored built-in strength whose text is still exactly the old default (the teacher never
// edited it) shows the current default; anything a teacher wrote stays as written. Pure: the data
// layer applies it when it reads strengths (normalize on read), so no database upgrade is needed.
import { DEFAULT_STRENGTHS } from './default-strengths';
import { currentSymbol } from './strength-symbols';
import type { Lang, Localized } from './types';

type Texts = Partial<Record<Lang, string>>;

/** Old definitions by strength key, exactly as they were shipped. */
const RETIRED_DEFINITIONS: Record<string, Texts> = {
  care: {
    nb: 'Å vise at vi bryr oss om andre med det vi sier og gjør.',
    nn: 'Å vise at vi bryr oss om andre med det vi seier og gjer.',
    en: 'Showing that we care about others by what we say and do.',
  },
  helpfulness: {
    nb: 'Å se når noen trenger en hånd, og gi den.',
    nn: 'Å sjå når nokon treng ei hand, og gi henne.',
  },
  cooperation: {
    nb: 'Å jobbe sammen mot det samme målet og la alle bidra.',
    nn: 'Å arbeide saman mot det same målet og la alle bidra.',
    en: 'Working together towards the same goal and letting everyone help.',
  },
  kindness: { en: 'Being warm and kind to others, also those we do not know well.' },
  fairness: {
    nb: 'Å sørge for at alle får være med og får sin tur.',
    nn: 'Å syte for at alle får vere med og får sin tur.',
    en: 'Making sure everyone can join in and gets their turn.',
  },
  selfControl: {
    nb: 'Å stoppe opp og tenke før vi gjør noe, også når vi er sinte.',
    nn: 'Å stoppe opp og tenkje før vi gjer noko, også når vi er sinte.',
    en: 'Stopping to think before we act, even when we are angry.',
  },
  enthusiasm: {
    nb: 'Å gi alt og smitte andre med god energi.',
    nn: 'Å gi alt og smitte andre med god energi.',
    en: 'Giving it our all and sharing good energy with others.',
  },
};

/** Old default symbols of built-in strengths, swapped for ones that fit the practice better. */
const RETIRED_SYMBOLS: Record<string, string> = {
  helpfulness: '🤝',
  respect: '🙌',
  selfConfidence: '⭐',
  selfControl: '🧘',
  inclusion: '🫶',
};

const CURRENT = new Map(DEFAULT_STRENGTHS.map((d) => [d.key, d]));

function refreshTexts(stored: Localized, retired: Texts | undefined, current: Localized): Localized {
  if (!retired) return stored;
  let out = stored;
  for (const lang of Object.keys(retired) as Lang[]) {
    if (stored[lang] === retired[lang]) out = { ...out, [lang]: current[lang] };
  }
  return out;
}

/** The strength as it should show today: untouched old default texts and symbols replaced by the current ones. */
export function withCurrentDefaults<T extends { key?: string; definition: Localized; symbol: string }>(
  s: T,
): T {
  const current = s.key ? CURRENT.get(s.key) : undefined;
  const definition = current
    ? refreshTexts(s.definition, RETIRED_DEFINITIONS[s.key!], current.definition)
    : s.definition;
  const symbol = current && RETIRED_SYMBOLS[s.key!] === s.symbol ? current.symbol : currentSymbol(s.symbol);
  return definition === s.definition && symbol === s.symbol ? s : { ...s, definition, symbol };
}
