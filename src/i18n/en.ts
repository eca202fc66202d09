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
    title: "The teacher's PIN",
    enterToLeave: "Enter the teacher's PIN to leave this screen.",
    label: 'PIN',
    unlock: 'Unlock',
    wrong: 'Wrong PIN. Try again.',
    wait: (s: number) => `Too many tries. Wait ${s === 1 ? '1 second' : `${s} seconds`} and try again.`,
    lockedTitle: 'The teacher screens are locked',
    lockedText:
      "This screen has been used in pupil mode or as the board. Enter the teacher's PIN to continue.",
    backToShared: 'Back',
    forgotTitle: 'Forgot the PIN?',
    forgotText: (phrase: string) =>
      `This removes the PIN. No other data is deleted. Type "${phrase}" in the field below to confirm.`,
    forgotPhrase: 'i have forgotten the pin',
    forgotLabel: 'Confirmation',
    forgotMismatch: 'The text does not match. Type it exactly as shown.',
    forgotConfirm: 'Remove the PIN',
    settingsTitle: 'Teacher PIN',
    settingsHelp:
      'Optional, 4 to 8 digits. When set, it must be entered to go from pupil mode or the board to the teacher screens.',
    isSet: 'A PIN is set.',
    notSet: 'No PIN is set.',
    setPin: 'Set a PIN',
    changePin: 'Change the PIN',
    removePin: 'Remove the PIN',
    currentPin: 'Current PIN',
    newPin: 'New PIN (4 to 8 digits)',
    repeatPin: 'Enter the new PIN again',
    invalid: 'The PIN must be 4 to 8 digits.',
    mismatch: 'The two PINs are not the same.',
    saved: 'The PIN is saved.',
    removed: 'The PIN is removed.',
    recoveryHint:
      'Forgot the PIN? Hold your finger on the lock 🔒 in the PIN window for five seconds (or press Alt+Shift+G) and follow the advice there. No data is lost.',
  },

  update: {
    ready: 'A new version of the app is ready.',
    reload: 'Reload',
    later: 'Later',
    waitHint: 'It is used when you reload. Nothing happens on its own.',
  },
};
