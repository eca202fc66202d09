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
    titleFor: (name: string) => `Rosetavla for ${name}`,
    chooseClass: 'Kva klasse skal visast på tavla?',
    noClasses: 'Du har ingen klassar enno. Lag ein klasse eller prøv demoklassen frå framsida.',
    backToClass: 'Til klassen',
    controls: 'Styring av tavla',
    previous: 'Førre kort',
    next: 'Neste kort',
    pause: 'Pause',
    resume: 'Hald fram',
    interval: 'Tid per kort',
    seconds: (n: number) => `${n} sekund`,
    fullscreen: 'Fullskjerm',
    exitFullscreen: 'Avslutt fullskjerm',
    settings: 'Val',
    settingsTitle: 'Val for tavla',
    done: 'Ferdig',
    showNoticedBy: 'Vis kven som såg styrken',
    cardsLegend: 'Kort som kjem innimellom',
    cardDream: 'Draumetreet og prinsippa',
    cardFocus: 'Fokusstyrken med forklaring',
    cardWholeClass: 'Styrkar heile klassen har vist',
    theme: 'Fargar',
    themeAuto: 'Som maskina',
    themeLight: 'Lyse',
    themeDark: 'Mørke',
    noticedBy: (who: string) => `Sett av ${who}`,
    teacher: 'læraren',
    classmate: 'ein klassekamerat',
    wholeClass: 'Heile klassen',
    focusWeek: 'Veka sin styrke',
    focusMonth: 'Månaden sin styrke',
    dreamTitle: 'Draumen vår',
    treeTitle: 'Draumetreet vårt',
    dreamsLabel: 'Draumane våre',
    principlesLabel: 'Prinsippa våre',
    emptyTitle: 'Her kjem styrkane vi ser hos kvarandre',
    emptyLookFor: 'Sjå etter denne styrken hos kvarandre:',
    emptyHow:
      'Slik kjem ein styrke hit: ein vaksen skriv kva nokon gjorde og kva styrke det viste, eller godkjenner det ein elev har skrive. Då blir han vist her med ein gong.',
    paused: 'Tavla står på pause',
    when: {
      today: 'i dag',
      yesterday: 'i går',
      weekday: (day: string) => `på ${day}`,
      lastWeek: 'førre veke',
      weeksAgo: (n: number) => `for ${n} veker sidan`,
      date: (date: string) => `${date}`,
    },
  },

  dream: {},

  routines: {},

  friend: {},

  charts: {},

  backup: {},

  settings: {
    title: 'Innstillingar',
    languageHelp: 'Språket blir hugsa på denne maskina.',
    about: 'Om appen',
    version: (v: string) => `Versjon ${v}`,
  },

  privacy: {},

  update: {},

  extension: {
    cardTitle: 'Rosetavla i nettlesarutvidinga',
    cardHelp:
      'Med Drømmeklassen-utvidinga blir rosetavla vist på skjermen i klasserommet, også når appen er lukka og utan nett. Berre godkjende styrkar med førenamn blir sende, og berre til utvidinga i denne nettlesaren.',
    showInExtension: 'Vis denne klassen i utvidinga',
    noExtension:
      'Fann inga Drømmeklassen-utviding i denne nettlesaren. Du kan likevel eksportere ei tavlefil og importere ho i utvidinga på ei anna maskin.',
    sending: 'Sender tavla til utvidinga …',
    received: (time: string) => `Utvidinga har tavla. Sist oppdatert kl. ${time}.`,
    refused: 'Utvidinga tok ikkje imot tavla. Sjekk at appen og utvidinga har same versjon.',
    tooLarge: 'Tavla er for stor til å bli send til utvidinga.',
    exportFile: 'Eksporter tavlefil',
    exportHelp: 'Tavlefila har berre det tavla viser: godkjende styrkar med førenamn, fokuset og draumen.',
    exportFailed: 'Kunne ikkje lage tavlefila. Prøv igjen.',
    popupTitle: 'Drømmeklassen – rosetavla',
    showBoard: 'Vis tavla på heile skjermen',
    toggleStrip: 'Vis eller gøym rosestripa på denne fana',
    stripFailed: 'Rosestripa kan ikkje visast på denne sida.',
    shortcut: (keys: string) => `Snøggtast for rosestripa: ${keys}`,
    classLabel: 'Klasse',
    updatedLabel: 'Sist oppdatert',
    fromApp: 'frå appen',
    fromFile: 'frå tavlefil',
    noBoard:
      'Inga tavle enno. Opne Drømmeklassen i denne nettlesaren og vel «Vis denne klassen i utvidinga» på klassesida, eller importer ei tavlefil.',
    importFile: 'Importer tavlefil',
    imported: (name: string) => `Tavla for ${name} er importert.`,
    importRefused: {
      'too-large': 'Fila er for stor til å vere ei tavlefil.',
      'not-json': 'Dette er ikkje ei tavlefil frå Drømmeklassen.',
      format: 'Dette er ikkje ei tavlefil frå Drømmeklassen.',
      version: 'Tavlefila er laga av ein annan versjon av Drømmeklassen. Oppdater appen eller utvidinga.',
      'not-approved': 'Tavlefila har styrkar som ikkje er godkjende, og vart avvist.',
      shape: 'Tavlefila er skadd eller endra, og vart avvist.',
      origin: 'Tavla vart avvist.',
      malformed: 'Tavla vart avvist.',
      'store-failed': 'Tavla kunne ikkje lagrast. Prøv igjen.',
      'no-extension': 'Fann inga utviding.',
    },
    removeBoard: 'Fjern tavla frå denne maskina',
    removeBoardConfirm: 'Fjerne tavla og alt utvidinga har lagra om klassen? Appen kan sende ho på nytt.',
    removeBoardYes: 'Ja, fjern tavla',
    removed: 'Tavla er fjerna frå utvidinga.',
    stripLabel: 'Rosestripe frå Drømmeklassen',
    hideStrip: 'Gøym rosestripa',
    moveStrip: 'Flytt rosestripa (pil opp og ned)',
    stripEmpty: 'Ingen styrkar å vise enno.',
    boardTitle: (name: string) => `Rosetavla – ${name}`,
    closeBoard: 'Lukk tavla',
  },
};
