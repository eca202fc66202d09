// The demo class as plain data: 25 made-up pupils, a focus strength, some weeks of recognitions
// (approved, and a few waiting from pupils), a dream, two routines with their log and two check-ins.
// Deterministic for a given seed and date.
import { addDays, isoDate, todayIso } from './dates';
import { seededRandom } from './hash';
import { findTemplate } from './routine-templates';
import { dueDates } from './schedule';
import type { DreamKind, Lang } from './types';

export const DEMO_NAMES = [
  'Emma',
  'Noah',
  'Nora',
  'Jakob',
  'Sofie',
  'Emil',
  'Ella',
  'Lucas',
  'Olivia',
  'Filip',
  'Ingrid',
  'Oskar',
  'Maja',
  'Aksel',
  'Leah',
  'William',
  'Frida',
  'Isak',
  'Sara',
  'Mohammed',
  'Hedda',
  'Ola',
  'Amina',
  'Magnus',
  'Kari',
] as const;

type Tri = Record<Lang, string>;

/** What was seen, by strength key, said to the pupil (second person, the one voice of the board). `{other}` is another pupil's name. */
const ACTIONS: { strength: string; text: Tri }[] = [
  {
    strength: 'patience',
    text: {
      nb: 'Du ventet rolig til {other} var ferdig med puslespillet.',
      nn: 'Du venta roleg til {other} var ferdig med puslespelet.',
      en: 'You waited calmly until {other} had finished the puzzle.',
    },
  },
  {
    strength: 'cooperation',
    text: {
      nb: 'Du delte oppgavene slik at alle på gruppa fikk være med.',
      nn: 'Du delte oppgåvene slik at alle på gruppa fekk vere med.',
      en: 'You shared out the tasks so everyone in the group could take part.',
    },
  },
  {
    strength: 'cooperation',
    text: {
      nb: 'Du lyttet til ideen til {other} og bygde videre på den.',
      nn: 'Du lytta til ideen til {other} og bygde vidare på han.',
      en: 'You listened to {other}’s idea and built on it.',
    },
  },
  {
    strength: 'care',
    text: {
      nb: 'Du satte deg ved {other} i friminuttet da {other} var lei seg.',
      nn: 'Du sette deg ved {other} i friminuttet då {other} var lei seg.',
      en: 'You sat with {other} at break time when {other} was sad.',
    },
  },
  {
    strength: 'helpfulness',
    text: {
      nb: 'Du hjalp {other} med å finne igjen lua uten at noen spurte.',
      nn: 'Du hjelpte {other} med å finne att lua utan at nokon spurde.',
      en: 'You helped {other} find a lost hat without being asked.',
    },
  },
  {
    strength: 'courage',
    text: {
      nb: 'Du rakk opp hånda og leste høyt for hele klassen for første gang.',
      nn: 'Du rekte opp handa og las høgt for heile klassen for første gong.',
      en: 'You put your hand up and read aloud to the whole class for the first time.',
    },
  },
  {
    strength: 'honesty',
    text: {
      nb: 'Du sa fra at ballen traff vinduet, selv om ingen hadde sett det.',
      nn: 'Du sa frå at ballen trefte vindauget, sjølv om ingen hadde sett det.',
      en: 'You owned up that the ball hit the window, even though nobody had seen it.',
    },
  },
  {
    strength: 'joyOfLearning',
    text: {
      nb: 'Du fant tre nye fakta om bier og fortalte dem med et stort smil.',
      nn: 'Du fann tre nye fakta om bier og fortalde dei med eit stort smil.',
      en: 'You found three new facts about bees and shared them with a big smile.',
    },
  },
  {
    strength: 'humour',
    text: {
      nb: 'Du fikk hele gruppa til å le da matteoppgaven var vanskelig.',
      nn: 'Du fekk heile gruppa til å le då matteoppgåva var vanskeleg.',
      en: 'You made the whole group laugh when the maths task was hard.',
    },
  },
  {
    strength: 'respect',
    text: {
      nb: 'Du lot {other} snakke ferdig og ventet på tur.',
      nn: 'Du let {other} snakke ferdig og venta på tur.',
      en: 'You let {other} finish speaking before taking your turn.',
    },
  },
  {
    strength: 'gratitude',
    text: {
      nb: 'Du takket assistenten for hjelpen i garderoben.',
      nn: 'Du takka assistenten for hjelpa i garderoben.',
      en: 'You thanked the teaching assistant for the help in the cloakroom.',
    },
  },
  {
    strength: 'selfConfidence',
    text: {
      nb: 'Du prøvde den vanskeligste oppgaven og sa «jeg klarer det».',
      nn: 'Du prøvde den vanskelegaste oppgåva og sa «eg klarer det».',
      en: 'You tried the hardest task and said “I can do this”.',
    },
  },
  {
    strength: 'responsibility',
    text: {
      nb: 'Du ryddet hele lesekroken etter timen uten å bli bedt om det.',
      nn: 'Du rydda heile lesekroken etter timen utan å bli beden om det.',
      en: 'You tidied the whole reading corner after the lesson without being asked.',
    },
  },
  {
    strength: 'selfControl',
    text: {
      nb: 'Du gikk bort og pustet rolig da spillet ble urettferdig.',
      nn: 'Du gjekk bort og pusta roleg då spelet vart urettferdig.',
      en: 'You walked away and breathed calmly when the game got unfair.',
    },
  },
  {
    strength: 'perseverance',
    text: {
      nb: 'Du øvde på skrivingen hele timen og ga deg ikke.',
      nn: 'Du øvde på skrivinga heile timen og gav deg ikkje.',
      en: 'You practised handwriting for the whole lesson and didn’t give up.',
    },
  },
  {
    strength: 'cooperation',
    text: {
      nb: 'Du bar benken sammen med {other} og telte «en, to, tre».',
      nn: 'Du bar benken saman med {other} og talde «ein, to, tre».',
      en: 'You carried the bench together with {other}, counting “one, two, three”.',
    },
  },
  {
    strength: 'helpfulness',
    text: {
      nb: 'Du forklarte gangestykket til {other} på en tålmodig måte.',
      nn: 'Du forklarte gangestykket til {other} på ein tolmodig måte.',
      en: 'You explained the multiplication to {other} in a patient way.',
    },
  },
  {
    strength: 'care',
    text: {
      nb: 'Du spurte om {other} ville være med i leken.',
      nn: 'Du spurde om {other} ville vere med i leiken.',
      en: 'You asked {other} to join the game.',
    },
  },
];

