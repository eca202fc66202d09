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
    titleFor: (name: string) => `Praise board for ${name}`,
    chooseClass: 'Which class should the board show?',
    noClasses: 'You have no classes yet. Make a class or try the demo class from the home screen.',
    backToClass: 'To the class',
    controls: 'Board controls',
    previous: 'Previous card',
    next: 'Next card',
    pause: 'Pause',
    resume: 'Resume',
    interval: 'Time per card',
    seconds: (n: number) => `${n} seconds`,
    fullscreen: 'Full screen',
    exitFullscreen: 'Exit full screen',
    settings: 'Options',
    settingsTitle: 'Board options',
    done: 'Done',
    showNoticedBy: 'Show who noticed the strength',
    cardsLegend: 'Cards that come in between',
    cardDream: 'The dream tree and our principles',
    cardFocus: 'The focus strength with its meaning',
    cardWholeClass: 'Strengths the whole class has shown',
    theme: 'Colours',
    themeAuto: 'Like the computer',
    themeLight: 'Light',
    themeDark: 'Dark',
    noticedBy: (who: string) => `Noticed by ${who}`,
    teacher: 'the teacher',
    classmate: 'a classmate',
    wholeClass: 'The whole class',
    focusWeek: 'Strength of the week',
    focusMonth: 'Strength of the month',
    dreamTitle: 'Our dream',
    treeTitle: 'Our dream tree',
    dreamsLabel: 'Our dreams',
    principlesLabel: 'Our principles',
    emptyTitle: 'The strengths we see in each other will appear here',
    emptyLookFor: 'Look for this strength in each other:',
    emptyHow:
      'How a strength gets here: an adult writes what someone did and which strength it showed, or approves what a pupil wrote. It appears here straight away.',
    paused: 'The board is paused',
    when: {
      today: 'today',
      yesterday: 'yesterday',
      weekday: (day: string) => `on ${day}`,
      lastWeek: 'last week',
      weeksAgo: (n: number) => `${n} weeks ago`,
      date: (date: string) => `on ${date}`,
    },
  },

  dream: {},

  routines: {},

  friend: {},

  charts: {},

  backup: {},

  settings: {
    title: 'Settings',
    languageHelp: 'The language is remembered on this computer.',
    about: 'About the app',
    version: (v: string) => `Version ${v}`,
  },

  privacy: {},

  update: {},

  extension: {
    cardTitle: 'The praise board in the browser extension',
    cardHelp:
      'With the Drømmeklassen extension the praise board shows on the classroom screen, even when the app is closed and there is no network. Only approved strengths with first names are sent, and only to the extension in this browser.',
    showInExtension: 'Show this class in the extension',
    noExtension:
      'No Drømmeklassen extension was found in this browser. You can still export a board file and import it into the extension on another computer.',
    sending: 'Sending the board to the extension …',
    received: (time: string) => `The extension has the board. Last updated at ${time}.`,
    refused:
      'The extension did not accept the board. Check that the app and the extension are the same version.',
    tooLarge: 'The board is too large to send to the extension.',
    exportFile: 'Export board file',
    exportHelp:
      'A board file holds only what the board shows: approved strengths with first names, the focus and the dream.',
    exportFailed: 'Could not make the board file. Try again.',
    popupTitle: 'Drømmeklassen – praise board',
    showBoard: 'Show the board full screen',
    toggleStrip: 'Show or hide the praise strip on this tab',
    stripFailed: 'The praise strip cannot be shown on this page.',
    shortcut: (keys: string) => `Shortcut for the praise strip: ${keys}`,
    classLabel: 'Class',
    updatedLabel: 'Last updated',
    fromApp: 'from the app',
    fromFile: 'from a board file',
    noBoard:
      'No board yet. Open Drømmeklassen in this browser and choose “Show this class in the extension” on the class page, or import a board file.',
    importFile: 'Import board file',
    imported: (name: string) => `The board for ${name} was imported.`,
    importRefused: {
      'too-large': 'The file is too large to be a board file.',
      'not-json': 'This is not a Drømmeklassen board file.',
      format: 'This is not a Drømmeklassen board file.',
      version:
        'The board file was made by another version of Drømmeklassen. Update the app or the extension.',
      'not-approved': 'The board file holds strengths that were not approved, so it was refused.',
      shape: 'The board file is damaged or was changed, so it was refused.',
      origin: 'The board was refused.',
      malformed: 'The board was refused.',
      'store-failed': 'The board could not be saved. Try again.',
      'no-extension': 'No extension was found.',
    },
    removeBoard: 'Remove the board from this computer',
    removeBoardConfirm:
      'Remove the board and everything the extension stored about the class? The app can send it again.',
    removeBoardYes: 'Yes, remove the board',
    removed: 'The board was removed from the extension.',
    stripLabel: 'Praise strip from Drømmeklassen',
    hideStrip: 'Hide the praise strip',
    moveStrip: 'Move the praise strip (arrow up and down)',
    stripEmpty: 'No strengths to show yet.',
    boardTitle: (name: string) => `Praise board – ${name}`,
    closeBoard: 'Close the board',
  },
};
