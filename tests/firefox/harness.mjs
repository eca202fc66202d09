// The Firefox harness: its own `vite preview` on a free port, an extension build for that exact
// origin, Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, and a guard that fails
// on any request to another origin. Needs dist/ (npx vite build) and firefox-esr; pitfalls are noted where they bite.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, watch as watch_ } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { buildAppFor, previewApp } from '../sync-server/app.mjs';
import { startTestServer } from '../sync-server/server.mjs';
import { initServer } from '../sync-server/setup.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** browser_specific_settings.gecko.id in manifest.json. */
export const EXT_ID = 'rosetavla@drommeklassen.no';
/** Any fixed UUID: pinned by a pref, it is the extension's moz-extension:// host. */
export const EXT_UUID = '3b0a5e0c-8d1f-4c43-9f6a-3a7e1f0d2c11';
export const EXT_ORIGIN = `moz-extension://${EXT_UUID}`;
/** Generous: a shared 2-core machine can take 40 s to start Firefox and several seconds a page. */
export const TIMEOUT = Number(process.env.FIREFOX_TIMEOUT || 60_000);

const t0 = Date.now();
export const lap = (what) => console.log(`# [${((Date.now() - t0) / 1000).toFixed(1)} s] ${what}`);

/** A port nobody listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** Runs a command to its end; rejects with its output if it fails. */
function run(cmd, args, env = {}) {
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe' });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', rej);
    child.on('exit', (code) =>
      code === 0 ? res(out) : rej(new Error(`${cmd} ${args.join(' ')} failed:\n${out}`)),
    );
  });
}

/**
 * Starts our own `vite preview` of a build (dist/ unless `outDir`) on a free port: never a server
 * that happened to be there. Resolves when the server itself says it listens on that port; retries
 * if another process took the port in between.
 */
export async function startServer(outDir = join(ROOT, 'dist')) {
  if (!existsSync(join(outDir, 'index.html')))
    throw new Error(`No build in ${outDir}: run \`npx vite build\` first.`);
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      const preview = await previewApp(outDir, port);
      return { origin: preview.url, port, stop: preview.stop, process: preview.process };
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

/**
 * The extension built for this exact origin (the content script answers only there) into a fresh
 * temporary folder. The match patterns have no port, so the origin in the code is what counts.
 */
export async function buildExtension(origin) {
  const out = mkdtempSync(join(tmpdir(), 'drommeklassen-firefox-ext-'));
  for (const mode of ['pages', 'content', 'strip'])
    await run(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.extension.config.ts', '--mode', mode],
      {
        DK_APP_ORIGINS: origin,
        DK_EXTENSION_OUT: out,
      },
    );
  return { dir: out, remove: () => rmSync(out, { recursive: true, force: true }) };
}

/**
 * Starts Firefox. Downloads go without asking into `downloads` (a folder; Puppeteer's BiDi has no
 * download control for Firefox, so Firefox's own prefs do it).
 */
export async function launchFirefox({ dumpio = !!process.env.FIREFOX_DUMPIO, downloads } = {}) {
  if (!existsSync(FIREFOX_PATH))
    throw new Error(
      `No Firefox at ${FIREFOX_PATH}: apt-get install -y firefox-esr (153 ESR, bookworm-security), or set FIREFOX_PATH.`,
    );
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    dumpio,
    timeout: 180_000,
    protocolTimeout: 180_000,
    // Lets a tab open moz-extension:// pages (BiDi refuses that navigation otherwise).
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 720 },
    env: { ...process.env, TZ: 'Europe/Oslo' },
    extraPrefsFirefox: {
      'intl.accept_languages': 'nb-NO, nb, no, en',
      'extensions.webextensions.uuids': JSON.stringify({ [EXT_ID]: EXT_UUID }),
      // Extension pages' console is not reported over BiDi; with FIREFOX_DUMPIO=1 it lands on stdout.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
      ...(downloads && {
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.manager.addToRecentDocs': false,
      }),
    },
  });
}

/**
 * Watches a page: every request must go to the app's origin, the extension's or one of `others` (a
 * sync server; data: and blob: aside), and no console error or uncaught error may happen. `problems`
 * collects what went wrong.
 */
