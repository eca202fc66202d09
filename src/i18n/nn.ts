// Nynorsk: a complete catalogue, checked against bokmål's shape by the type.
import type { Messages } from './messages';

export const nn: Messages = {
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
    yes: 'Ja',
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
    intro:
      'Klassen drøymer fram klassen han vil vere, born og vaksne ser og set ord på styrkane til kvarandre, og faste rutinar held det levande. Alt blir lagra berre på denne maskina.',
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
    openClass: (name: string) => `Opne ${name}`,
  },

  classScreen: {
    pupils: 'Elevar',
    demoNotice: 'Dette er ein demoklasse med oppdikta elevar. Han blir aldri blanda med dine eigne klassar.',
    removeDemo: 'Fjern demoklassen',
    removeDemoConfirm: 'Fjerne demoklassen og alt i han frå denne maskina?',
    renameClass: 'Endre namn på klassen',
    deleteClass: 'Slett klassen',
    deleteClassConfirm: (name: string) =>
      `Slette ${name} med alle elevar og alt som er registrert? Dette kan ikkje angrast. Ta gjerne ein tryggleikskopi først.`,
    notFound: 'Fann ikkje klassen. Han kan vere sletta.',
    board: 'Rosetavla',
    pupilMode: 'Elevmodus',
  },

  pupils: {
    addTitle: 'Legg til elevar',
    pasteLabel: 'Lim inn namn, eitt per linje',
    pasteHelp: 'Berre førenamn eller kallenamn. Tomme linjer og namn som finst frå før, blir hoppa over.',
    add: 'Legg til',
    added: (n: number) => (n === 1 ? 'La til 1 elev.' : `La til ${n} elevar.`),
    skippedBlank: (n: number) => (n === 1 ? '1 tom linje hoppa over.' : `${n} tomme linjer hoppa over.`),
    skippedDuplicates: (names: string) => `Fanst frå før, hoppa over: ${names}.`,
    shortened: (names: string) => `Korta ned til 40 teikn: ${names}.`,
    nothingToAdd: 'Det var ingen nye namn å leggje til.',
    none: 'Ingen elevar enno. Lim inn namnelista over.',
    archivedTitle: 'Arkiverte elevar',
    archivedHelp:
      'Arkiverte elevar blir ikkje viste på tavla eller i elevmodus, men det som er registrert om dei, er teke vare på.',
    rename: 'Endre namn',
    renameLabel: (name: string) => `Nytt namn for ${name}`,
    archive: 'Arkiver',
    restore: 'Hent tilbake',
    delete: 'Slett',
    deleteConfirm: (name: string) =>
      `Slette ${name} for godt? Styrkane ${name} har fått, blir òg sletta. Der ${name} har sett styrkar hos andre, står det «ein klassekamerat». Dette kan ikkje angrast.`,
    nameTaken: 'Det namnet finst allereie i klassen.',
    nameEmpty: 'Namnet kan ikkje vere tomt.',
    actionsFor: (name: string) => `Val for ${name}`,
  },

  strengths: {
    title: 'Styrkane',
    intro: 'Styrkespråket klassen bruker. Du kan endre, skjule og leggje til styrkar.',
    suggested: 'Vårt framlegg',
    hidden: 'Skjult',
  },

  recognize: {},

  pupilMode: {
    title: 'Elevmodus',
    placeholder:
      'Elevmodus kjem snart: her skal elevane kunne fortelje om styrkar dei har sett hos kvarandre.',
  },

  queue: {},

  pin: {},

  board: {
    title: 'Rosetavla',
    placeholder: 'Rosetavla kjem snart: her blir styrkane klassen har sett, viste éin om gongen.',
  },

  dream: {},

  routines: {},

  friend: {},

  charts: {
    navLink: 'Styrkar over tid',
    title: (cls: string) => `Styrkar i ${cls}`,
    backToClass: 'Tilbake til klassen',
    tabsLabel: 'Visingar',
    tabClass: 'Klassen',
    tabPupils: 'Kvar elev',
    tabNoticed: 'Ingen utanfor',
    tabCheckIns: 'Innsjekk',
    teacherOnly: 'Berre for læraren',
    teacherOnlyNote: 'Berre for deg som lærar. Ikkje vis denne sida på tavla eller ein delt skjerm.',
    period: 'Periode',
    periodWeek: 'Denne veka',
    periodMonth: 'Denne månaden',
    periodTerm: 'Dette halvåret',
    periodSchoolYear: 'Dette skuleåret',
    periodCustom: 'Vel datoar',
    from: 'Frå',
    to: 'Til',
    show: 'Vis',
    badDates: 'Skriv to gyldige datoar.',
    previous: 'Førre periode',
    next: 'Neste periode',
    autumnTerm: (year: number) => `Hausthalvåret ${year}`,
    springTerm: (year: number) => `Vårhalvåret ${year}`,
    schoolYearLabel: (first: number) => `Skuleåret ${first}–${first + 1}`,
    weekShort: (week: number) => `Veke ${week}`,
    weekAxis: 'Veke',
    monthAxis: 'Månad',
    summary: (n: number, whole: number) =>
      `${n === 1 ? '1 styrke' : `${n} styrkar`} sett i perioden${whole > 0 ? `, ${whole} av dei hos heile klassen` : ''}.`,
    nothingYet:
      'Ingen godkjende styrkar i denne perioden enno. Vel ein lengre periode, eller sjå etter styrkar i dag.',
    strengthsTitle: 'Styrkane klassen er sett med',
    strengthsChart: 'Styrkane klassen er sett med i perioden',
    overTimeTitle: 'Veke for veke',
    overTimeTitleMonths: 'Månad for månad',
    overTimeChart: 'Styrkar over tid, per styrke',
    otherStrengths: 'Andre styrkar',
    focusTitle: 'Fokusstyrken og dei andre',
    focusChart: 'Fokusstyrken mot dei andre styrkane over tid',
    focusSeries: 'Fokusstyrken medan han var i fokus',
    otherSeries: 'Andre styrkar',
    focusNone: 'Klassen hadde ingen fokusstyrke i denne perioden.',
    focusSummary: (names: string, focus: number, total: number) =>
      `Fokus i perioden: ${names}. ${focus} av ${total} styrkar var fokusstyrken medan han var i fokus.`,
    noticersTitle: 'Kven såg styrkane',
    noticersChart: 'Styrkar sett av vaksne og av elevar over tid',
    adults: 'Vaksne',
    pupils: 'Elevar',
    noticersSummary: (adults: number, pupils: number) => `Vaksne såg ${adults}, elevane såg ${pupils}.`,
    columnDescription: (when: string, total: number, parts: string) =>
      `${when}: ${total} i alt${parts ? ` (${parts})` : ''}`,
    barDescription: (label: string, n: number) => `${label}: ${n === 1 ? '1 gong' : `${n} gonger`}`,
    chartHint: 'diagram, bruk piltastane',
    showTable: 'Vis som tabell',
    colWhen: 'Når',
    colStrength: 'Styrke',
    colCount: 'Tal',
    colTotal: 'I alt',
    pupilsTitle: 'Vel ein elev',
    pupilsIntro: 'Sjå styrkane til eitt barn, med døma bak, og skriv ut arket «Styrkane mine».',
    archivedPupils: 'Arkiverte elevar',
    noPupils: 'Klassen har ingen elevar enno.',
    pupilNotFound: 'Fann ikkje eleven.',
    pupilTitle: (name: string) => `Styrkane til ${name}`,
    pupilSummary: (name: string, n: number) =>
      n === 0
        ? `Ingen har registrert styrkar hos ${name} i denne perioden enno.`
        : `${n === 1 ? '1 styrke' : `${n} styrkar`} sett hos ${name} i perioden. Vel ein styrke for å sjå kva ${name} gjorde.`,
    pupilChart: (name: string) => `Styrkane til ${name} i perioden`,
    examplesTitle: (strength: string) => `Dette vart sett: ${strength}`,
    noticedBy: (who: string, when: string) => `Sett av ${who}, ${when}`,
    theTeacher: 'læraren',
    aClassmate: 'ein klassekamerat',
    printSheet: 'Skriv ut «Styrkane mine»',
    prevPupil: (name: string) => `Førre elev: ${name}`,
    nextPupil: (name: string) => `Neste elev: ${name}`,
    allPupils: 'Alle elevane',
    sheetTitle: 'Styrkane mine',
    sheetIntro: (name: string) =>
      `Hei, ${name}! Dette er styrkar andre har sett hos deg. Kvar av dei er noko du verkeleg har gjort.`,
    sheetExamples: 'Dette gjorde du:',
    sheetEmpty: 'Styrkane dine er der, sjølv om ingen har skrive dei ned enno. Vi ser etter dei!',
    sheetClosing: 'Vi er glade for at du er i klassen vår.',
    sheetSeenBy: (who: string) => `sett av ${who}`,
    sheetLang: 'Språk på arket',
    print: 'Skriv ut',
    backToPupil: (name: string) => `Tilbake til ${name}`,
    invitation: 'Sjå etter styrkane til desse barna denne veka',
    notYetTitle: 'Ikkje sett enno i perioden',
    fewestTitle: 'Sett sjeldnast i perioden',
    lastSeen: (when: string) => `sist sett ${when}`,
    everyoneSeen: 'Alle barna er sett i denne perioden. Så fint!',
    noticedOf: (noticed: number, pupils: number) => `${noticed} av ${pupils} barn er sett i perioden.`,
    spreadTitle: 'Kor jamt styrkane er fordelte',
    spreadEven: 'Styrkane er jamt fordelte i klassen. Fint arbeid med å sjå alle!',
    spreadFairly: 'Styrkane er ganske jamt fordelte. Nokre barn blir sett litt oftare enn andre.',
    spreadUneven:
      'Nokre barn blir sett mykje oftare enn andre. Kanskje de kan sjå etter styrkar hos fleire denne veka?',
    spreadChart: 'Kor mange barn som er sett null, éin, to eller fleire gonger',
    histColumn: (times: number, orMore: boolean) =>
      times === 0
        ? 'Ikkje sett'
        : `${times}${orMore ? '+' : ''} ${times === 1 && !orMore ? 'gong' : 'gonger'}`,
    children: (n: number) => (n === 1 ? '1 barn' : `${n} barn`),
    colTimes: 'Sett',
    colChildren: 'Barn',
    checkInsTitle: 'Innsjekk på skalaen frå 1 til 5',
    checkInsIntro: 'Kvar klassen plasserte seg på vegen mot kvart delmål.',
    noCheckIns: 'Ingen innsjekkar i denne perioden. Dei kjem her når klassen plasserer seg på skalaen.',
    activeGoal: 'Delmålet no',
    reachedGoal: (when: string) => `Nådd ${when}`,
    checkInChart: (goal: string) => `Innsjekk over tid: ${goal}`,
    checkInPoint: (when: string, value: string, placed: number) =>
      `${when}: ${value}${placed > 0 ? ` (${placed} plasserte klassen)` : ' (klassen vart samde)'}`,
    colDate: 'Dato',
    colValue: 'På skalaen',
    colPlaced: 'Plasserte',
    agreed: 'samde',
  },

  backup: {},

  settings: {
    title: 'Innstillingar',
    languageHelp: 'Språket blir hugsa på denne maskina.',
    about: 'Om appen',
    version: (v: string) => `Versjon ${v}`,
  },

  privacy: {},

  update: {},
};
