// The starting strength catalogue. It is editable data: teachers rename, hide, reorder and add.
// The first fourteen words are the character qualities confirmed in the SMART material; the
// definitions are our own child-level sentences. The last six are our own suggestions, marked
// `suggested` so that nobody mistakes them for SMART's official list.
import type { Localized } from './types';

export interface DefaultStrength {
  key: string;
  symbol: string;
  color: string;
  suggested?: true;
  name: Localized & { nn: string; en: string };
  definition: Localized & { nn: string; en: string };
}

export const DEFAULT_STRENGTHS: readonly DefaultStrength[] = [
  {
    key: 'courage',
    symbol: '🦁',
    color: '#c2410c',
    name: { nb: 'Mot', nn: 'Mot', en: 'Courage' },
    definition: {
      nb: 'Å gjøre noe selv om det føles skummelt eller vanskelig.',
      nn: 'Å gjere noko sjølv om det kjennest skummelt eller vanskeleg.',
      en: 'Doing something even when it feels scary or hard.',
    },
  },
  {
    key: 'care',
    symbol: '💛',
    color: '#b45309',
    name: { nb: 'Omsorg', nn: 'Omsorg', en: 'Care' },
    definition: {
      nb: 'Å merke hvordan andre har det, og gjøre noe for at de skal ha det godt.',
      nn: 'Å merke korleis andre har det, og gjere noko for at dei skal ha det godt.',
      en: 'Noticing how others feel, and doing something to help them feel good.',
    },
  },
  {
    key: 'helpfulness',
    symbol: '🤲',
    color: '#0f766e',
    name: { nb: 'Hjelpsomhet', nn: 'Hjelpsemd', en: 'Helpfulness' },
    definition: {
      nb: 'Å se når noen trenger hjelp, og hjelpe til.',
      nn: 'Å sjå når nokon treng hjelp, og hjelpe til.',
      en: 'Seeing when someone needs a hand, and giving it.',
    },
  },
  {
    key: 'cooperation',
    symbol: '🧩',
    color: '#1d4ed8',
    name: { nb: 'Samarbeid', nn: 'Samarbeid', en: 'Cooperation' },
    definition: {
      nb: 'Å jobbe sammen mot det samme målet og la alle få være med.',
      nn: 'Å arbeide saman mot det same målet og la alle få vere med.',
      en: 'Working together towards the same goal, with everyone taking part.',
    },
  },
  {
    key: 'joyOfLearning',
    symbol: '📚',
    color: '#7c3aed',
    name: { nb: 'Læringsglede', nn: 'Læringsglede', en: 'Joy of learning' },
    definition: {
      nb: 'Å bli glad av å lære noe nytt og ha lyst til å lære mer.',
      nn: 'Å bli glad av å lære noko nytt og ha lyst til å lære meir.',
      en: 'Feeling happy when we learn something new and wanting to learn more.',
    },
  },
  {
    key: 'humour',
    symbol: '😄',
    color: '#a16207',
    name: { nb: 'Humor', nn: 'Humor', en: 'Humour' },
    definition: {
      nb: 'Å få andre til å le på en snill måte.',
      nn: 'Å få andre til å le på ein snill måte.',
      en: 'Making others laugh in a kind way.',
    },
  },
  {
    key: 'honesty',
    symbol: '💎',
    color: '#0e7490',
    name: { nb: 'Ærlighet', nn: 'Ærlegdom', en: 'Honesty' },
    definition: {
      nb: 'Å si det som er sant, også når det er vanskelig.',
      nn: 'Å seie det som er sant, også når det er vanskeleg.',
      en: 'Telling the truth, even when it is hard.',
    },
  },
  {
    key: 'respect',
    symbol: '👂',
    color: '#be185d',
    name: { nb: 'Respekt', nn: 'Respekt', en: 'Respect' },
    definition: {
      nb: 'Å behandle andre slik vi selv vil bli behandlet.',
      nn: 'Å behandle andre slik vi sjølve vil bli behandla.',
      en: 'Treating others the way we want to be treated.',
    },
  },
  {
    key: 'gratitude',
    symbol: '🌻',
    color: '#a16207',
    name: { nb: 'Takknemlighet', nn: 'Takksemd', en: 'Gratitude' },
    definition: {
      nb: 'Å legge merke til det gode andre gjør, og si takk.',
      nn: 'Å leggje merke til det gode andre gjer, og seie takk.',
      en: 'Noticing the good things others do, and saying thank you.',
    },
  },
  {
    key: 'selfConfidence',
    symbol: '💪',
    color: '#b45309',
    name: { nb: 'Selvtillit', nn: 'Sjølvtillit', en: 'Self-confidence' },
    definition: {
      nb: 'Å tro på at vi kan klare ting, og prøve.',
      nn: 'Å tru på at vi kan klare ting, og prøve.',
      en: 'Believing that we can do things, and trying.',
    },
  },
  {
    key: 'patience',
    symbol: '🐢',
    color: '#15803d',
    name: { nb: 'Tålmodighet', nn: 'Tolmod', en: 'Patience' },
    definition: {
      nb: 'Å vente rolig på tur og gi andre den tiden de trenger.',
      nn: 'Å vente roleg på tur og gi andre den tida dei treng.',
      en: 'Waiting calmly for our turn and giving others the time they need.',
    },
  },
  {
    key: 'responsibility',
    symbol: '🎒',
    color: '#4338ca',
    name: { nb: 'Ansvarsbevissthet', nn: 'Ansvarsmedvit', en: 'Responsibility' },
    definition: {
      nb: 'Å gjøre det vi har lovet, og ta vare på ting og folk rundt oss.',
      nn: 'Å gjere det vi har lova, og ta vare på ting og folk rundt oss.',
      en: 'Doing what we promised and looking after things and people around us.',
    },
  },
  {
    key: 'selfControl',
    symbol: '🛑',
    color: '#0f766e',
    name: { nb: 'Selvkontroll', nn: 'Sjølvkontroll', en: 'Self-control' },
    definition: {
      nb: 'Å stoppe opp og tenke før vi gjør noe, også når vi er sinte eller lei oss.',
      nn: 'Å stoppe opp og tenkje før vi gjer noko, også når vi er sinte eller lei oss.',
      en: 'Stopping to think before we act, even when we are angry or upset.',
    },
  },
  {
    key: 'perseverance',
    symbol: '⛰️',
    color: '#57534e',
    name: { nb: 'Utholdenhet', nn: 'Uthald', en: 'Perseverance' },
    definition: {
      nb: 'Å fortsette å prøve selv om noe tar lang tid.',
      nn: 'Å halde fram med å prøve sjølv om noko tek lang tid.',
      en: 'Keeping on trying even when something takes a long time.',
    },
  },
  {
    key: 'kindness',
    suggested: true,
    symbol: '🌷',
    color: '#be123c',
    name: { nb: 'Vennlighet', nn: 'Venlegheit', en: 'Kindness' },
    definition: {
      nb: 'Å være snill og varm mot andre, også dem vi ikke kjenner så godt.',
      nn: 'Å vere snill og varm mot andre, også dei vi ikkje kjenner så godt.',
      en: 'Being warm and kind to others, even those we don’t know well.',
    },
  },
  {
    key: 'creativity',
    suggested: true,
    symbol: '🎨',
    color: '#9333ea',
    name: { nb: 'Kreativitet', nn: 'Kreativitet', en: 'Creativity' },
    definition: {
      nb: 'Å finne på nye ideer og nye måter å gjøre ting på.',
      nn: 'Å finne på nye idear og nye måtar å gjere ting på.',
      en: 'Coming up with new ideas and new ways of doing things.',
    },
  },
  {
    key: 'curiosity',
    suggested: true,
    symbol: '🔍',
    color: '#0369a1',
    name: { nb: 'Nysgjerrighet', nn: 'Nysgjerrigheit', en: 'Curiosity' },
    definition: {
      nb: 'Å lure på ting, spørre og ville finne ut mer.',
      nn: 'Å lure på ting, spørje og ville finne ut meir.',
      en: 'Wondering about things, asking and wanting to find out more.',
    },
  },
  {
    key: 'fairness',
    suggested: true,
    symbol: '⚖️',
    color: '#475569',
    name: { nb: 'Rettferdighet', nn: 'Rettferd', en: 'Fairness' },
    definition: {
      nb: 'Å dele likt og behandle alle like godt.',
      nn: 'Å dele likt og handsame alle like godt.',
      en: 'Sharing fairly and treating everyone equally well.',
    },
  },
  {
    key: 'inclusion',
    suggested: true,
    symbol: '🤗',
    color: '#c026d3',
    name: { nb: 'Inkludering', nn: 'Inkludering', en: 'Including others' },
    definition: {
      nb: 'Å invitere andre med i leken og i samtalen.',
      nn: 'Å invitere andre med i leiken og i samtalen.',
      en: 'Inviting others into the game and the conversation.',
    },
  },
  {
    key: 'enthusiasm',
    suggested: true,
    symbol: '🔥',
    color: '#dc2626',
    name: { nb: 'Engasjement', nn: 'Engasjement', en: 'Enthusiasm' },
    definition: {
      nb: 'Å være ivrig og gi andre lyst til å være med.',
      nn: 'Å vere ivrig og gi andre lyst til å vere med.',
      en: 'Being eager and making others want to join in.',
    },
  },
];
