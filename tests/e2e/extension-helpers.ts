// Launching Chromium with the companion extension loaded, for the extension's e2e tests and bench.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_PORT } from './chromium.mjs';

export const APP = `http://127.0.0.1:${E2E_PORT}`;

/**
 * The extension for the test server's origin. The content script only runs on the app's own origins
 * (a build setting): on the default port the real dist-extension/ is used; on another port (parallel
 * runs) the same sources are built with DK_APP_ORIGINS set to that port, into a temporary folder.
 */
export function extensionForTests(): string {
  if (E2E_PORT === 4173 && existsSync('dist-extension/manifest.json')) return 'dist-extension';
  return extensionFor(APP);
}

/** The extension built for one app origin (a sync build's app on its own port, too), in a temporary folder. */
export function extensionFor(appOrigin: string): string {
  const out = join(tmpdir(), `drommeklassen-extension-e2e-${new URL(appOrigin).port}`);
  for (const mode of ['pages', 'content', 'strip'])
    execFileSync('node_modules/.bin/vite', ['build', '-c', 'vite.extension.config.ts', '--mode', mode], {
      env: { ...process.env, DK_APP_ORIGINS: appOrigin, DK_EXTENSION_OUT: out },
      stdio: 'pipe',
    });
  return out;
}

export interface Loaded {
  ctx: BrowserContext;
  id: string;
  worker: Worker;
  /** chrome-extension://id */
  origin: string;
  /** Requests to anything but the app and the extension (must stay empty). */
  foreign: string[];
}

/** `origins`: where requests may go besides the extension (the app's; with sync, the school's server too). */
export async function launchWithExtension(dir: string, origins: readonly string[] = [APP]): Promise<Loaded> {
  const ctx = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width: 1280, height: 720 },
    acceptDownloads: true,
  });
  const worker =
    ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await ctx.waitForEvent('serviceworker', (w) => w.url().startsWith('chrome-extension://')));
  const id = new URL(worker.url()).host;
  const origin = `chrome-extension://${id}`;
  const foreign: string[] = [];
  ctx.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith(origin)) return;
    if (!origins.includes(new URL(url).origin)) foreign.push(url);
  });
  return { ctx, id, worker, origin, foreign };
}

/** The text inside the strip's closed shadow root, read through the DevTools protocol. */
export async function stripText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = {
    nodeName: string;
    nodeType: number;
    nodeValue?: string;
    children?: Node[];
    shadowRoots?: Node[];
  };
  const find = (n: Node): Node | null => {
    if (n.nodeName === 'DROMMEKLASSEN-STRIP') return n;
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
      const hit = find(c);
      if (hit) return hit;
    }
    return null;
  };
  const text = (n: Node): string =>
    n.nodeType === 3
      ? (n.nodeValue ?? '')
      : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(text).join(' ');
  const host = find(root as Node);
  await cdp.detach();
  return host ? text(host).replace(/\s+/g, ' ').trim() : null;
}
