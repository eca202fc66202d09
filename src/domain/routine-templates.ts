// The routine library: starting points a teacher copies into a class and then edits freely
// (SMART is not a programme). Texts in all three languages; our own wording.
import type { IrpPhase, Lang } from './types';

type Tri = Record<Lang, string>;

export interface TemplateStep {
  title: Tri;
  text: Tri;
  timer?: { kind: 'irp'; seconds: Record<IrpPhase, number> } | { kind: 'plain'; seconds: number };
}

export interface RoutineTemplate {
  key: string;
  symbol: string;
  name: Tri;
  about: Tri;
  steps: TemplateStep[];
  schedule: { weekdays: number[]; time?: string; everyOtherWeek: boolean };
}

const irp = (i: number, r: number, p: number) => ({ kind: 'irp' as const, seconds: { I: i, R: r, P: p } });
const plain = (s: number) => ({ kind: 'plain' as const, seconds: s });

export const ROUTINE_TEMPLATES: RoutineTemplate[] = [
  {
    key: 'weeklyLesson',
    symbol: '🌟',
    name: { nb: 'Ukas SMART-time', nn: 'SMART-timen i veka', en: 'Weekly SMART lesson' },
    about: {
      nb: 'En fast time hver uke der klassen ser tilbake på styrkene den har sett, og ser framover.',
      nn: 'Ein fast time kvar veke der klassen ser tilbake på styrkane han har sett, og ser framover.',
      en: 'A fixed lesson every week where the class looks back at the strengths it saw, and looks ahead.',
    },
    schedule: { weekdays: [5], time: '13:15', everyOtherWeek: false },
    steps: [
      {
        title: { nb: 'Styrkerunden', nn: 'Styrkerunden', en: 'The strength round' },
        text: {
          nb: 'Les opp styrker klassen har sett denne uka. Hvem så hva?',
          nn: 'Les opp styrkar klassen har sett denne veka. Kven såg kva?',
          en: 'Read out strengths the class noticed this week. Who saw what?',
        },
        timer: plain(300),
      },
      {
        title: { nb: 'Ukas styrke', nn: 'Styrken denne veka', en: 'Strength of the week' },
        text: {
          nb: 'Når viste vi ukas styrke? Tenk selv, fortell til en makker, del i klassen.',
          nn: 'Når viste vi styrken denne veka? Tenk sjølv, fortel til ein makker, del i klassen.',
          en: 'When did we show the strength of the week? Think alone, tell a partner, share with the class.',
        },
        timer: irp(60, 120, 300),
      },
      {
        title: { nb: 'Hvor er vi på veien?', nn: 'Kvar er vi på vegen?', en: 'Where are we on the road?' },
        text: {
          nb: 'Se på delmålet. Plasser klassen på skalaen 1-5 og snakk om hva som løftet oss.',
          nn: 'Sjå på delmålet. Plasser klassen på skalaen 1-5 og snakk om kva som løfta oss.',
          en: 'Look at the sub-goal. Place the class on the 1-5 scale and talk about what lifted us.',
        },
        timer: irp(60, 120, 240),
      },
      {
        title: { nb: 'Neste uke', nn: 'Neste veke', en: 'Next week' },
        text: {
          nb: 'Hva gjør vi neste uke for å komme ett steg opp?',
          nn: 'Kva gjer vi neste veke for å kome eitt steg opp?',
          en: 'What will we do next week to move one step up?',
        },
        timer: plain(180),
      },
    ],
  },
  {
    key: 'strengthOfWeek',
    symbol: '💡',
    name: { nb: 'Ny ukestyrke', nn: 'Ny vekestyrke', en: 'A new strength of the week' },
    about: {
      nb: 'Én styrke om gangen: hva betyr den, og hvordan ser den ut hos oss?',
      nn: 'Éin styrke om gongen: kva tyder han, og korleis ser han ut hos oss?',
      en: 'One strength at a time: what does it mean, and what does it look like in our class?',
    },
    schedule: { weekdays: [1], time: '08:30', everyOtherWeek: false },
    steps: [
      {
        title: { nb: 'Presenter styrken', nn: 'Presenter styrken', en: 'Present the strength' },
        text: {
          nb: 'Vis styrken og les forklaringen høyt.',
          nn: 'Vis styrken og les forklaringa høgt.',
          en: 'Show the strength and read its definition aloud.',
        },
      },
      {
        title: { nb: 'Hva betyr den for oss?', nn: 'Kva tyder han for oss?', en: 'What does it mean to us?' },
        text: {
          nb: 'Tenk på en gang du så noen vise denne styrken. Fortell en makker. Del i klassen.',
          nn: 'Tenk på ein gong du såg nokon vise denne styrken. Fortel ein makker. Del i klassen.',
          en: 'Think of a time you saw someone show this strength. Tell a partner. Share with the class.',
        },
        timer: irp(60, 120, 240),
      },
      {
        title: { nb: 'Se etter den', nn: 'Sjå etter han', en: 'Look out for it' },
        text: {
          nb: 'Denne uka ser vi ekstra etter styrken hos hverandre.',
          nn: 'Denne veka ser vi ekstra etter styrken hos kvarandre.',
          en: 'This week we look out for this strength in each other.',
        },
      },
    ],
  },
  {
    key: 'noticingRound',
    symbol: '👀',
    name: { nb: 'Dagens styrkerunde', nn: 'Dagens styrkerunde', en: 'Daily noticing round' },
    about: {
      nb: 'Noen minutter på slutten av dagen: hvilke styrker så vi i dag?',
      nn: 'Nokre minutt på slutten av dagen: kva styrkar såg vi i dag?',
      en: 'A few minutes at the end of the day: which strengths did we see today?',
    },
    schedule: { weekdays: [1, 2, 3, 4, 5], time: '13:45', everyOtherWeek: false },
    steps: [
      {
        title: { nb: 'Tenk på én du så', nn: 'Tenk på éin du såg', en: 'Think of someone you saw' },
        text: {
          nb: 'Hvem viste en styrke i dag, og hva gjorde de?',
          nn: 'Kven viste ein styrke i dag, og kva gjorde dei?',
          en: 'Who showed a strength today, and what did they do?',
        },
        timer: plain(60),
      },
      {
        title: { nb: 'Fortell', nn: 'Fortel', en: 'Tell' },
        text: {
          nb: 'Noen forteller høyt: navnet, styrken og det de så. Pass på at alle blir nevnt før noen blir nevnt to ganger, og se i «Ingen utenfor» hvem dere kan se etter i morgen.',
          nn: 'Nokre fortel høgt: namnet, styrken og det dei såg. Pass på at alle blir nemnde før nokon blir nemnd to gonger, og sjå i «Ingen utanfor» kven de kan sjå etter i morgon.',
          en: 'A few pupils share aloud: the name, the strength and what they saw. Make sure everyone is named before anyone is named twice, and check “Nobody left out” to see whom to look out for tomorrow.',
        },
        timer: plain(300),
      },
    ],
  },
  {
    key: 'scalingCheckIn',
    symbol: '📈',
    name: { nb: 'Skalering mot delmålet', nn: 'Skalering mot delmålet', en: 'Scaling check-in' },
    about: {
      nb: 'Hvor er klassen på veien mot delmålet, og hva tar oss ett steg opp?',
      nn: 'Kvar er klassen på vegen mot delmålet, og kva tek oss eitt steg opp?',
      en: 'Where is the class on the way to the sub-goal, and what takes us one step up?',
    },
    schedule: { weekdays: [4], time: '12:30', everyOtherWeek: true },
    steps: [
      {
        title: { nb: 'Plasser klassen', nn: 'Plasser klassen', en: 'Place the class' },
        text: {
          nb: 'Alle plasserer klassen på skalaen fra 1 til 5.',
          nn: 'Alle plasserer klassen på skalaen frå 1 til 5.',
          en: 'Everyone places the class on the scale from 1 to 5.',
        },
        timer: plain(120),
      },
      {
        title: { nb: 'Hvem gikk foran?', nn: 'Kven gjekk føre?', en: 'Who led the way?' },
        text: {
          nb: 'Hvem gikk foran? Hva gjorde de som du likte?',
          nn: 'Kven gjekk føre? Kva gjorde dei som du likte?',
          en: 'Who led the way? What did they do that you liked?',
        },
        timer: irp(60, 120, 240),
      },
      {
        title: { nb: 'Ett steg opp', nn: 'Eitt steg opp', en: 'One step up' },
        text: {
          nb: 'Hva skal til for at vi kommer ett steg opp?',
          nn: 'Kva skal til for at vi kjem eitt steg opp?',
          en: 'What would move us one step up?',
        },
        timer: irp(60, 120, 240),
      },
    ],
  },
  {
    key: 'friendRound',
    symbol: '🎁',
    name: { nb: 'Hemmelig venn', nn: 'Hemmeleg ven', en: 'Secret friend round' },
    about: {
      nb: 'Alle trekker en klassekamerat i hemmelighet og ser etter styrkene til den de har trukket, i noen dager.',
      nn: 'Alle trekkjer ein klassekamerat i løyndom og ser etter styrkane til den dei har trekt, i nokre dagar.',
      en: 'Everyone secretly draws a classmate and looks out for their strengths for a few days.',
    },
    schedule: { weekdays: [], everyOtherWeek: false },
    steps: [
      {
        title: { nb: 'Trekk i hemmelighet', nn: 'Trekk i løyndom', en: 'Draw in secret' },
        text: {
          nb: 'Elevene ser én og én hvem de har trukket.',
          nn: 'Elevane ser éin og éin kven dei har trekt.',
          en: 'Each pupil sees who they drew, one at a time.',
        },
      },
      {
        title: { nb: 'Se etter styrker', nn: 'Sjå etter styrkar', en: 'Look for strengths' },
        text: {
          nb: 'I noen dager skriver alle ned styrker de ser hos sin hemmelige venn.',
          nn: 'I nokre dagar skriv alle ned styrkar dei ser hos den hemmelege venen sin.',
          en: 'For a few days everyone writes down strengths they see in their secret friend.',
        },
      },
      {
        title: { nb: 'Seremonien', nn: 'Seremonien', en: 'The ceremony' },
        text: {
          nb: 'Gavene deles ut og leses høyt, én om gangen.',
          nn: 'Gåvene blir delte ut og lesne høgt, éin om gongen.',
          en: 'The gifts are handed over and read aloud, one at a time.',
        },
        timer: plain(900),
      },
    ],
  },
];

export function findTemplate(key: string): RoutineTemplate | undefined {
  return ROUTINE_TEMPLATES.find((t) => t.key === key);
}
