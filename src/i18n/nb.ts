// Bokmål, the shell: the source catalogue for what the home screen and the app shell need at first
// paint. Its shape is the type every other language must fill completely. Feature screens' strings
// live in nb-features.ts and load with the first feature screen, keeping the first visit small.

export const nb = {
  common: {
    appName: 'Drømmeklassen',
    save: 'Lagre',
    saving: 'Lagrer …',
    saved: 'Lagret',
    cancel: 'Avbryt',
    close: 'Lukk',
    delete: 'Slett',
    edit: 'Endre',
    back: 'Tilbake',
    home: 'Hjem',
    settings: 'Innstillinger',
    language: 'Språk',
    loading: 'Laster …',
    no: 'Nei',
    demo: 'Demo',
    mainNav: 'Hovedmeny',
    skipToContent: 'Hopp til innholdet',
    notFound: 'Denne siden finnes ikke.',
    brokenPage: 'Noe gikk galt, og denne siden kan ikke vises.',
    readFailed: 'Denne siden fikk ikke lest dataene sine',
    readFailedHelp: 'Ingenting er slettet. Last siden på nytt.',
    goHome: 'Gå til forsiden',
    yearGroup: (n: number) => (n <= 10 ? `${n}. trinn` : `Vg${n - 10}`),
  },

  errors: {
    title: 'Noe gikk galt',
    quota:
      'Lagringsplassen på denne maskinen er full. Det du gjorde nå, ble ikke lagret. Ta en sikkerhetskopi og rydd plass, og prøv igjen.',
    writeFailed: 'Det du gjorde nå, ble ikke lagret. Prøv igjen. Hvis det skjer igjen, last siden på nytt.',
    openFailed:
      'Appen får ikke åpnet dataene sine på denne maskinen. Ingenting er slettet. Lukk andre faner med appen og last siden på nytt.',
    blocked: 'Appen er oppdatert i en annen fane. Last denne siden på nytt for å fortsette.',
    unknown: 'Noe uventet skjedde. Ingenting er slettet. Last siden på nytt og prøv igjen.',
    gone: (what: string) => `${what} er slettet i en annen fane. Ingenting ble lagret.`,
    goneWhat: {
      class: 'Klassen',
      pupil: 'Eleven',
      strength: 'Styrken',
      round: 'Runden med hemmelig venn',
      subgoal: 'Delmålet',
      routine: 'Rutinen',
      recognition: 'Denne registreringen',
    },
    changed: (what: string) =>
      `Denne er allerede ${what} i en annen fane. Ingenting ble endret, og du ser den slik den er nå.`,
    changedTo: {
      approved: 'godkjent',
      declined: 'satt til «ikke vist»',
      waiting: 'sendt tilbake til godkjenning',
    },
    setAside: (n: number) =>
      `${n === 1 ? '1 post' : `${n} poster`} viste til noe som var slettet (for eksempel en elev slettet i en annen fane). De er rettet opp (som en sletting ville gjort) eller lagt til side, ikke slettet, og er med i neste sikkerhetskopi under «integrity.setAside».`,
    dismiss: 'Skjul meldingen',
    reload: 'Last siden på nytt',
  },

  home: {
    title: 'Drømmeklassen',
    tagline: 'Se hverandres styrker, hver dag.',
    description:
      'Drømmeklassen: styrkespråk, drømmeklasse og styrketavle for klasserommet. Alt lagres bare på denne maskinen.',
    intro:
      'Klassen drømmer fram klassen den vil være, barn og voksne ser og setter ord på hverandres styrker, og faste rutiner holder det levende. Alt lagres bare på denne maskinen.',
    yourClasses: 'Klassene dine',
    noClasses:
      'Du har ingen klasser ennå. Lag en klasse, eller prøv en demoklasse for å se hvordan appen virker.',
    newClass: 'Ny klasse',
    className: 'Navn på klassen',
    classNamePlaceholder: 'For eksempel 4B',
    yearGroupLabel: 'Trinn',
    create: 'Lag klassen',
    nameRequired: 'Skriv et navn på klassen.',
    tryDemo: 'Prøv en demoklasse',
    tryDemoHelp:
      '25 elever, en fokusstyrke, noen uker med styrker og en drøm. Den holdes helt atskilt fra dine egne klasser.',
    openDemo: 'Åpne demoklassen',
    loadingDemo: 'Lager demoklassen …',
    pupilCount: (n: number) => (n === 1 ? '1 elev' : `${n} elever`),
  },

  pin: {
    lockedTitle: 'Lærersidene er låst',
    lockedText:
      'Denne maskinen er brukt i elevmodus eller som tavle. Skriv lærerens PIN-kode for å fortsette.',
    backToShared: 'Tilbake',
    unreadable:
      'PIN-koden kan ikke leses på denne maskinen akkurat nå, så lærersidene holdes låst. Prøv igjen, eller lukk nettleseren og åpne appen på nytt.',
    retry: 'Prøv igjen',
  },

  update: {
    ready: 'En ny versjon av appen er klar.',
    reload: 'Last inn på nytt',
    later: 'Senere',
    waitHint: 'Den tas i bruk når du laster inn på nytt. Ingenting skjer av seg selv.',
    offlineReady: 'Appen er klar til bruk uten nett.',
    offlineHint: 'Den er lagret på denne maskinen og åpner også når nettet er borte.',
    ok: 'OK',
  },
};
