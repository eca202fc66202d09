// Issue 15, step 8 in the real browser: a build that lists a sync server (DK_SYNC_ORIGINS, its CSP
// widened to exactly that server) connects a class with the connection file the IT department's
// server/setup.sh wrote. A safety backup downloads first, the class goes to the server through
// PouchDB's IndexedDB mirror, CORS and the CSP, and the server then holds the class's documents as
// ciphertext only. The page asks no origin but the app's and the school's server.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findPlaintext, scanServer } from '../sync-server/scan.mjs';
import { addClass } from '../sync-server/setup.mjs';
import { createClass } from './classes';
import { useSyncApp } from './sync-app';

const sync = useSyncApp('sync');
const APP = sync.url;

test('a teacher connects a class with the connection file: a backup first, then only ciphertext on the server', async ({
  page,
  context,
}) => {
  const foreign: string[] = [];
  context.on('request', (req) => {
    const origin = new URL(req.url()).origin;
    if (!req.url().startsWith('blob:') && origin !== APP && origin !== sync.server.url)
      foreign.push(req.url());
  });
  const csp = await (await fetch(APP)).text();
  expect(csp).toContain(`connect-src 'self' ${sync.server.url};`);

  const file = await addClass(sync.server, { tablets: 1, screens: 1 });
  const connection = join(sync.dir, 'tilkobling-4b.json');
  writeFileSync(connection, JSON.stringify(file));
  await createClass(page, { name: 'Solsikkene', pupils: ['Emmaline', 'Olavius'] });

  await page.getByRole('link', { name: 'Innstillinger' }).click();
  const section = page.getByRole('region', { name: 'Deling mellom maskiner' });
  await expect(section).toBeVisible();
  const backup = page.waitForEvent('download');
  await section.getByLabel(/Koble til med tilkoblingsfilen/).setInputFiles(connection);
  // The safety backup comes first and holds the class as it was.
  const saved = await backup;
  const backupText = readFileSync(await saved.path(), 'utf8');
  expect(backupText).toContain('Emmaline');
  // The class's own status line (the section also has the pairing offer's and the join form's).
  await expect(section.getByRole('status').filter({ hasText: /Synkronisert kl\. \d\d:\d\d/ })).toBeVisible({
    timeout: 60_000,
  });
  await expect(section).toContainText(`Koblet til 127.0.0.1:${sync.server.port}`);
  await page.screenshot({ path: 'tests/artifacts/screenshots/sync-connected.png', fullPage: true });

  // The server holds the class, encrypted: no class name, pupil name or strength, in any document.
  const scan = await scanServer(sync.server.url, sync.server.admin);
  const main = scan.databases.find((d) => d.name === `dk-${file.syncId}-main`)!;
  const roster = scan.databases.find((d) => d.name === `dk-${file.syncId}-roster`)!;
  const live = (d: typeof main) => d.docs.filter((doc) => !doc._id.startsWith('_design/')).length;
  expect(live(main)).toBeGreaterThanOrEqual(3);
  expect(live(roster)).toBeGreaterThanOrEqual(3);
  expect(findPlaintext(scan, ['Solsikkene', 'Emmaline', 'Olavius', 'Omsorg'])).toEqual([]);

  // «Synkroniser nå» after a new pupil: one more document on the sync.server.
  const before = live(main);
  await page.getByRole('link', { name: 'Hjem' }).click();
  await page
    .getByRole('link', { name: /Solsikkene/ })
    .first()
    .click();
  await page.getByLabel('Lim inn navn, ett per linje').fill('Kaspara');
  await page.getByRole('button', { name: 'Legg til' }).click();
  await expect(page.getByRole('list', { name: 'Elever' }).getByRole('listitem')).toHaveCount(3);
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await section.getByRole('button', { name: /Synkroniser nå/ }).click();
  await expect(async () => {
    const again = await scanServer(sync.server.url, sync.server.admin);
    const m = again.databases.find((d) => d.name === `dk-${file.syncId}-main`)!;
    expect(live(m)).toBe(before + 1);
    expect(findPlaintext(again, ['Kaspara'])).toEqual([]);
  }).toPass({ timeout: 60_000 });
  expect(foreign, 'requests to other origins').toEqual([]);
});