/** `hour`:15 on the latest weekday before `now` (today if that time has passed): pupils write in school. */
function schoolHourBefore(now: number, hour: number): number {
  const d = new Date(now);
  d.setHours(hour, 15, 0, 0);
  while (d.getTime() >= now || [0, 6].includes(d.getDay())) d.setDate(d.getDate() - 1);
  return d.getTime();
}

const WAITING: { strength: string; text: Tri }[] = [
  {
    strength: 'cooperation',
    text: {
      nb: 'Du hjalp meg med å bygge tårnet.',
      nn: 'Du hjelpte meg med å byggje tårnet.',
      en: 'You helped me build the tower.',
    },
  },
  {
    strength: 'care',
    text: {
      nb: 'Du trøstet meg da jeg falt.',
      nn: 'Du trøysta meg då eg datt.',
      en: 'You comforted me when I fell.',
    },
  },
  {
    strength: 'humour',
    text: {
      nb: 'Du fortalte en morsom vits i matpausen.',
      nn: 'Du fortalde ein morosam vits i matpausen.',
      en: 'You told a funny joke at lunch.',
    },
  },
  {
    strength: 'patience',
    text: {
      nb: 'Du ventet på meg i garderoben.',
      nn: 'Du venta på meg i garderoben.',
      en: 'You waited for me in the cloakroom.',
    },
  },
];

