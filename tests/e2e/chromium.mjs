// How every test and bench launches the machine's Chromium (Playwright cannot download its own here),
// and the port the built app is served on for them.
import { execFileSync } from 'node:child_process';
import { findBrowser } from '../../scripts/browsers.mjs';

export const CHROMIUM_PATH = findBrowser('chromium') ?? '/usr/bin/chromium';
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

/**
 * A port nobody listens on now: the system picks one for a throw-away server in a child process
 * (this must be synchronous, as the Playwright config is).
 */
export function freePort() {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

// The tests start their own server and never reuse one that is already listening (it could be
// another checkout's build). E2E_PORT picks the port; otherwise a free one is chosen once and put in
// the environment, so Playwright's workers and the bench, which inherit it, agree on it.
if (!process.env.E2E_PORT) process.env.E2E_PORT = String(freePort());

/** The port the built app is served on in tests and benches. */
export const E2E_PORT = Number(process.env.E2E_PORT);
