// How every test and bench launches Debian's Chromium (Playwright cannot download its own here).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The port the built app is served on in tests and benches (4173 by default, as `npm start`). */
export const E2E_PORT = Number(process.env.E2E_PORT || 4173);
