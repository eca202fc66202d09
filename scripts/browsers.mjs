// Where the tests look for the browsers they drive (Playwright and Puppeteer cannot download their own
// here: no request leaves for another origin). One list, used by the e2e config, the benches and
// scripts/ensure-browsers.mjs.
import { accessSync, constants } from 'node:fs';

/**
 * Per browser: the environment variable that names it, the places it is usually installed, and the
 * Debian / Ubuntu package that provides it.
 */
export const BROWSERS = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    apt: { debian: 'chromium', ubuntu: 'chromium-browser' },
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/snap/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
    apt: { debian: 'firefox-esr', ubuntu: 'firefox' },
  },
};

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser's executable: the environment variable when it is set (even if it is wrong, so a typo
 * fails loudly instead of silently testing another browser), else the first usual place that exists.
 * @param {keyof typeof BROWSERS} name
 * @returns {string | undefined}
 */
export function findBrowser(name) {
  const b = BROWSERS[name];
  const fromEnv = process.env[b.env];
  if (fromEnv) return fromEnv;
  return b.paths.find(executable);
}
