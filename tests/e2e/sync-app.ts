// The set-up every sync e2e shares (docs/sync.md §10): a CouchDB-compatible test server on
// 127.0.0.1, the app built for exactly that server (DK_SYNC_ORIGINS widens its CSP to it) and served
// like `npm start` serves the real one, on a free port; torn down after the file's tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContextOptions, expect, type Page, test } from '@playwright/test';
import { buildAppFor, type Preview, previewApp } from '../sync-server/app.mjs';
import { startTestServer, type TestServer } from '../sync-server/server.mjs';
import { addClass, initServer } from '../sync-server/setup.mjs';
import { freePort } from './chromium.mjs';

export interface SyncApp {
  /** The app's origin, e.g. http://127.0.0.1:41234, fixed when the file loads. */
  readonly url: string;
  /** Options for a new browser context: one more device on the same app. */
  readonly device: BrowserContextOptions;
  /** The test server (after beforeAll). */
  readonly server: TestServer;
  /** A scratch folder for connection files and downloads (after beforeAll). */
  readonly dir: string;
}

/**
 * Registers this file's hooks: the server and the app start before its tests and stop after them.
 * Every test of the file uses the app as its baseURL, in bokmål and Oslo time, with downloads on.
 */
export function useSyncApp(name: string): SyncApp {
  const port = freePort();
  const url = `http://127.0.0.1:${port}`;
  const device: BrowserContextOptions = {
    baseURL: url,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    acceptDownloads: true,
  };
  let server: TestServer | undefined;
  let dir: string | undefined;
  let preview: Preview | undefined;

  test.use(device);
  // Building the app for this server takes a while on a busy machine; only these files wait longer.
  test.describe.configure({ timeout: 300_000 });

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `dk-${name}-e2e-`));
    server = await startTestServer({ corsOrigins: [url] });
    await initServer(server);
    await buildAppFor(server.url, join(dir, 'dist'));
    preview = await previewApp(join(dir, 'dist'), port);
  });

  test.afterAll(async () => {
    await preview?.stop();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  return {
    url,
    device,
    get server() {
      if (!server) throw new Error('The sync test server starts in beforeAll.');
      return server;
    },
    get dir() {
      if (!dir) throw new Error('The scratch folder is made in beforeAll.');
      return dir;
    },
  };
}

/** The settings' «Deling mellom maskiner» region. */
export const sharing = (page: Page) => page.getByRole('region', { name: 'Deling mellom maskiner' });

export async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await expect(sharing(page)).toBeVisible();
}

/**
 * The teacher's laptop connects the class `name` (already on `page`'s device) with a new connection
 * file for it, as the IT department's `setup.sh add-class` writes one: the safety backup downloads
 * first, then the first round. Returns the class's region in «Deling mellom maskiner».
 */
export async function connectWithFile(
  page: Page,
  app: SyncApp,
  name: string,
  slots: { tablets: number; screens: number; teachers?: number },
) {
  const file = await addClass(app.server, slots);
  const connection = join(app.dir, `tilkobling-${file.syncId}.json`);
  writeFileSync(connection, JSON.stringify(file));
  await openSettings(page);
  const region = sharing(page).getByRole('region', { name });
  const backup = page.waitForEvent('download');
  await region.getByLabel(/Koble til med tilkoblingsfilen/).setInputFiles(connection);
  await backup;
  await expect(region.getByText(/Synkronisert kl\. \d\d:\d\d/)).toBeVisible({ timeout: 60_000 });
  return region;
}

/** Home, then the class `name`: in-app links only (a page load while offline is not what a teacher does). */
export async function openClassNamed(page: Page, name: string) {
  await page.getByRole('link', { name: 'Hjem' }).click();
  await page
    .getByRole('link', { name: new RegExp(name) })
    .first()
    .click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}
