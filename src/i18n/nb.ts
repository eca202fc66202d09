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
    placeholder: 'Rosetavla kommer snart: her vises styrkene klassen har sett, én om gangen.',
  },

  dream: {},

  routines: {},

  friend: {},

  charts: {
    navLink: 'Styrker over tid',
    title: (cls: string) => `Styrker i ${cls}`,
    backToClass: 'Tilbake til klassen',
    tabsLabel: 'Visninger',
    tabClass: 'Klassen',
    tabPupils: 'Hver elev',
    tabNoticed: 'Ingen utenfor',
    tabCheckIns: 'Innsjekk',
    teacherOnly: 'Bare for læreren',
    teacherOnlyNote: 'Bare for deg som lærer. Ikke vis denne siden på tavla eller en delt skjerm.',
    // Periods
    period: 'Periode',
    periodWeek: 'Denne uka',
    periodMonth: 'Denne måneden',
    periodTerm: 'Dette halvåret',
    periodSchoolYear: 'Dette skoleåret',
    periodCustom: 'Velg datoer',
    from: 'Fra',
    to: 'Til',
    show: 'Vis',
    badDates: 'Skriv to gyldige datoer.',
    previous: 'Forrige periode',
    next: 'Neste periode',
    autumnTerm: (year: number) => `Høsthalvåret ${year}`,
    springTerm: (year: number) => `Vårhalvåret ${year}`,
    schoolYearLabel: (first: number) => `Skoleåret ${first}–${first + 1}`,
    weekShort: (week: number) => `Uke ${week}`,
    weekAxis: 'Uke',
    monthAxis: 'Måned',
    // Class overview
    summary: (n: number, whole: number) =>
      `${n === 1 ? '1 styrke' : `${n} styrker`} sett i perioden${whole > 0 ? `, ${whole} av dem hos hele klassen` : ''}.`,
    nothingYet:
      'Ingen godkjente styrker i denne perioden ennå. Velg en lengre periode, eller se etter styrker i dag.',
    strengthsTitle: 'Styrkene klassen er sett med',
    strengthsChart: 'Styrkene klassen er sett med i perioden',
    overTimeTitle: 'Uke for uke',
    overTimeTitleMonths: 'Måned for måned',
    overTimeChart: 'Styrker over tid, per styrke',
    otherStrengths: 'Andre styrker',
    focusTitle: 'Fokusstyrken og de andre',
    focusChart: 'Fokusstyrken mot de andre styrkene over tid',
    focusSeries: 'Fokusstyrken mens den var i fokus',
    otherSeries: 'Andre styrker',
    focusNone: 'Klassen hadde ingen fokusstyrke i denne perioden.',
    focusSummary: (names: string, focus: number, total: number) =>
      `Fokus i perioden: ${names}. ${focus} av ${total} styrker var fokusstyrken mens den var i fokus.`,
    noticersTitle: 'Hvem så styrkene',
    noticersChart: 'Styrker sett av voksne og av elever over tid',
    adults: 'Voksne',
    pupils: 'Elever',
    noticersSummary: (adults: number, pupils: number) => `Voksne så ${adults}, elevene så ${pupils}.`,
    columnDescription: (when: string, total: number, parts: string) =>
      `${when}: ${total} i alt${parts ? ` (${parts})` : ''}`,
    barDescription: (label: string, n: number) => `${label}: ${n === 1 ? '1 gang' : `${n} ganger`}`,
    chartHint: 'diagram, bruk piltastene',
    showTable: 'Vis som tabell',
    colWhen: 'Når',
    colStrength: 'Styrke',
    colCount: 'Antall',
    colTotal: 'I alt',
    // Pupils
    pupilsTitle: 'Velg en elev',
    pupilsIntro: 'Se styrkene til ett barn, med eksemplene bak, og skriv ut arket «Mine styrker».',
    archivedPupils: 'Arkiverte elever',
    noPupils: 'Klassen har ingen elever ennå.',
    pupilNotFound: 'Fant ikke eleven.',
    pupilTitle: (name: string) => `Styrkene til ${name}`,
    pupilSummary: (name: string, n: number) =>
      n === 0
        ? `Ingen har registrert styrker hos ${name} i denne perioden ennå.`
        : `${n === 1 ? '1 styrke' : `${n} styrker`} sett hos ${name} i perioden. Velg en styrke for å se hva ${name} gjorde.`,
    pupilChart: (name: string) => `Styrkene til ${name} i perioden`,
    examplesTitle: (strength: string) => `Dette ble sett: ${strength}`,
    noticedBy: (who: string, when: string) => `Sett av ${who}, ${when}`,
    theTeacher: 'læreren',
    aClassmate: 'en klassekamerat',
    printSheet: 'Skriv ut «Mine styrker»',
    prevPupil: (name: string) => `Forrige elev: ${name}`,
    nextPupil: (name: string) => `Neste elev: ${name}`,
    allPupils: 'Alle elevene',
    // Sheet
    sheetTitle: 'Mine styrker',
    sheetIntro: (name: string) =>
      `Hei, ${name}! Dette er styrker andre har sett hos deg. Hver av dem er noe du virkelig har gjort.`,
    sheetExamples: 'Dette gjorde du:',
    sheetEmpty: 'Styrkene dine er der, selv om ingen har skrevet dem ned ennå. Vi ser etter dem!',
    sheetClosing: 'Vi er glade for at du er i klassen vår.',
    sheetSeenBy: (who: string) => `sett av ${who}`,
    sheetLang: 'Språk på arket',
    print: 'Skriv ut',
    backToPupil: (name: string) => `Tilbake til ${name}`,
    // Nobody left out
    invitation: 'Se etter styrkene til disse barna denne uka',
    notYetTitle: 'Ikke sett ennå i perioden',
    fewestTitle: 'Sett sjeldnest i perioden',
    lastSeen: (when: string) => `sist sett ${when}`,
    everyoneSeen: 'Alle barna er sett i denne perioden. Så fint!',
    noticedOf: (noticed: number, pupils: number) => `${noticed} av ${pupils} barn er sett i perioden.`,
    spreadTitle: 'Hvor jevnt styrkene er fordelt',
    spreadEven: 'Styrkene er jevnt fordelt i klassen. Fint arbeid med å se alle!',
    spreadFairly: 'Styrkene er ganske jevnt fordelt. Noen barn blir sett litt oftere enn andre.',
    spreadUneven:
      'Noen barn blir sett mye oftere enn andre. Kanskje dere kan se etter styrker hos flere denne uka?',
    spreadChart: 'Hvor mange barn som er sett null, én, to eller flere ganger',
    histColumn: (times: number, orMore: boolean) =>
      times === 0
        ? 'Ikke sett'
        : `${times}${orMore ? '+' : ''} ${times === 1 && !orMore ? 'gang' : 'ganger'}`,
    children: (n: number) => (n === 1 ? '1 barn' : `${n} barn`),
    colTimes: 'Sett',
    colChildren: 'Barn',
    // Check-ins
    checkInsTitle: 'Innsjekk på skalaen fra 1 til 5',
    checkInsIntro: 'Hvor klassen plasserte seg på veien mot hvert delmål.',
    noCheckIns: 'Ingen innsjekker i denne perioden. De kommer her når klassen plasserer seg på skalaen.',
    activeGoal: 'Delmålet nå',
    reachedGoal: (when: string) => `Nådd ${when}`,
    checkInChart: (goal: string) => `Innsjekk over tid: ${goal}`,
    checkInPoint: (when: string, value: string, placed: number) =>
      `${when}: ${value}${placed > 0 ? ` (${placed} plasserte klassen)` : ' (klassen ble enige)'}`,
    colDate: 'Dato',
    colValue: 'På skalaen',
    colPlaced: 'Plasserte',
    agreed: 'enige',
  },

  backup: {},

  settings: {
    title: 'Innstillinger',
    languageHelp: 'Språket huskes på denne maskinen.',
    about: 'Om appen',
    version: (v: string) => `Versjon ${v}`,
  },

  privacy: {},

  update: {},
};