const DREAM: { kind: DreamKind; text: Tri; active?: boolean }[] = [
  {
    kind: 'question',
    text: {
      nb: 'Hvordan lager vi en klasse der alle har det bra?',
      nn: 'Korleis lagar vi ein klasse der alle har det bra?',
      en: 'How do we make a class where everyone is happy?',
    },
  },
  {
    kind: 'best',
    text: {
      nb: 'Da vi laget skuespill sammen og alle fikk en rolle.',
      nn: 'Då vi laga skodespel saman og alle fekk ei rolle.',
      en: 'When we made a play together and everyone had a part.',
    },
  },
  {
    kind: 'best',
    text: {
      nb: 'Turdagen da vi hjalp hverandre opp bakken.',
      nn: 'Turdagen då vi hjelpte kvarandre opp bakken.',
      en: 'The hiking day when we helped each other up the hill.',
    },
  },
  {
    kind: 'dream',
    text: {
      nb: 'Alle har noen å være med i friminuttet.',
      nn: 'Alle har nokon å vere med i friminuttet.',
      en: 'Everyone has someone to be with at break time.',
    },
  },
  {
    kind: 'dream',
    text: {
      nb: 'Vi tør å si det vi mener.',
      nn: 'Vi tør å seie det vi meiner.',
      en: 'We dare to say what we think.',
    },
  },
  {
    kind: 'dream',
    text: {
      nb: 'Vi hjelper hverandre å lære.',
      nn: 'Vi hjelper kvarandre å lære.',
      en: 'We help each other learn.',
    },
  },
  {
    kind: 'dream',
    text: {
      nb: 'Det er rolig når vi jobber.',
      nn: 'Det er roleg når vi arbeider.',
      en: 'It is calm when we work.',
    },
  },
  {
    kind: 'principle',
    text: { nb: 'Vi respekterer alle.', nn: 'Vi respekterer alle.', en: 'We respect everyone.' },
  },
  {
    kind: 'principle',
    text: { nb: 'Vi inkluderer hverandre.', nn: 'Vi inkluderer kvarandre.', en: 'We include each other.' },
  },
  {
    kind: 'principle',
    text: {
      nb: 'Vi sier fra på en snill måte.',
      nn: 'Vi seier frå på ein snill måte.',
      en: 'We speak up in a kind way.',
    },
  },
  {
    kind: 'subgoal',
    text: {
      nb: 'Alle blir spurt om å være med i friminuttet.',
      nn: 'Alle blir spurde om å vere med i friminuttet.',
      en: 'Everyone is asked to join in at break time.',
    },
    active: true,
  },
  {
    kind: 'subgoal',
    text: {
      nb: 'Vi rekker opp hånda og venter på tur.',
      nn: 'Vi rekkjer opp handa og ventar på tur.',
      en: 'We raise our hands and wait for our turn.',
    },
  },
];

export const DEMO_FOCUS_KEY = 'cooperation';

export interface DemoRecognition {
  pupilIndex: number;
  strengthKey: string;
  text: string;
  noticedByPupilIndex?: number;
  status: 'approved' | 'waiting';
  createdAt: number;
}

export interface DemoRoutine {
  templateKey: string;
  /** ISO date the schedule counts from. */
  anchor: string;
  runs: { date: string; status: 'done' | 'skipped'; note: string }[];
}

export interface DemoCheckIn {
  date: string;
  counts: [number, number, number, number, number];
  answers: { ledTheWay: string; liked: string; nextStep: string };
}

export interface DemoPlan {
  names: readonly string[];
  recognitions: DemoRecognition[];
  dream: { kind: DreamKind; text: string; active?: boolean }[];
  focusKey: string;
  /** Two routines kept for the last four weeks (today's still to do), so Today and the log have life. */
  routines: DemoRoutine[];
  /** Check-ins against the active sub-goal, the class moving up a step. */
  checkIns: DemoCheckIn[];
}

const RUN_NOTES: Tri[] = [
  {
    nb: 'Mange ville si noe i dag.',
    nn: 'Mange ville seie noko i dag.',
    en: 'Many wanted to say something today.',
  },
  {
    nb: 'Vi brukte IRP, og parene fant flere styrker enn før.',
    nn: 'Vi brukte IRP, og para fann fleire styrkar enn før.',
    en: 'We used IRP, and the pairs found more strengths than before.',
  },
  { nb: '', nn: '', en: '' },
];
const SKIP_NOTE: Tri = { nb: 'Tur til museet.', nn: 'Tur til museet.', en: 'Museum trip.' };