export function watch(page, app, problems, others = []) {
  page.setDefaultTimeout(TIMEOUT);
  page.on('request', (req) => {
    const url = req.url();
    if (/^(data|blob|about):/.test(url)) return;
    const origin = new URL(url).origin;
    if (origin !== app && !others.includes(origin) && !url.startsWith(`${EXT_ORIGIN}/`))
      problems.push(`request to another origin: ${url}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
  return page;
}

/**
 * Extension pages' console and errors are not reported over BiDi; with the devtools.console.stdout
 * prefs Firefox prints them on its own output. An uncaught error on an extension page, or a warning
 * or error the extension logs itself ("[Drømmeklassen] ..."), goes into `problems`; other console
 * errors that name the extension are shown as notes (Firefox's own chrome code logs some noise too,
 * such as its remote-settings polling failing: that is left out).
 */
export function watchFirefoxOutput(browser, problems) {
  const proc = browser.process();
  for (const stream of [proc?.stdout, proc?.stderr]) {
    let rest = '';
    stream?.on('data', (d) => {
      const lines = (rest + d).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (
          line.startsWith('JavaScript error: moz-extension://') ||
          // Firefox prints "ø" as \xF8.
          /^console\.(error|warn): .*\[Dr(ø|\\xF8)mmeklassen\]/.test(line)
        )
          problems.push(`extension: ${line}`);
        else if (/^(console\.(error|warn)|JavaScript error):/.test(line) && line.includes('moz-extension://'))
          console.log(`# note, from Firefox: ${line}`);
      }
    });
  }
}

/**
 * page.goto() never resolves on moz-extension:// pages: Firefox sends no load events for extension
 * documents over BiDi (bug 1755014). Navigate with the raw command and wait for the document.
 */
export async function gotoExtensionPage(page, path) {
  await page.browser().connection.send('browsingContext.navigate', {
    context: page.mainFrame()._id,
    url: `${EXT_ORIGIN}/${path}`,
    wait: 'complete',
  });
  await page.waitForFunction(() => document.readyState === 'complete');
}

/** Waits until the service worker controls the page (from then on it loads offline). */
export async function serviceWorkerInControl(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((res) =>
        navigator.serviceWorker.addEventListener('controllerchange', res, { once: true }),
      );
  });
}

/** Waits until the page's visible text (in `scope`) matches; says what it saw if it never does. */
export async function textAppears(page, re, scope = 'body') {
  try {
    await page.waitForFunction(
      (src, sel) => new RegExp(src).test(document.querySelector(sel)?.innerText ?? ''),
      {},
      re.source,
      scope,
    );
  } catch (err) {
    const seen = await page.$eval(scope, (el) => el.innerText).catch(() => '(nothing)');
    err.message = `${re} never appeared in ${scope} on ${page.url()} (${err.message}); it shows: ${seen.replace(/\s+/g, ' ').slice(0, 300)}`;
    throw err;
  }
}

/**
 * A sync test server (tests/sync-server/, set up by server/setup.sh `init`) and the app built for
 * exactly that server (DK_SYNC_ORIGINS) into a temporary folder, served by its own `vite preview` on
 * a free port that the server's CORS lets in. `stop()` ends both and removes the folder.
 */
export async function startSyncApp() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'drommeklassen-firefox-sync-'));
  const server = await startTestServer({ corsOrigins: [url] });
  let preview;
  try {
    await initServer(server);
    await buildAppFor(server.url, join(dir, 'dist'));
    preview = await previewApp(join(dir, 'dist'), port);
  } catch (err) {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    url,
    server,
    dir,
    async stop() {
      await preview.stop();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves with the name of the first file in `dir` that `match`es, once one is there (and complete). */
export function fileAppears(dir, match) {
  return new Promise((res) => {
    const found = () => readdirSync(dir).find((f) => match.test(f) && !f.endsWith('.part'));
    const watcher = watch_(dir, () => {
      const f = found();
      if (f) {
        watcher.close();
        res(f);
      }
    });
    const f = found();
    if (f) {
      watcher.close();
      res(f);
    }
  });
}
