// Nynorsk, the shell: a complete catalogue, checked against bokmål's shape by the type.
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
    goHome: 'Gå til framsida',
    yearGroup: (n: number) => (n <= 10 ? `${n}. trinn` : `Vg${n - 10}`),
  },

  errors: {
    title: 'Noko gjekk gale',
    quota:
      'Lagringsplassen på denne maskina er full. Det du gjorde no, vart ikkje lagra. Ta ein tryggleikskopi og rydd plass, og prøv igjen.',
    writeFailed: 'Det du gjorde no, vart ikkje lagra. Prøv igjen. Viss det skjer igjen, last sida på nytt.',
    openFailed:
      'Appen får ikkje opna dataa sine på denne maskina. Ingenting er sletta. Lukk andre faner med appen og last sida på nytt.',
    blocked: 'Appen er oppdatert i ei anna fane. Last denne sida på nytt for å halde fram.',
    unknown: 'Noko uventa skjedde. Ingenting er sletta. Last sida på nytt og prøv igjen.',
    dismiss: 'Skjul meldinga',
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
      '25 elevar, eit fokus, nokre veker med styrkar og ein draum. Han blir halden heilt åtskild frå dine eigne klassar.',
    openDemo: 'Opne demoklassen',
    loadingDemo: 'Lagar demoklassen …',
    pupilCount: (n: number) => (n === 1 ? '1 elev' : `${n} elevar`),
  },

  pin: {
    title: 'PIN-koden til læraren',
    enterToLeave: 'Skriv PIN-koden til læraren for å gå ut av denne skjermen.',
    label: 'PIN-kode',
    unlock: 'Lås opp',
    wrong: 'Feil PIN-kode. Prøv igjen.',
    wait: (s: number) => `For mange forsøk. Vent ${s} sekund og prøv igjen.`,
    lockedTitle: 'Lærarsidene er låste',
    lockedText:
      'Denne skjermen er brukt i elevmodus eller som tavle. Skriv PIN-koden til læraren for å halde fram.',
    backToShared: 'Tilbake',
    forgotTitle: 'Gløymt PIN-koden?',
    forgotText: (phrase: string) =>
      `Dette fjernar PIN-koden. Ingen andre data blir sletta. Skriv «${phrase}» i feltet under for å stadfeste.`,
    forgotPhrase: 'eg har gløymt pin-koden',
    forgotLabel: 'Stadfesting',
    forgotMismatch: 'Teksten stemmer ikkje. Skriv han nøyaktig slik han står.',
    forgotConfirm: 'Fjern PIN-koden',
    settingsTitle: 'PIN-kode for læraren',
    settingsHelp:
      'Valfri, 4 til 8 siffer. Når han er sett, må han skrivast for å gå frå elevmodus eller tavla til lærarsidene.',
    isSet: 'PIN-kode er sett.',
    notSet: 'Ingen PIN-kode er sett.',
    setPin: 'Set PIN-kode',
    changePin: 'Byt PIN-kode',
    removePin: 'Fjern PIN-koden',
    currentPin: 'Noverande PIN-kode',
    newPin: 'Ny PIN-kode (4 til 8 siffer)',
    repeatPin: 'Skriv den nye PIN-koden ein gong til',
    invalid: 'PIN-koden må vere 4 til 8 siffer.',
    mismatch: 'Dei to PIN-kodane er ikkje like.',
    saved: 'PIN-koden er lagra.',
    removed: 'PIN-koden er fjerna.',
    recoveryHint:
      'Gløymt PIN-koden? Hald fingeren på låsen 🔒 i PIN-vindauget i fem sekund (eller trykk Alt+Shift+G), og følg rådet der. Ingen data går tapt.',
  },

  update: {
    ready: 'Ein ny versjon av appen er klar.',
    reload: 'Last inn på nytt',
    later: 'Seinare',
    waitHint: 'Han blir teken i bruk når du lastar inn på nytt. Ingenting skjer av seg sjølv.',
  },
};