const CHECK_INS: {
  daysAgo: number;
  counts: DemoCheckIn['counts'];
  answers: Record<keyof DemoCheckIn['answers'], Tri>;
}[] = [
  {
    daysAgo: 25,
    counts: [3, 8, 9, 4, 1],
    answers: {
      ledTheWay: { nb: 'Sofie og Isak.', nn: 'Sofie og Isak.', en: 'Sofie and Isak.' },
      liked: {
        nb: 'De spurte de som sto alene om å være med.',
        nn: 'Dei spurde dei som stod åleine om å vere med.',
        en: 'They asked the ones standing alone to join in.',
      },
      nextStep: {
        nb: 'Vi avtaler en lek før vi går ut.',
        nn: 'Vi avtaler ein leik før vi går ut.',
        en: 'We agree on a game before we go out.',
      },
    },
  },
  {
    daysAgo: 11,
    counts: [1, 5, 10, 7, 2],
    answers: {
      ledTheWay: {
        nb: 'Alle som spilte fotball i friminuttet.',
        nn: 'Alle som spela fotball i friminuttet.',
        en: 'Everyone who played football at break time.',
      },
      liked: {
        nb: 'De delte lagene så alle fikk være med.',
        nn: 'Dei delte laga så alle fekk vere med.',
        en: 'They split the teams so everyone could play.',
      },
      nextStep: {
        nb: 'Vi spør også på regnværsdager.',
        nn: 'Vi spør òg på regnvêrsdagar.',
        en: 'We ask on rainy days too.',
      },
    },
  },
];

const DAY = 86_400_000;

/** Plans about five weeks of school-day recognitions ending `now`, every pupil seen at least once. */
export function planDemo(lang: Lang, now: number, seed = 2005): DemoPlan {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const n = DEMO_NAMES.length;
  const recognitions: DemoRecognition[] = [];
  const order = [...Array(n).keys()].sort(() => rnd() - 0.5);
  const total = 70;
  for (let i = 0; i < total; i++) {
    // Spread over 35 days, school hours, weekdays only.
    let day = Math.floor((i / total) * 35);
    let at = now - (35 - day) * DAY;
    while ([0, 6].includes(new Date(at).getDay())) {
      day++;
      at += DAY;
    }
    at = Math.min(at + (8 + Math.floor(rnd() * 6)) * 3_600_000, now - (total - i) * 60_000);
    const pupilIndex = i < n ? order[i]! : Math.floor(rnd() * n);
    let other = Math.floor(rnd() * n);
    if (other === pupilIndex) other = (other + 1) % n;
    const action = pick(ACTIONS);
    recognitions.push({
      pupilIndex,
      strengthKey: action.strength,
      text: action.text[lang].replaceAll('{other}', DEMO_NAMES[other]!),
      noticedByPupilIndex: rnd() < 0.35 ? other : undefined,
      status: 'approved',
      createdAt: at,
    });
  }
  WAITING.forEach((w, i) => {
    const pupilIndex = Math.floor(rnd() * n);
    recognitions.push({
      pupilIndex,
      strengthKey: w.strength,
      text: w.text[lang],
      noticedByPupilIndex: (pupilIndex + 3 + i) % n,
      status: 'waiting',
      createdAt: schoolHourBefore(now, 9 + i),
    });
  });
  return {
    names: DEMO_NAMES,
    recognitions,
    dream: DREAM.map((d) => ({ kind: d.kind, text: d.text[lang], active: d.active })),
    focusKey: DEMO_FOCUS_KEY,
    routines: planRoutines(lang, now),
    checkIns: CHECK_INS.map((c) => ({
      date: isoDate(addDays(new Date(now), -c.daysAgo)),
      counts: c.counts,
      answers: {
        ledTheWay: c.answers.ledTheWay[lang],
        liked: c.answers.liked[lang],
        nextStep: c.answers.nextStep[lang],
      },
    })),
  };
}

/** The daily noticing round and the weekly SMART lesson, kept since four weeks ago until yesterday. */
function planRoutines(lang: Lang, now: number): DemoRoutine[] {
  const today = todayIso(now);
  const anchor = isoDate(addDays(new Date(now), -28));
  const yesterday = isoDate(addDays(new Date(now), -1));
  return ['noticingRound', 'weeklyLesson'].map((templateKey) => {
    const t = findTemplate(templateKey)!;
    const dates = dueDates({ ...t.schedule, anchor }, anchor, yesterday).filter((d) => d < today);
    return {
      templateKey,
      anchor,
      runs: dates.map((date, i) => {
        // One day in twelve skipped (a trip), the rest done; a note now and then.
        const skipped = i % 12 === 7;
        const note = skipped ? SKIP_NOTE[lang] : RUN_NOTES[i % RUN_NOTES.length]![lang];
        return { date, status: skipped ? ('skipped' as const) : ('done' as const), note };
      }),
    };
  });
}
