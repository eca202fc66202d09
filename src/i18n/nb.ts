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

  charts: {},

  backup: {
    title: 'Sikkerhetskopi',
    intro:
      'Alt lagres bare i denne nettleseren på denne maskinen. Last ned en sikkerhetskopi jevnlig og legg den et trygt sted, for eksempel på skolens lagringsområde.',
    what: 'Hva skal kopieres?',
    everything: 'Alt (alle klasser og styrkelista)',
    oneClass: (name: string) => `Bare ${name}`,
    download: 'Last ned sikkerhetskopi',
    downloadCsv: 'Last ned styrkene som regneark (CSV)',
    exporting: 'Lager sikkerhetskopien …',
    exported: (n: number) => `Sikkerhetskopien er lastet ned (${n} poster).`,
    csvDone: (n: number) => `Regnearket er lastet ned (${n} rader).`,
    exportFailed: 'Sikkerhetskopien kunne ikke lages. Ingenting er endret. Prøv igjen.',
    lastBackup: (date: string) => `Siste sikkerhetskopi fra denne maskinen: ${date}.`,
    neverBackedUp: 'Du har ikke lastet ned noen sikkerhetskopi fra denne maskinen ennå.',
    reminderToggle: 'Minn meg på å ta sikkerhetskopi hver uke',
    reminderText:
      'Det er over en uke siden sist du lastet ned en sikkerhetskopi. Alt ligger bare på denne maskinen.',
    reminderNow: 'Last ned nå',
    reminderLater: 'Ikke nå',
    reminderOff: 'Slå av påminnelsen',
    importTitle: 'Hent inn fra en sikkerhetskopi',
    chooseFile: 'Velg en sikkerhetskopi (.json)',
    reading: 'Leser og sjekker fila …',
    fileSummary: (date: string, version: string) => `Fila er laget ${date} av Drømmeklassen ${version}.`,
    fileClass: (name: string) => `Den inneholder klassen ${name}.`,
    fileAll: 'Den inneholder alt fra en maskin.',
    fileCounts: (classes: number, pupils: number, recognitions: number) =>
      `${classes === 1 ? '1 klasse' : `${classes} klasser`}, ${pupils === 1 ? '1 elev' : `${pupils} elever`} og ${recognitions === 1 ? '1 registrert styrke' : `${recognitions} registrerte styrker`}.`,
    modeLabel: 'Hvordan skal den hentes inn?',
    modeMerge: 'Slå sammen med det som er her',
    modeMergeHelp: 'Det som er endret sist, beholdes. Ingenting blir dobbelt, og ingenting her slettes.',
    modeReplace: 'Erstatt det som er her',
    modeReplaceHelp:
      'Det fila dekker, slettes her og hentes inn fra fila. En sikkerhetskopi av det som er her nå, lastes ned først.',
    importButton: 'Hent inn',
    replaceConfirm:
      'Erstatte dataene her med innholdet i fila? En sikkerhetskopi av det som er her nå, lastes ned først.',
    safetySaved: 'En sikkerhetskopi av det som var her, er lastet ned først.',
    importing: 'Henter inn …',
    progress: (done: number, total: number) => `${done} av ${total}`,
    imported: (added: number, updated: number, kept: number) =>
      `Ferdig. ${added} nye, ${updated} oppdatert og ${kept} som var like fra før.`,
    rejected: 'Fila ble ikke hentet inn. Ingenting er endret.',
    importFailed: 'Innhentingen stoppet, og alt er rullet tilbake. Ingenting er endret.',
    problem: {
      empty: 'Fila er tom.',
      tooBig: 'Fila er altfor stor til å være en sikkerhetskopi fra Drømmeklassen.',
      notJson:
        'Dette er ikke en sikkerhetskopi fra Drømmeklassen: fila kan ikke leses. Den kan være skadet, avkortet eller en helt annen type fil.',
      notBackup: 'Dette er en datafil, men ikke en sikkerhetskopi fra Drømmeklassen.',
      newer: (v: string) =>
        `Fila er laget av en nyere versjon av Drømmeklassen (${v}). Oppdater appen på denne maskinen (last siden på nytt mens du er på nett), og prøv igjen.`,
      envelope: (field: string, what: string) => `Toppen av fila er skadet: «${field}» ${what}.`,
      checksum:
        'Fila er endret eller skadet etter at den ble laget (kontrollsummen stemmer ikke). Bruk en annen kopi.',
      countMismatch: (table: string, expected: number, found: number) =>
        `Fila sier at den har ${expected} i «${table}», men den har ${found}. Den er trolig ikke hel.`,
      record: (record: string, n: number, field: string, what: string) =>
        `${record} nr. ${n}: ${field} ${what}.`,
      duplicate: (record: string, n: number) =>
        `${record} nr. ${n} har samme id som en annen i fila. Fila er trolig satt sammen feil.`,
      reference: (record: string, n: number, field: string) =>
        `${record} nr. ${n} viser til noe som ikke finnes i fila (${field}).`,
      missing: 'mangler',
      wrongType: 'har feil slags verdi',
      tooLong: 'er for lang',
      invalid: 'har en verdi som ikke er gyldig',
    },
    record: {
      strengths: 'Styrke i styrkelista',
      classes: 'Klasse',
      pupils: 'Elev',
      recognitions: 'Registrert styrke',
      focusStrengths: 'Fokusstyrke',
      dreamItems: 'Del av drømmen',
      checkIns: 'Måling',
      routines: 'Rutine',
      routineRuns: 'Gjennomført rutine',
      friendRounds: 'Hemmelig venn-runde',
      settings: 'Innstilling',
    },
    field: {
      text: 'teksten (det som ble sett)',
      name: 'navnet',
      id: 'id-en',
      classId: 'klassen den hører til',
      pupilId: 'eleven',
      strengthId: 'styrken',
      createdAt: 'tidspunktet den ble laget',
      updatedAt: 'tidspunktet den sist ble endret',
      status: 'statusen',
      noticedBy: 'hvem som så det',
    },
    csv: {
      date: 'Dato',
      className: 'Klasse',
      pupil: 'Elev',
      strength: 'Styrke',
      text: 'Det som ble sett',
      noticedBy: 'Sett av',
      status: 'Status',
      wholeClass: 'Hele klassen',
      teacher: 'Lærer',
      classmate: 'En klassekamerat',
      waiting: 'Venter',
      approved: 'Godkjent',
      declined: 'Ikke vist',
    },
    recoverTitle: 'Hent tilbake dataene',
    recoverIntro:
      'Appen får ikke åpnet databasen sin i denne nettleseren. Har du en sikkerhetskopi, kan du hente den inn i en ny, tom database.',
    recoverWarning:
      'Den gamle databasen på denne maskinen slettes når du henter inn. Prøv først å lukke andre faner med appen og laste siden på nytt.',
    recoverHint:
      'Hjelper det ikke å laste siden på nytt? Har du en sikkerhetskopi, kan du hente den inn i en ny, tom database.',
    recoverLink: 'Hent inn fra en sikkerhetskopi',
    recoverConfirm: 'Slette den gamle databasen her og hente inn sikkerhetskopien?',
    recoverDone: 'Dataene er hentet inn i en ny database.',
    recoverOpen: 'Åpne appen',
    upgradeFailed:
      'Appen ble oppdatert, men dataene kunne ikke gjøres om til den nye versjonen. Ingenting er slettet: dataene ligger som før. Last siden på nytt, eller ta en sikkerhetskopi fra en annen fane med den gamle versjonen.',
  },

  settings: {
    title: 'Innstillinger',
    languageHelp: 'Språket huskes på denne maskinen.',
    about: 'Om appen',
    version: (v: string) => `Versjon ${v}`,
    storageTitle: 'Lagring på denne maskinen',
    persisted: 'Nettleseren har lovet å ikke slette dataene av seg selv.',
    notPersisted:
      'Nettleseren kan slette dataene hvis maskinen får for lite plass. Be om varig lagring, og ta sikkerhetskopi jevnlig.',
    persistDenied: 'Nettleseren sa nei til varig lagring. Ta sikkerhetskopi jevnlig.',
    persistUnsupported: 'Denne nettleseren kan ikke love varig lagring. Ta sikkerhetskopi jevnlig.',
    askPersist: 'Be om varig lagring',
    usage: (used: string, quota: string) => `Brukt ${used} av ${quota} som nettleseren gir appen.`,
    usageUnknown: 'Nettleseren sier ikke hvor mye plass som er brukt.',
    privacyLink: 'Personvern: hva som lagres, og hvordan du sletter det',
  },

  privacy: {
    title: 'Personvern',
    intro:
      'Drømmeklassen har ingen konto og ingen server. Alt du skriver, lagres bare i denne nettleseren på denne maskinen, og appen sender ingenting til noen andre.',
    statementTitle: 'Personvernerklæring',
    whereTitle: 'Hvor dataene ligger',
    where:
      'I nettleserens database (IndexedDB) for denne nettsiden, på denne maskinen. Valgt språk ligger i nettleserens lokale lager. Ingenting lagres i skyen, og andre maskiner ser ikke dataene.',
    whatTitle: 'Hva som lagres',
    what: [
      'Klassens navn og trinn.',
      'Elevenes fornavn eller kallenavn. Ingen etternavn, fødselsdatoer eller bilder.',
      'Styrkelista klassen bruker.',
      'Styrker som er sett: hvilken styrke, hva som ble sett, hvem som så det, når, og om en lærer har godkjent det.',
      'Klassens drøm, fokusstyrker, rutiner, målinger og hemmelig venn-runder.',
      'Innstillinger, som når du sist tok sikkerhetskopi.',
    ],
    notTitle: 'Hva som ikke skjer',
    not: [
      'Ingen konto, ingen innlogging og ingen server.',
      'Ingen forespørsler til andre nettsteder: ingen analyse, ingen reklame, ingen eksterne skrifter. Appens sikkerhetsregler (Content Security Policy) stopper det, og testene våre sjekker det.',
      'Ingenting deles mellom maskiner, bortsett fra sikkerhetskopier du selv laster ned og flytter.',
    ],
    responsibleTitle: 'Hvem som har ansvaret',
    responsible:
      'Skolen og kommunen er behandlingsansvarlige for elevopplysningene. Sikkerhetskopier er filer med elevopplysninger: oppbevar dem som andre elevdokumenter, og slett dem når de ikke trengs.',
    eraseTitle: 'Slik sletter du',
    erase: [
      'Én elev: velg eleven nedenfor og trykk «Slett eleven overalt».',
      'En hel klasse ved skoleårets slutt: arkiver klassen til en fil og fjern den fra maskinen nedenfor.',
      'Alt: trykk «Slett alt» nederst på denne siden, eller slett nettstedsdataene for appen i nettleserens innstillinger.',
    ],
    pupilTitle: 'Én elev',
    pupilHelp:
      'Last ned alt som er lagret om én elev (for innsyn), eller slett eleven overalt. Der eleven har sett styrker hos andre, står det da «en klassekamerat».',
    chooseClass: 'Klasse',
    choosePupil: 'Elev',
    noPupils: 'Klassen har ingen elever.',
    noClasses: 'Det finnes ingen klasser på denne maskinen.',
    exportPupil: (name: string) => `Last ned alt om ${name}`,
    erasePupil: (name: string) => `Slett ${name} overalt`,
    erasePupilConfirm: (name: string) =>
      `Slette ${name} overalt? Styrkene ${name} har fått, slettes. Der ${name} har sett styrker hos andre, står det «en klassekamerat». Dette kan ikke angres.`,
    pupilExported: (name: string) => `Alt om ${name} er lastet ned.`,
    pupilErased: (name: string) => `${name} er slettet fra denne maskinen.`,
    yearEndTitle: 'Slutten av skoleåret',
    yearEndHelp:
      'Arkiver en klasse til en fil (en vanlig sikkerhetskopi som kan hentes inn igjen) og fjern den fra denne maskinen.',
    archiveClass: (name: string) => `Arkiver og fjern ${name}`,
    archiveConfirm: (name: string) =>
      `Arkivfila for ${name} er lastet ned. Fjerne ${name} med alle elever og alt som er registrert fra denne maskinen nå?`,
    archived: (name: string) => `${name} er arkivert til en fil og fjernet fra maskinen.`,
    failed: 'Det gikk ikke. Ingenting er endret.',
    eraseAllTitle: 'Slett alt på denne maskinen',
    eraseAllHelp:
      'Sletter alle klasser, elever, styrker og innstillinger fra denne nettleseren. Last ned en sikkerhetskopi først hvis du vil ta vare på noe.',
    eraseAll: 'Slett alt',
    eraseAllConfirm:
      'Slette alt Drømmeklassen har lagret på denne maskinen? Sikkerhetskopier du har lastet ned, slettes ikke. Dette kan ikke angres.',
    pupilExportNote: 'Denne fila inneholder alt Drømmeklassen har lagret om eleven på denne maskinen.',
  },

  update: {
    ready: 'En ny versjon av appen er klar.',
    reload: 'Last inn på nytt',
    later: 'Senere',
    waitHint: 'Den tas i bruk når du laster inn på nytt. Ingenting skjer av seg selv.',
  },
};
