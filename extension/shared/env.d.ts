/** The app's own origins, a build setting (see vite.extension.config.ts). */
declare const __DK_APP_ORIGINS__: string[];
