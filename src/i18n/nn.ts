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

  charts: {},

  backup: {
    title: 'Tryggleikskopi',
    intro:
      'Alt blir lagra berre i denne nettlesaren på denne maskina. Last ned ein tryggleikskopi jamleg og legg han ein trygg stad, til dømes på lagringsområdet til skulen.',
    what: 'Kva skal kopierast?',
    everything: 'Alt (alle klassar og styrkelista)',
    oneClass: (name: string) => `Berre ${name}`,
    download: 'Last ned tryggleikskopi',
    downloadCsv: 'Last ned styrkane som rekneark (CSV)',
    exporting: 'Lagar tryggleikskopien …',
    exported: (n: number) => `Tryggleikskopien er lasta ned (${n} postar).`,
    csvDone: (n: number) => `Reknearket er lasta ned (${n} rader).`,
    exportFailed: 'Tryggleikskopien kunne ikkje lagast. Ingenting er endra. Prøv igjen.',
    lastBackup: (date: string) => `Siste tryggleikskopi frå denne maskina: ${date}.`,
    neverBackedUp: 'Du har ikkje lasta ned nokon tryggleikskopi frå denne maskina enno.',
    reminderToggle: 'Minn meg på å ta tryggleikskopi kvar veke',
    reminderText:
      'Det er over ei veke sidan du sist lasta ned ein tryggleikskopi. Alt ligg berre på denne maskina.',
    reminderNow: 'Last ned no',
    reminderLater: 'Ikkje no',
    reminderOff: 'Slå av påminninga',
    importTitle: 'Hent inn frå ein tryggleikskopi',
    chooseFile: 'Vel ein tryggleikskopi (.json)',
    reading: 'Les og sjekkar fila …',
    fileSummary: (date: string, version: string) => `Fila er laga ${date} av Drømmeklassen ${version}.`,
    fileClass: (name: string) => `Ho inneheld klassen ${name}.`,
    fileAll: 'Ho inneheld alt frå ei maskin.',
    fileCounts: (classes: number, pupils: number, recognitions: number) =>
      `${classes === 1 ? '1 klasse' : `${classes} klassar`}, ${pupils === 1 ? '1 elev' : `${pupils} elevar`} og ${recognitions === 1 ? '1 registrert styrke' : `${recognitions} registrerte styrkar`}.`,
    modeLabel: 'Korleis skal ho hentast inn?',
    modeMerge: 'Slå saman med det som er her',
    modeMergeHelp:
      'Det som er endra sist, blir halde på. Ingenting blir dobbelt, og ingenting her blir sletta.',
    modeReplace: 'Byt ut det som er her',
    modeReplaceHelp:
      'Det fila dekkjer, blir sletta her og henta inn frå fila. Ein tryggleikskopi av det som er her no, blir lasta ned først.',
    importButton: 'Hent inn',
    replaceConfirm:
      'Byte ut dataa her med innhaldet i fila? Ein tryggleikskopi av det som er her no, blir lasta ned først.',
    safetySaved: 'Ein tryggleikskopi av det som var her, er lasta ned først.',
    importing: 'Hentar inn …',
    progress: (done: number, total: number) => `${done} av ${total}`,
    imported: (added: number, updated: number, kept: number) =>
      `Ferdig. ${added} nye, ${updated} oppdaterte og ${kept} som var like frå før.`,
    rejected: 'Fila vart ikkje henta inn. Ingenting er endra.',
    importFailed: 'Innhentinga stoppa, og alt er rulla tilbake. Ingenting er endra.',
    problem: {
      empty: 'Fila er tom.',
      tooBig: 'Fila er altfor stor til å vere ein tryggleikskopi frå Drømmeklassen.',
      notJson:
        'Dette er ikkje ein tryggleikskopi frå Drømmeklassen: fila kan ikkje lesast. Ho kan vere skadd, avkorta eller ein heilt annan type fil.',
      notBackup: 'Dette er ei datafil, men ikkje ein tryggleikskopi frå Drømmeklassen.',
      newer: (v: string) =>
        `Fila er laga av ein nyare versjon av Drømmeklassen (${v}). Oppdater appen på denne maskina (last sida på nytt medan du er på nett), og prøv igjen.`,
      envelope: (field: string, what: string) => `Toppen av fila er skadd: «${field}» ${what}.`,
      checksum:
        'Fila er endra eller skadd etter at ho vart laga (kontrollsummen stemmer ikkje). Bruk ein annan kopi.',
      countMismatch: (table: string, expected: number, found: number) =>
        `Fila seier at ho har ${expected} i «${table}», men ho har ${found}. Ho er truleg ikkje heil.`,
      record: (record: string, n: number, field: string, what: string) =>
        `${record} nr. ${n}: ${field} ${what}.`,
      duplicate: (record: string, n: number) =>
        `${record} nr. ${n} har same id som ein annan i fila. Fila er truleg sett saman feil.`,
      reference: (record: string, n: number, field: string) =>
        `${record} nr. ${n} viser til noko som ikkje finst i fila (${field}).`,
      missing: 'manglar',
      wrongType: 'har feil slags verdi',
      tooLong: 'er for lang',
      invalid: 'har ein verdi som ikkje er gyldig',
    },
    record: {
      strengths: 'Styrke i styrkelista',
      classes: 'Klasse',
      pupils: 'Elev',
      recognitions: 'Registrert styrke',
      focusStrengths: 'Fokusstyrke',
      dreamItems: 'Del av draumen',
      checkIns: 'Måling',
      routines: 'Rutine',
      routineRuns: 'Gjennomført rutine',
      friendRounds: 'Hemmeleg ven-runde',
      settings: 'Innstilling',
    },
    field: {
      text: 'teksten (det som vart sett)',
      name: 'namnet',
      id: 'id-en',
      classId: 'klassen han høyrer til',
      pupilId: 'eleven',
      strengthId: 'styrken',
      createdAt: 'tidspunktet han vart laga',
      updatedAt: 'tidspunktet han sist vart endra',
      status: 'statusen',
      noticedBy: 'kven som såg det',
    },
    csv: {
      date: 'Dato',
      className: 'Klasse',
      pupil: 'Elev',
      strength: 'Styrke',
      text: 'Det som vart sett',
      noticedBy: 'Sett av',
      status: 'Status',
      wholeClass: 'Heile klassen',
      teacher: 'Lærar',
      classmate: 'Ein klassekamerat',
      waiting: 'Ventar',
      approved: 'Godkjend',
      declined: 'Ikkje vist',
    },
    recoverTitle: 'Hent tilbake dataa',
    recoverIntro:
      'Appen får ikkje opna databasen sin i denne nettlesaren. Har du ein tryggleikskopi, kan du hente han inn i ein ny, tom database.',
    recoverWarning:
      'Den gamle databasen på denne maskina blir sletta når du hentar inn. Prøv først å lukke andre faner med appen og laste sida på nytt.',
    recoverHint:
      'Hjelper det ikkje å laste sida på nytt? Har du ein tryggleikskopi, kan du hente han inn i ein ny, tom database.',
    recoverLink: 'Hent inn frå ein tryggleikskopi',
    recoverConfirm: 'Slette den gamle databasen her og hente inn tryggleikskopien?',
    recoverDone: 'Dataa er henta inn i ein ny database.',
    recoverOpen: 'Opne appen',
    upgradeFailed:
      'Appen vart oppdatert, men dataa kunne ikkje gjerast om til den nye versjonen. Ingenting er sletta: dataa ligg som før. Last sida på nytt, eller ta ein tryggleikskopi frå ei anna fane med den gamle versjonen.',
  },

  settings: {
    title: 'Innstillingar',
    languageHelp: 'Språket blir hugsa på denne maskina.',
    about: 'Om appen',
    version: (v: string) => `Versjon ${v}`,
    storageTitle: 'Lagring på denne maskina',
    persisted: 'Nettlesaren har lova å ikkje slette dataa av seg sjølv.',
    notPersisted:
      'Nettlesaren kan slette dataa viss maskina får for lite plass. Be om varig lagring, og ta tryggleikskopi jamleg.',
    persistDenied: 'Nettlesaren sa nei til varig lagring. Ta tryggleikskopi jamleg.',
    persistUnsupported: 'Denne nettlesaren kan ikkje love varig lagring. Ta tryggleikskopi jamleg.',
    askPersist: 'Be om varig lagring',
    usage: (used: string, quota: string) => `Brukt ${used} av ${quota} som nettlesaren gir appen.`,
    usageUnknown: 'Nettlesaren seier ikkje kor mykje plass som er brukt.',
    privacyLink: 'Personvern: kva som blir lagra, og korleis du slettar det',
  },

  privacy: {
    title: 'Personvern',
    intro:
      'Drømmeklassen har ingen konto og ingen tenar. Alt du skriv, blir lagra berre i denne nettlesaren på denne maskina, og appen sender ingenting til nokon andre.',
    statementTitle: 'Personvernerklæring',
    whereTitle: 'Kvar dataa ligg',
    where:
      'I databasen til nettlesaren (IndexedDB) for denne nettsida, på denne maskina. Valt språk ligg i det lokale lageret til nettlesaren. Ingenting blir lagra i skya, og andre maskiner ser ikkje dataa.',
    whatTitle: 'Kva som blir lagra',
    what: [
      'Namnet og trinnet til klassen.',
      'Førenamn eller kallenamn til elevane. Ingen etternamn, fødselsdatoar eller bilete.',
      'Styrkelista klassen brukar.',
      'Styrkar som er sett: kva styrke, kva som vart sett, kven som såg det, når, og om ein lærar har godkjent det.',
      'Draumen til klassen, fokusstyrkar, rutinar, målingar og hemmeleg ven-rundar.',
      'Innstillingar, som når du sist tok tryggleikskopi.',
    ],
    notTitle: 'Kva som ikkje skjer',
    not: [
      'Ingen konto, inga innlogging og ingen tenar.',
      'Ingen førespurnader til andre nettstader: ingen analyse, ingen reklame, ingen eksterne skrifter. Tryggingsreglane til appen (Content Security Policy) stoppar det, og testane våre sjekkar det.',
      'Ingenting blir delt mellom maskiner, bortsett frå tryggleikskopiar du sjølv lastar ned og flyttar.',
    ],
    responsibleTitle: 'Kven som har ansvaret',
    responsible:
      'Skulen og kommunen er behandlingsansvarlege for elevopplysningane. Tryggleikskopiar er filer med elevopplysningar: ta vare på dei som andre elevdokument, og slett dei når dei ikkje trengst.',
    eraseTitle: 'Slik slettar du',
    erase: [
      'Éin elev: vel eleven nedanfor og trykk «Slett eleven overalt».',
      'Ein heil klasse ved slutten av skuleåret: arkiver klassen til ei fil og fjern han frå maskina nedanfor.',
      'Alt: trykk «Slett alt» nedst på denne sida, eller slett nettstaddataa for appen i innstillingane til nettlesaren.',
    ],
    pupilTitle: 'Éin elev',
    pupilHelp:
      'Last ned alt som er lagra om éin elev (for innsyn), eller slett eleven overalt. Der eleven har sett styrkar hos andre, står det då «ein klassekamerat».',
    chooseClass: 'Klasse',
    choosePupil: 'Elev',
    noPupils: 'Klassen har ingen elevar.',
    noClasses: 'Det finst ingen klassar på denne maskina.',
    exportPupil: (name: string) => `Last ned alt om ${name}`,
    erasePupil: (name: string) => `Slett ${name} overalt`,
    erasePupilConfirm: (name: string) =>
      `Slette ${name} overalt? Styrkane ${name} har fått, blir sletta. Der ${name} har sett styrkar hos andre, står det «ein klassekamerat». Dette kan ikkje angrast.`,
    pupilExported: (name: string) => `Alt om ${name} er lasta ned.`,
    pupilErased: (name: string) => `${name} er sletta frå denne maskina.`,
    yearEndTitle: 'Slutten av skuleåret',
    yearEndHelp:
      'Arkiver ein klasse til ei fil (ein vanleg tryggleikskopi som kan hentast inn igjen) og fjern han frå denne maskina.',
    archiveClass: (name: string) => `Arkiver og fjern ${name}`,
    archiveConfirm: (name: string) =>
      `Arkivfila for ${name} er lasta ned. Fjerne ${name} med alle elevar og alt som er registrert frå denne maskina no?`,
    archived: (name: string) => `${name} er arkivert til ei fil og fjerna frå maskina.`,
    failed: 'Det gjekk ikkje. Ingenting er endra.',
    eraseAllTitle: 'Slett alt på denne maskina',
    eraseAllHelp:
      'Slettar alle klassar, elevar, styrkar og innstillingar frå denne nettlesaren. Last ned ein tryggleikskopi først viss du vil ta vare på noko.',
    eraseAll: 'Slett alt',
    eraseAllConfirm:
      'Slette alt Drømmeklassen har lagra på denne maskina? Tryggleikskopiar du har lasta ned, blir ikkje sletta. Dette kan ikkje angrast.',
    pupilExportNote: 'Denne fila inneheld alt Drømmeklassen har lagra om eleven på denne maskina.',
  },

  update: {
    ready: 'Ein ny versjon av appen er klar.',
    reload: 'Last inn på nytt',
    later: 'Seinare',
    waitHint: 'Han blir teken i bruk når du lastar inn på nytt. Ingenting skjer av seg sjølv.',
  },
};
