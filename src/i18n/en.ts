// English: a complete catalogue, checked against bokmål's shape by the type.
import type { Messages } from './messages';

export const en: Messages = {
  common: {
    appName: 'Drømmeklassen',
    save: 'Save',
    saving: 'Saving …',
    saved: 'Saved',
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    edit: 'Edit',
    back: 'Back',
    home: 'Home',
    settings: 'Settings',
    language: 'Language',
    loading: 'Loading …',
    yes: 'Yes',
    no: 'No',
    demo: 'Demo',
    mainNav: 'Main menu',
    skipToContent: 'Skip to content',
    notFound: 'This page does not exist.',
    goHome: 'Go to the home page',
    yearGroup: (n: number) => (n <= 10 ? `Year ${n}` : `Upper secondary ${n - 10}`),
  },

  errors: {
    title: 'Something went wrong',
    quota:
      'The storage on this computer is full. What you just did was not saved. Download a backup, free some space and try again.',
    writeFailed: 'What you just did was not saved. Please try again. If it happens again, reload the page.',
    openFailed:
      'The app cannot open its data on this computer. Nothing has been deleted. Close other tabs with the app and reload the page.',
    blocked: 'The app was updated in another tab. Reload this page to carry on.',
    unknown: 'Something unexpected happened. Nothing has been deleted. Reload the page and try again.',
    dismiss: 'Hide this message',
    reload: 'Reload the page',
  },

  home: {
    title: 'Drømmeklassen',
    tagline: "See each other's strengths, every day.",
    intro:
      "The class dreams up the class it wants to be, children and adults notice and name each other's strengths, and simple routines keep it alive. Everything is stored on this computer only.",
    yourClasses: 'Your classes',
    noClasses: 'You have no classes yet. Create a class, or try a demo class to see how the app works.',
    newClass: 'New class',
    className: 'Class name',
    classNamePlaceholder: 'For example 4B',
    yearGroupLabel: 'Year group',
    create: 'Create the class',
    nameRequired: 'Please give the class a name.',
    tryDemo: 'Try a demo class',
    tryDemoHelp:
      '25 pupils, a focus strength, a few weeks of strengths and a dream. It is kept apart from your own classes.',
    openDemo: 'Open the demo class',
    loadingDemo: 'Creating the demo class …',
    pupilCount: (n: number) => (n === 1 ? '1 pupil' : `${n} pupils`),
    openClass: (name: string) => `Open ${name}`,
  },

  classScreen: {
    pupils: 'Pupils',
    demoNotice: 'This is a demo class with made-up pupils. It never mixes with your own classes.',
    removeDemo: 'Remove the demo class',
    removeDemoConfirm: 'Remove the demo class and everything in it from this computer?',
    renameClass: 'Rename the class',
    deleteClass: 'Delete the class',
    deleteClassConfirm: (name: string) =>
      `Delete ${name} with all its pupils and everything recorded? This cannot be undone. Consider downloading a backup first.`,
    notFound: 'This class was not found. It may have been deleted.',
    board: 'Praise board',
    pupilMode: 'Pupil mode',
  },

  pupils: {
    addTitle: 'Add pupils',
    pasteLabel: 'Paste names, one per line',
    pasteHelp: 'First names or nicknames only. Blank lines and names already in the class are skipped.',
    add: 'Add',
    added: (n: number) => (n === 1 ? 'Added 1 pupil.' : `Added ${n} pupils.`),
    skippedBlank: (n: number) => (n === 1 ? 'Skipped 1 blank line.' : `Skipped ${n} blank lines.`),
    skippedDuplicates: (names: string) => `Already there, skipped: ${names}.`,
    shortened: (names: string) => `Shortened to 40 characters: ${names}.`,
    nothingToAdd: 'There were no new names to add.',
    none: 'No pupils yet. Paste the list of names above.',
    archivedTitle: 'Archived pupils',
    archivedHelp:
      'Archived pupils are not shown on the board or in pupil mode, but what was recorded about them is kept.',
    rename: 'Rename',
    renameLabel: (name: string) => `New name for ${name}`,
    archive: 'Archive',
    restore: 'Restore',
    delete: 'Delete',
    deleteConfirm: (name: string) =>
      `Delete ${name} for good? The strengths ${name} received are deleted too. Where ${name} noticed strengths in others, it will say "a classmate". This cannot be undone.`,
    nameTaken: 'That name is already in the class.',
    nameEmpty: 'The name cannot be empty.',
    actionsFor: (name: string) => `Actions for ${name}`,
  },

  strengths: {
    title: 'Strengths',
    intro: 'The strength language the class uses. You can rename, hide and add strengths.',
    suggested: 'Our suggestion',
    hidden: 'Hidden',
  },

  recognize: {},

  pupilMode: {
    title: 'Pupil mode',
    placeholder:
      'Pupil mode is coming soon: here pupils will tell about strengths they noticed in each other.',
  },

  queue: {},

  pin: {},

  board: {
    title: 'Praise board',
    placeholder:
      'The praise board is coming soon: it will show the strengths the class has noticed, one at a time.',
  },

  dream: {},

  routines: {},

  friend: {},

  charts: {},

  backup: {
    title: 'Backup',
    intro:
      'Everything is stored only in this browser on this computer. Download a backup regularly and keep it somewhere safe, for example on the school’s file storage.',
    what: 'What should be copied?',
    everything: 'Everything (all classes and the strength list)',
    oneClass: (name: string) => `Only ${name}`,
    download: 'Download a backup',
    downloadCsv: 'Download the strengths as a spreadsheet (CSV)',
    exporting: 'Making the backup …',
    exported: (n: number) => `The backup has been downloaded (${n} records).`,
    csvDone: (n: number) => `The spreadsheet has been downloaded (${n} rows).`,
    exportFailed: 'The backup could not be made. Nothing was changed. Please try again.',
    lastBackup: (date: string) => `Last backup from this computer: ${date}.`,
    neverBackedUp: 'You have not downloaded a backup from this computer yet.',
    reminderToggle: 'Remind me to download a backup every week',
    reminderText:
      'It is more than a week since you last downloaded a backup. Everything is only on this computer.',
    reminderNow: 'Download now',
    reminderLater: 'Not now',
    reminderOff: 'Turn the reminder off',
    importTitle: 'Restore from a backup',
    chooseFile: 'Choose a backup file (.json)',
    reading: 'Reading and checking the file …',
    fileSummary: (date: string, version: string) =>
      `The file was made on ${date} by Drømmeklassen ${version}.`,
    fileClass: (name: string) => `It holds the class ${name}.`,
    fileAll: 'It holds everything from one computer.',
    fileCounts: (classes: number, pupils: number, recognitions: number) =>
      `${classes === 1 ? '1 class' : `${classes} classes`}, ${pupils === 1 ? '1 pupil' : `${pupils} pupils`} and ${recognitions === 1 ? '1 recorded strength' : `${recognitions} recorded strengths`}.`,
    modeLabel: 'How should it be brought in?',
    modeMerge: 'Merge with what is here',
    modeMergeHelp:
      'The most recently changed version of each record is kept. Nothing is doubled and nothing here is deleted.',
    modeReplace: 'Replace what is here',
    modeReplaceHelp:
      'What the file covers is deleted here and brought in from the file. A backup of what is here now is downloaded first.',
    importButton: 'Bring it in',
    replaceConfirm:
      'Replace the data here with the file’s contents? A backup of what is here now is downloaded first.',
    safetySaved: 'A backup of what was here has been downloaded first.',
    importing: 'Bringing it in …',
    progress: (done: number, total: number) => `${done} of ${total}`,
    imported: (added: number, updated: number, kept: number) =>
      `Done. ${added} new, ${updated} updated and ${kept} that were already the same.`,
    rejected: 'The file was not brought in. Nothing was changed.',
    importFailed: 'The import stopped and everything was rolled back. Nothing was changed.',
    problem: {
      empty: 'The file is empty.',
      tooBig: 'The file is far too big to be a Drømmeklassen backup.',
      notJson:
        'This is not a Drømmeklassen backup: the file cannot be read. It may be damaged, cut short or a different kind of file.',
      notBackup: 'This is a data file, but not a Drømmeklassen backup.',
      newer: (v: string) =>
        `The file was made by a newer version of Drømmeklassen (${v}). Update the app on this computer (reload the page while online) and try again.`,
      envelope: (field: string, what: string) => `The top of the file is damaged: “${field}” ${what}.`,
      checksum:
        'The file was changed or damaged after it was made (the checksum does not match). Use another copy.',
      countMismatch: (table: string, expected: number, found: number) =>
        `The file says it has ${expected} in “${table}”, but it has ${found}. It is probably not complete.`,
      record: (record: string, n: number, field: string, what: string) =>
        `${record} no. ${n}: ${field} ${what}.`,
      duplicate: (record: string, n: number) =>
        `${record} no. ${n} has the same id as another one in the file. The file was probably put together wrongly.`,
      reference: (record: string, n: number, field: string) =>
        `${record} no. ${n} points to something that is not in the file (${field}).`,
      missing: 'is missing',
      wrongType: 'has the wrong kind of value',
      tooLong: 'is too long',
      invalid: 'has a value that is not valid',
    },
    record: {
      strengths: 'Strength in the strength list',
      classes: 'Class',
      pupils: 'Pupil',
      recognitions: 'Recorded strength',
      focusStrengths: 'Focus strength',
      dreamItems: 'Part of the dream',
      checkIns: 'Check-in',
      routines: 'Routine',
      routineRuns: 'Routine held',
      friendRounds: 'Secret friend round',
      settings: 'Setting',
    },
    field: {
      text: 'the text (what was seen)',
      name: 'the name',
      id: 'the id',
      classId: 'the class it belongs to',
      pupilId: 'the pupil',
      strengthId: 'the strength',
      createdAt: 'the time it was made',
      updatedAt: 'the time it was last changed',
      status: 'the status',
      noticedBy: 'who saw it',
    },
    csv: {
      date: 'Date',
      className: 'Class',
      pupil: 'Pupil',
      strength: 'Strength',
      text: 'What was seen',
      noticedBy: 'Noticed by',
      status: 'Status',
      wholeClass: 'The whole class',
      teacher: 'Teacher',
      classmate: 'A classmate',
      waiting: 'Waiting',
      approved: 'Approved',
      declined: 'Not shown',
    },
    recoverTitle: 'Get your data back',
    recoverIntro:
      'The app cannot open its database in this browser. If you have a backup, you can bring it into a new, empty database.',
    recoverWarning:
      'The old database on this computer is deleted when you do. First try closing other tabs with the app and reloading the page.',
    recoverHint:
      'Does reloading not help? If you have a backup, you can bring it into a new, empty database.',
    recoverLink: 'Restore from a backup',
    recoverConfirm: 'Delete the old database here and bring in the backup?',
    recoverDone: 'The data has been brought into a new database.',
    recoverOpen: 'Open the app',
    upgradeFailed:
      'The app was updated, but its data could not be converted to the new version. Nothing was deleted: the data is as it was. Reload the page, or download a backup from another tab with the old version.',
  },

  settings: {
    title: 'Settings',
    languageHelp: 'The language is remembered on this computer.',
    about: 'About the app',
    version: (v: string) => `Version ${v}`,
    storageTitle: 'Storage on this computer',
    persisted: 'The browser has promised not to delete the data on its own.',
    notPersisted:
      'The browser may delete the data if the computer runs short of space. Ask for lasting storage, and download backups regularly.',
    persistDenied: 'The browser said no to lasting storage. Download backups regularly.',
    persistUnsupported: 'This browser cannot promise lasting storage. Download backups regularly.',
    askPersist: 'Ask for lasting storage',
    usage: (used: string, quota: string) => `Using ${used} of the ${quota} the browser allows the app.`,
    usageUnknown: 'The browser does not say how much space is used.',
    privacyLink: 'Privacy: what is stored and how to erase it',
  },

  privacy: {
    title: 'Privacy',
    intro:
      'Drømmeklassen has no account and no server. Everything you type is stored only in this browser on this computer, and the app sends nothing to anyone.',
    statementTitle: 'Privacy statement',
    whereTitle: 'Where the data lives',
    where:
      'In the browser’s database (IndexedDB) for this website, on this computer. The chosen language is in the browser’s local storage. Nothing is stored in the cloud, and other computers cannot see the data.',
    whatTitle: 'What is stored',
    what: [
      'The class name and year group.',
      'Pupils’ first names or nicknames. No surnames, birth dates or photos.',
      'The strength list the class uses.',
      'Strengths that were seen: which strength, what was seen, who saw it, when, and whether a teacher approved it.',
      'The class dream, focus strengths, routines, check-ins and secret friend rounds.',
      'Settings, such as when you last downloaded a backup.',
    ],
    notTitle: 'What does not happen',
    not: [
      'No account, no login and no server.',
      'No requests to other websites: no analytics, no adverts, no outside fonts. The app’s security rules (Content Security Policy) block them, and our tests check it.',
      'Nothing is shared between computers, except backups you download and move yourself.',
    ],
    responsibleTitle: 'Who is responsible',
    responsible:
      'The school and the municipality are the data controllers for pupil data. Backups are files with pupil data: keep them like other pupil documents and delete them when no longer needed.',
    eraseTitle: 'How to erase',
    erase: [
      'One pupil: choose the pupil below and press “Erase everywhere”.',
      'A whole class at the end of the school year: archive the class to a file and remove it from the computer below.',
      'Everything: press “Erase everything” at the bottom of this page, or clear this app’s site data in the browser’s settings.',
    ],
    pupilTitle: 'One pupil',
    pupilHelp:
      'Download everything stored about one pupil (for a subject access request), or erase the pupil everywhere. Where the pupil noticed strengths in others, it will then say “a classmate”.',
    chooseClass: 'Class',
    choosePupil: 'Pupil',
    noPupils: 'The class has no pupils.',
    noClasses: 'There are no classes on this computer.',
    exportPupil: (name: string) => `Download everything about ${name}`,
    erasePupil: (name: string) => `Erase ${name} everywhere`,
    erasePupilConfirm: (name: string) =>
      `Erase ${name} everywhere? The strengths ${name} received are deleted. Where ${name} noticed strengths in others, it will say “a classmate”. This cannot be undone.`,
    pupilExported: (name: string) => `Everything about ${name} has been downloaded.`,
    pupilErased: (name: string) => `${name} has been erased from this computer.`,
    yearEndTitle: 'End of the school year',
    yearEndHelp:
      'Archive a class to a file (an ordinary backup that can be brought back in) and remove it from this computer.',
    archiveClass: (name: string) => `Archive and remove ${name}`,
    archiveConfirm: (name: string) =>
      `The archive file for ${name} has been downloaded. Remove ${name} with all pupils and everything recorded from this computer now?`,
    archived: (name: string) => `${name} was archived to a file and removed from the computer.`,
    failed: 'That did not work. Nothing was changed.',
    eraseAllTitle: 'Erase everything on this computer',
    eraseAllHelp:
      'Erases all classes, pupils, strengths and settings from this browser. Download a backup first if you want to keep anything.',
    eraseAll: 'Erase everything',
    eraseAllConfirm:
      'Erase everything Drømmeklassen has stored on this computer? Backups you have downloaded are not deleted. This cannot be undone.',
    pupilExportNote: 'This file holds everything Drømmeklassen has stored about the pupil on this computer.',
  },

  update: {
    ready: 'A new version of the app is ready.',
    reload: 'Reload',
    later: 'Later',
    waitHint: 'It is used when you reload. Nothing happens on its own.',
  },
};
