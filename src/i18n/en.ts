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

  charts: {
    navLink: 'Strengths over time',
    title: (cls: string) => `Strengths in ${cls}`,
    backToClass: 'Back to the class',
    tabsLabel: 'Views',
    tabClass: 'The class',
    tabPupils: 'Each pupil',
    tabNoticed: 'Nobody left out',
    tabCheckIns: 'Check-ins',
    teacherOnly: 'Teacher only',
    teacherOnlyNote: 'Only for you as the teacher. Do not show this page on the board or a shared screen.',
    period: 'Period',
    periodWeek: 'This week',
    periodMonth: 'This month',
    periodTerm: 'This term',
    periodSchoolYear: 'This school year',
    periodCustom: 'Choose dates',
    from: 'From',
    to: 'To',
    show: 'Show',
    badDates: 'Enter two valid dates.',
    previous: 'Previous period',
    next: 'Next period',
    autumnTerm: (year: number) => `Autumn term ${year}`,
    springTerm: (year: number) => `Spring term ${year}`,
    schoolYearLabel: (first: number) => `School year ${first}–${first + 1}`,
    weekShort: (week: number) => `Week ${week}`,
    weekAxis: 'Week',
    monthAxis: 'Month',
    summary: (n: number, whole: number) =>
      `${n === 1 ? '1 strength' : `${n} strengths`} noticed in this period${whole > 0 ? `, ${whole} of them in the whole class` : ''}.`,
    nothingYet:
      'No approved strengths in this period yet. Choose a longer period, or look for strengths today.',
    strengthsTitle: 'The strengths the class was noticed for',
    strengthsChart: 'The strengths the class was noticed for in this period',
    overTimeTitle: 'Week by week',
    overTimeTitleMonths: 'Month by month',
    overTimeChart: 'Strengths over time, per strength',
    otherStrengths: 'Other strengths',
    focusTitle: 'The focus strength and the others',
    focusChart: 'The focus strength against the other strengths over time',
    focusSeries: 'The focus strength while it was the focus',
    otherSeries: 'Other strengths',
    focusNone: 'The class had no focus strength in this period.',
    focusSummary: (names: string, focus: number, total: number) =>
      `Focus in this period: ${names}. ${focus} of ${total} strengths were the focus strength while it was the focus.`,
    noticersTitle: 'Who noticed the strengths',
    noticersChart: 'Strengths noticed by adults and by pupils over time',
    adults: 'Adults',
    pupils: 'Pupils',
    noticersSummary: (adults: number, pupils: number) =>
      `Adults noticed ${adults}, pupils noticed ${pupils}.`,
    columnDescription: (when: string, total: number, parts: string) =>
      `${when}: ${total} in total${parts ? ` (${parts})` : ''}`,
    barDescription: (label: string, n: number) => `${label}: ${n === 1 ? 'once' : `${n} times`}`,
    chartHint: 'chart, use the arrow keys',
    showTable: 'Show as a table',
    colWhen: 'When',
    colStrength: 'Strength',
    colCount: 'Number',
    colTotal: 'Total',
    pupilsTitle: 'Choose a pupil',
    pupilsIntro:
      'See one child’s strengths with the examples behind them, and print the “My strengths” sheet.',
    archivedPupils: 'Archived pupils',
    noPupils: 'The class has no pupils yet.',
    pupilNotFound: 'This pupil was not found.',
    pupilTitle: (name: string) => `${name}’s strengths`,
    pupilSummary: (name: string, n: number) =>
      n === 0
        ? `Nobody has recorded strengths for ${name} in this period yet.`
        : `${n === 1 ? '1 strength' : `${n} strengths`} noticed in ${name} in this period. Choose a strength to see what ${name} did.`,
    pupilChart: (name: string) => `${name}’s strengths in this period`,
    examplesTitle: (strength: string) => `What was seen: ${strength}`,
    noticedBy: (who: string, when: string) => `Noticed by ${who}, ${when}`,
    theTeacher: 'the teacher',
    aClassmate: 'a classmate',
    printSheet: 'Print “My strengths”',
    prevPupil: (name: string) => `Previous pupil: ${name}`,
    nextPupil: (name: string) => `Next pupil: ${name}`,
    allPupils: 'All pupils',
    sheetTitle: 'My strengths',
    sheetIntro: (name: string) =>
      `Hi, ${name}! These are strengths other people have seen in you. Each one is something you really did.`,
    sheetExamples: 'This is what you did:',
    sheetEmpty:
      'Your strengths are there, even if nobody has written them down yet. We are looking out for them!',
    sheetClosing: 'We are glad you are in our class.',
    sheetSeenBy: (who: string) => `noticed by ${who}`,
    sheetLang: 'Language of the sheet',
    print: 'Print',
    backToPupil: (name: string) => `Back to ${name}`,
    invitation: 'Look for these children’s strengths this week',
    notYetTitle: 'Not noticed yet in this period',
    fewestTitle: 'Noticed least often in this period',
    lastSeen: (when: string) => `last noticed ${when}`,
    everyoneSeen: 'Every child has been noticed in this period. Lovely!',
    noticedOf: (noticed: number, pupils: number) =>
      `${noticed} of ${pupils} children noticed in this period.`,
    spreadTitle: 'How evenly the strengths are spread',
    spreadEven: 'The strengths are spread evenly across the class. Well done seeing everyone!',
    spreadFairly:
      'The strengths are spread fairly evenly. Some children are noticed a little more often than others.',
    spreadUneven:
      'Some children are noticed much more often than others. Perhaps you could look for strengths in more of them this week?',
    spreadChart: 'How many children were noticed zero, one, two or more times',
    histColumn: (times: number, orMore: boolean) =>
      times === 0 ? 'Not yet' : orMore ? `${times}+ times` : times === 1 ? 'Once' : `${times} times`,
    children: (n: number) => (n === 1 ? '1 child' : `${n} children`),
    colTimes: 'Noticed',
    colChildren: 'Children',
    checkInsTitle: 'Check-ins on the scale from 1 to 5',
    checkInsIntro: 'Where the class placed itself on the way to each sub-goal.',
    noCheckIns: 'No check-ins in this period. They appear here when the class places itself on the scale.',
    activeGoal: 'Current sub-goal',
    reachedGoal: (when: string) => `Reached ${when}`,
    checkInChart: (goal: string) => `Check-ins over time: ${goal}`,
    checkInPoint: (when: string, value: string, placed: number) =>
      `${when}: ${value}${placed > 0 ? ` (${placed} placed the class)` : ' (the class agreed)'}`,
    colDate: 'Date',
    colValue: 'On the scale',
    colPlaced: 'Placed',
    agreed: 'agreed',
  },

  backup: {},

  settings: {
    title: 'Settings',
    languageHelp: 'The language is remembered on this computer.',
    about: 'About the app',
    version: (v: string) => `Version ${v}`,
  },

  privacy: {},

  update: {},
};
