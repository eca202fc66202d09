// English, the shell: a complete catalogue, checked against bokmål's shape by the type.
import type { CoreMessages } from './messages';

export const en: CoreMessages = {
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
    no: 'No',
    demo: 'Demo',
    mainNav: 'Main menu',
    skipToContent: 'Skip to content',
    notFound: 'This page does not exist.',
    brokenPage: 'Something went wrong, and this page cannot be shown.',
    readFailed: 'This page could not read its data',
    readFailedHelp: 'Nothing has been deleted. Reload the page.',
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
    gone: (what: string) => `${what} was deleted in another tab. Nothing was saved.`,
    goneWhat: {
      class: 'The class',
      pupil: 'The pupil',
      strength: 'The strength',
      round: 'The secret friend round',
      subgoal: 'The sub-goal',
      routine: 'The routine',
      recognition: 'This recognition',
    },
    changed: (what: string) =>
      `This one was already ${what} in another tab. Nothing was changed, and you now see it as it is.`,
    changedTo: { approved: 'approved', declined: 'set to “not shown”', waiting: 'sent back for approval' },
    setAside: (n: number) =>
      `${n === 1 ? '1 record' : `${n} records`} pointed to something that had been deleted (for example a pupil deleted in another tab). They were repaired (as a deletion would have done) or set aside, not deleted, and are in the next backup under “integrity.setAside”.`,
    dismiss: 'Hide this message',
    reload: 'Reload the page',
  },

  home: {
    title: 'Drømmeklassen',
    tagline: "See each other's strengths, every day.",
    description:
      'Drømmeklassen: strength language, the dream class and a strength board for the classroom. Everything stays on this computer.',
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
  },

  pin: {
    lockedTitle: 'The teacher screens are locked',
    lockedText:
      "This computer has been used in pupil mode or as the board. Enter the teacher's PIN to continue.",
    backToShared: 'Back',
    unreadable:
      'The PIN cannot be read on this computer right now, so the teacher screens stay locked. Try again, or close the browser and open the app again.',
    retry: 'Try again',
  },

  update: {
    ready: 'A new version of the app is ready.',
    reload: 'Reload',
    later: 'Later',
    waitHint: 'It takes effect when you reload. Nothing happens on its own.',
    offlineReady: 'The app is ready to use offline.',
    offlineHint: 'It is stored on this computer and opens even when the network is gone.',
    ok: 'OK',
  },
};
