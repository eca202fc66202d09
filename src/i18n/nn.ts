// Nynorsk, the shell: a complete catalogue, checked against bokmål's shape by the type.
// Word choices kept across all nn catalogues (language review): «òg» in UI text («også» only in the
// strength definitions), «gøym/gøymd» (not skjul), «ho» as object, «barn», «vener», «trekking»,
// «tryggingskopi», «forslag», «brukar», «sundag» (as the dates say), «Godkjent» as a status.
import type { CoreMessages } from './messages';

export const nn: CoreMessages = {
  common: {
    appName: 'Drømmeklassen',
    save: 'Lagre',
    saving: 'Lagrar …',
    saved: 'Lagra',
    cancel: 'Avbryt',
    close: 'Lukk',
    delete: 'Slett',
    edit: 'Endre',
    back: 'Tilbake',
    home: 'Heim',
    settings: 'Innstillingar',
    language: 'Språk',
    loading: 'Lastar …',
    no: 'Nei',
    demo: 'Demo',
    mainNav: 'Hovudmeny',
    skipToContent: 'Hopp til innhaldet',
    notFound: 'Denne sida finst ikkje.',
    brokenPage: 'Noko gjekk gale, og denne sida kan ikkje visast.',
    readFailed: 'Denne sida fekk ikkje lese dataa sine',
    readFailedHelp: 'Ingenting er sletta. Last sida på nytt.',
    goHome: 'Gå til framsida',
    yearGroup: (n: number) => (n <= 10 ? `${n}. trinn` : `Vg${n - 10}`),
  },

  errors: {
    title: 'Noko gjekk gale',
    quota:
      'Lagringsplassen på denne maskina er full. Det du gjorde no, vart ikkje lagra. Ta ein tryggingskopi og rydd plass, og prøv igjen.',
    writeFailed: 'Det du gjorde no, vart ikkje lagra. Prøv igjen. Viss det skjer igjen, last sida på nytt.',
    openFailed:
      'Appen får ikkje opna dataa sine på denne maskina. Ingenting er sletta. Lukk andre faner med appen og last sida på nytt.',
    blocked: 'Appen er oppdatert i ei anna fane. Last denne sida på nytt for å halde fram.',
    unknown: 'Noko uventa skjedde. Ingenting er sletta. Last sida på nytt og prøv igjen.',
    gone: (what: string) => `${what} er sletta i ei anna fane. Ingenting vart lagra.`,
    goneWhat: {
      class: 'Klassen',
      pupil: 'Eleven',
      strength: 'Styrken',
      round: 'Runden med hemmeleg ven',
      subgoal: 'Delmålet',
      routine: 'Rutinen',
      recognition: 'Denne registreringa',
    },
    changed: (what: string) =>
      `Denne er allereie ${what} i ei anna fane. Ingenting vart endra, og du ser han slik han er no.`,
    changedTo: {
      approved: 'godkjend',
      declined: 'sett til «ikkje vist»',
      waiting: 'send tilbake til godkjenning',
    },
    setAside: (n: number) =>
      `${n === 1 ? '1 post' : `${n} postar`} viste til noko som var sletta (til dømes ein elev sletta i ei anna fane). Dei er retta opp (slik ei sletting ville gjort) eller lagde til side, ikkje sletta, og er med i neste tryggingskopi under «integrity.setAside».`,
    dismiss: 'Gøym meldinga',
    reload: 'Last sida på nytt',
  },

  home: {
    title: 'Drømmeklassen',
    tagline: 'Sjå styrkane til kvarandre, kvar dag.',
    description:
      'Drømmeklassen: styrkespråk, draumeklasse og styrketavle for klasserommet. Alt blir lagra berre på denne maskina.',
    intro:
      'Klassen drøymer fram klassen han vil vere, barn og vaksne ser og set ord på styrkane til kvarandre, og faste rutinar held det levande. Alt blir lagra berre på denne maskina.',
    yourClasses: 'Klassane dine',
    noClasses:
      'Du har ingen klassar enno. Lag ein klasse, eller prøv ein demoklasse for å sjå korleis appen verkar.',
    newClass: 'Ny klasse',
    className: 'Namn på klassen',
    classNamePlaceholder: 'Til dømes 4B',
    yearGroupLabel: 'Trinn',
    create: 'Lag klassen',
    nameRequired: 'Skriv eit namn på klassen.',
    tryDemo: 'Prøv ein demoklasse',
    tryDemoHelp:
      '25 elevar, ein fokusstyrke, nokre veker med styrkar og ein draum. Han blir halden heilt åtskild frå dine eigne klassar.',
    openDemo: 'Opne demoklassen',
    loadingDemo: 'Lagar demoklassen …',
    pupilCount: (n: number) => (n === 1 ? '1 elev' : `${n} elevar`),
  },

  pin: {
    lockedTitle: 'Lærarsidene er låste',
    lockedText:
      'Denne maskinen er brukt i elevmodus eller som tavle. Skriv PIN-koden til læraren for å halde fram.',
    backToShared: 'Tilbake',
    unreadable:
      'PIN-koden kan ikkje lesast på denne maskinen akkurat no, så lærarsidene blir haldne låste. Prøv igjen, eller lukk nettlesaren og opna appen på nytt.',
    retry: 'Prøv igjen',
  },

  update: {
    ready: 'Ein ny versjon av appen er klar.',
    reload: 'Last inn på nytt',
    later: 'Seinare',
    waitHint: 'Han blir teken i bruk når du lastar inn på nytt. Ingenting skjer av seg sjølv.',
    offlineReady: 'Appen er klar til bruk utan nett.',
    offlineHint: 'Han er lagra på denne maskina og opnar òg når nettet er borte.',
    ok: 'OK',
  },
};
