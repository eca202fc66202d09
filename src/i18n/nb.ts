// Bokmål: the source catalogue. Its shape is the type every other language must fill completely.
// Sections follow the screens; keep each feature's strings in its own section.

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
    yes: 'Ja',
    no: 'Nei',
    demo: 'Demo',
    mainNav: 'Hovedmeny',
    skipToContent: 'Hopp til innholdet',
    notFound: 'Denne siden finnes ikke.',
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
    dismiss: 'Skjul meldingen',
    reload: 'Last siden på nytt',
  },

  home: {
    title: 'Drømmeklassen',
    tagline: 'Se hverandres styrker, hver dag.',
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
      '25 elever, et fokus, noen uker med styrker og en drøm. Den holdes helt atskilt fra dine egne klasser.',
    openDemo: 'Åpne demoklassen',
    loadingDemo: 'Lager demoklassen …',
    pupilCount: (n: number) => (n === 1 ? '1 elev' : `${n} elever`),
    openClass: (name: string) => `Åpne ${name}`,
  },

  classScreen: {
    pupils: 'Elever',
    demoNotice: 'Dette er en demoklasse med oppdiktede elever. Den blandes aldri med dine egne klasser.',
    removeDemo: 'Fjern demoklassen',
    removeDemoConfirm: 'Fjerne demoklassen og alt i den fra denne maskinen?',
    renameClass: 'Endre navn på klassen',
    deleteClass: 'Slett klassen',
    deleteClassConfirm: (name: string) =>
      `Slette ${name} med alle elever og alt som er registrert? Dette kan ikke angres. Ta gjerne en sikkerhetskopi først.`,
    notFound: 'Fant ikke klassen. Den kan være slettet.',
    board: 'Rosetavla',
    pupilMode: 'Elevmodus',
  },

  pupils: {
    addTitle: 'Legg til elever',
    pasteLabel: 'Lim inn navn, ett per linje',
    pasteHelp: 'Bare fornavn eller kallenavn. Tomme linjer og navn som finnes fra før, hoppes over.',
    add: 'Legg til',
    added: (n: number) => (n === 1 ? 'La til 1 elev.' : `La til ${n} elever.`),
    skippedBlank: (n: number) => (n === 1 ? '1 tom linje hoppet over.' : `${n} tomme linjer hoppet over.`),
    skippedDuplicates: (names: string) => `Fantes fra før, hoppet over: ${names}.`,
    shortened: (names: string) => `Kortet ned til 40 tegn: ${names}.`,
    nothingToAdd: 'Det var ingen nye navn å legge til.',
    none: 'Ingen elever ennå. Lim inn navnelista over.',
    archivedTitle: 'Arkiverte elever',
    archivedHelp:
      'Arkiverte elever vises ikke på tavla eller i elevmodus, men det som er registrert om dem, er tatt vare på.',
    rename: 'Endre navn',
    renameLabel: (name: string) => `Nytt navn for ${name}`,
    archive: 'Arkiver',
    restore: 'Hent tilbake',
    delete: 'Slett',
    deleteConfirm: (name: string) =>
      `Slette ${name} for godt? Styrkene ${name} har fått, slettes også. Der ${name} har sett styrker hos andre, står det «en klassekamerat». Dette kan ikke angres.`,
    nameTaken: 'Det navnet finnes allerede i klassen.',
    nameEmpty: 'Navnet kan ikke være tomt.',
    actionsFor: (name: string) => `Valg for ${name}`,
  },

  strengths: {
    title: 'Styrkene',
    intro: 'Styrkespråket klassen bruker. Du kan endre, skjule og legge til styrker.',
    suggested: 'Vårt forslag',
    hidden: 'Skjult',
  },

  recognize: {},

  pupilMode: {
    title: 'Elevmodus',
    placeholder:
      'Elevmodus kommer snart: her skal elevene kunne fortelle om styrker de har sett hos hverandre.',
  },

  queue: {},

  pin: {},

  board: {
    title: 'Rosetavla',
    titleFor: (name: string) => `Rosetavla for ${name}`,
    chooseClass: 'Hvilken klasse skal vises på tavla?',
    noClasses: 'Du har ingen klasser ennå. Lag en klasse eller prøv demoklassen fra forsiden.',
    backToClass: 'Til klassen',
    controls: 'Styring av tavla',
    previous: 'Forrige kort',
    next: 'Neste kort',
    pause: 'Pause',
    resume: 'Fortsett',
    interval: 'Tid per kort',
    seconds: (n: number) => `${n} sekunder`,
    fullscreen: 'Fullskjerm',
    exitFullscreen: 'Avslutt fullskjerm',
    settings: 'Valg',
    settingsTitle: 'Valg for tavla',
    done: 'Ferdig',
    showNoticedBy: 'Vis hvem som så styrken',
    cardsLegend: 'Kort som kommer innimellom',
    cardDream: 'Drømmetreet og prinsippene',
    cardFocus: 'Fokusstyrken med forklaring',
    cardWholeClass: 'Styrker hele klassen har vist',
    theme: 'Farger',
    themeAuto: 'Som maskinen',
    themeLight: 'Lyse',
    themeDark: 'Mørke',
    noticedBy: (who: string) => `Sett av ${who}`,
    teacher: 'læreren',
    classmate: 'en klassekamerat',
    wholeClass: 'Hele klassen',
    focusWeek: 'Ukas styrke',
    focusMonth: 'Månedens styrke',
    dreamTitle: 'Drømmen vår',
    treeTitle: 'Drømmetreet vårt',
    dreamsLabel: 'Drømmene våre',
    principlesLabel: 'Prinsippene våre',
    emptyTitle: 'Her kommer styrkene vi ser hos hverandre',
    emptyLookFor: 'Se etter denne styrken hos hverandre:',
    emptyHow:
      'Slik kommer en styrke hit: en voksen skriver hva noen gjorde og hvilken styrke det viste, eller godkjenner det en elev har skrevet. Da vises den her med en gang.',
    paused: 'Tavla står på pause',
    when: {
      today: 'i dag',
      yesterday: 'i går',
      weekday: (day: string) => `på ${day}`,
      lastWeek: 'forrige uke',
      weeksAgo: (n: number) => `for ${n} uker siden`,
      date: (date: string) => `${date}`,
    },
  },

  dream: {},

  routines: {},

  friend: {},

  charts: {},

  backup: {},

  settings: {
    title: 'Innstillinger',
    languageHelp: 'Språket huskes på denne maskinen.',
    about: 'Om appen',
    version: (v: string) => `Versjon ${v}`,
  },

  privacy: {},

  update: {},

  extension: {
    cardTitle: 'Rosetavla i nettleserutvidelsen',
    cardHelp:
      'Med Drømmeklassen-utvidelsen vises rosetavla på skjermen i klasserommet, også når appen er lukket og uten nett. Bare godkjente styrker med fornavn sendes, og bare til utvidelsen i denne nettleseren.',
    showInExtension: 'Vis denne klassen i utvidelsen',
    noExtension:
      'Fant ingen Drømmeklassen-utvidelse i denne nettleseren. Du kan likevel eksportere en tavlefil og importere den i utvidelsen på en annen maskin.',
    sending: 'Sender tavla til utvidelsen …',
    received: (time: string) => `Utvidelsen har tavla. Sist oppdatert kl. ${time}.`,
    refused: 'Utvidelsen tok ikke imot tavla. Sjekk at appen og utvidelsen har samme versjon.',
    tooLarge: 'Tavla er for stor til å sendes til utvidelsen.',
    exportFile: 'Eksporter tavlefil',
    exportHelp: 'Tavlefila har bare det tavla viser: godkjente styrker med fornavn, fokuset og drømmen.',
    exportFailed: 'Kunne ikke lage tavlefila. Prøv igjen.',
    popupTitle: 'Drømmeklassen – rosetavla',
    showBoard: 'Vis tavla på hele skjermen',
    toggleStrip: 'Vis eller skjul rosestripa på denne fanen',
    stripFailed: 'Rosestripa kan ikke vises på denne siden.',
    shortcut: (keys: string) => `Hurtigtast for rosestripa: ${keys}`,
    classLabel: 'Klasse',
    updatedLabel: 'Sist oppdatert',
    fromApp: 'fra appen',
    fromFile: 'fra tavlefil',
    noBoard:
      'Ingen tavle ennå. Åpne Drømmeklassen i denne nettleseren og velg «Vis denne klassen i utvidelsen» på klassesiden, eller importer en tavlefil.',
    importFile: 'Importer tavlefil',
    imported: (name: string) => `Tavla for ${name} er importert.`,
    importRefused: {
      'too-large': 'Fila er for stor til å være en tavlefil.',
      'not-json': 'Dette er ikke en tavlefil fra Drømmeklassen.',
      format: 'Dette er ikke en tavlefil fra Drømmeklassen.',
      version: 'Tavlefila er laget av en annen versjon av Drømmeklassen. Oppdater appen eller utvidelsen.',
      'not-approved': 'Tavlefila inneholder styrker som ikke er godkjent, og ble avvist.',
      shape: 'Tavlefila er skadet eller endret, og ble avvist.',
      origin: 'Tavla ble avvist.',
      malformed: 'Tavla ble avvist.',
      'store-failed': 'Tavla kunne ikke lagres. Prøv igjen.',
      'no-extension': 'Fant ingen utvidelse.',
    },
    removeBoard: 'Fjern tavla fra denne maskinen',
    removeBoardConfirm: 'Fjerne tavla og alt utvidelsen har lagret om klassen? Appen kan sende den på nytt.',
    removeBoardYes: 'Ja, fjern tavla',
    removed: 'Tavla er fjernet fra utvidelsen.',
    stripLabel: 'Rosestripe fra Drømmeklassen',
    hideStrip: 'Skjul rosestripa',
    moveStrip: 'Flytt rosestripa (pil opp og ned)',
    stripEmpty: 'Ingen styrker å vise ennå.',
    boardTitle: (name: string) => `Rosetavla – ${name}`,
    closeBoard: 'Lukk tavla',
  },
};
