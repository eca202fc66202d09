// Issue 15, the background loop in the real browser (docs/sync.md §9.3): two teacher laptops (A
// connected with the connection file, B joined by a typed code) keep one class in sync with nobody
// pressing «Synkroniser nå». A adds a pupil → B's class screen shows it. The server stops; A adds a
// recognition and its status line says the app keeps trying by itself; the server comes back → B's
// class screen shows the recognition by itself, and A's line says when it synced.
import { expect, type Page, test } from '@playwright/test';
import { createClass } from './classes';
import { SHOTS } from './fixtures';
import { connectWithFile, openClassNamed, openSettings, sharing, useSyncApp } from './sync-app';

const sync = useSyncApp('loop');
const _APP = sync.url;
const DEVICE = sync.device;

const CLASS = 'Solsikkene';
const TEXT = 'Ryddet hele hylla uten at noen ba om det';
const NO_CONTACT = 'Ingen kontakt med serveren. Appen prøver igjen selv.';

/** The class's own status line: the last in its region (the pairing offer, before it, has its own). */
/** The class's round line (the code box and the device list have status lines of their own). */
const classStatus = (page: Page) =>
  sharing(page)
    .getByRole('region', { name: CLASS })
    .getByRole('status')
    .filter({ hasText: /Synkroniser|Ingen kontakt/ });

const openClass = (page: Page) => openClassNamed(page, CLASS);

test('two laptops keep a class in sync by themselves, and catch up after the server was away', async ({
  page,
  browser,
}) => {
  // --- A connects with the connection file, B joins by code (as in sync-pair.spec.ts) ---
  await createClass(page, { name: CLASS, pupils: ['Emmaline', 'Olavius'] });
  const classA = await connectWithFile(page, sync, CLASS, { tablets: 1, screens: 1 });
  await classA.getByRole('button', { name: 'Legg til en lærermaskin' }).click();
  const code = await sharing(page)
    .getByText(/^[0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3}$/)
    .textContent({ timeout: 60_000 });

  const laptopB = await browser.newContext(DEVICE);
  const pageB = await laptopB.newPage();
  await pageB.goto('/');
  await openSettings(pageB);
  const form = sharing(pageB).getByRole('region', { name: 'Koble til med kode' });
  await form.getByLabel('Koden fra den andre maskinen').fill(code!);
  await form.getByRole('button', { name: 'Koble til' }).click();
  await expect(form.getByRole('status')).toContainText(`Klassen ${CLASS} er på denne maskinen nå.`, {
    timeout: 60_000,
  });
  await form.getByRole('link', { name: `Åpne ${CLASS}` }).click();
  const pupilsB = pageB.getByRole('list', { name: 'Elever' });
  await expect(pupilsB.getByRole('listitem')).toHaveCount(2);

  // --- A adds a pupil; B's class screen shows it, nobody presses anything ---
  await openClass(page);
  await page.getByLabel('Lim inn navn, ett per linje').fill('Kaspara');
  await page.getByRole('button', { name: 'Legg til' }).click();
  await expect(page.getByRole('list', { name: 'Elever' }).getByRole('listitem')).toHaveCount(3);
  await expect(pupilsB).toContainText('Kaspara', { timeout: 60_000 });
  await expect(pupilsB.getByRole('listitem')).toHaveCount(3);

  await openSettings(page);
  await expect(classStatus(page)).toContainText(/Synkronisert kl\. \d\d:\d\d/, { timeout: 60_000 });
  await classStatus(page).screenshot({ path: `${SHOTS}/sync-loop-synced.png` });

  // --- The server goes away; A adds a recognition and says it keeps trying ---
  await sync.server.stop();
  await openClass(page);
  await page.getByRole('button', { name: 'Jeg så en styrke', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Jeg så en styrke' });
  await dialog.getByRole('checkbox', { name: 'Kaspara' }).check();
  await dialog.getByRole('radio').first().check();
  await dialog.getByLabel('Hva så du?').fill(TEXT);
  await dialog.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lagret.' })).toBeVisible();
  await openSettings(page);
  await expect(classStatus(page)).toContainText(NO_CONTACT, { timeout: 60_000 });
  await expect(classStatus(page)).not.toContainText('Synkronisert');
  await expect(sharing(page)).not.toContainText('trykk «Synkroniser nå»');
  await classStatus(page).screenshot({ path: `${SHOTS}/sync-loop-no-contact.png` });
  await expect(pageB.getByText(TEXT)).toHaveCount(0);

  // --- The server comes back: B gets the recognition by itself; A says when it synced ---
  await sync.server.restart();
  await expect(pageB.getByText(TEXT)).toBeVisible({ timeout: 150_000 });
  await expect(classStatus(page)).toContainText(/Synkronisert kl\. \d\d:\d\d/, { timeout: 60_000 });
  await expect(classStatus(page)).not.toContainText(NO_CONTACT);

  // «Synkroniser nå» still works, through the loop: its line says it is syncing (the server's answers
  // held back here until the screenshot is taken), then when it synced.
  let release!: () => void;
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.context().route(`${sync.server.url}/**`, async (route) => {
    await held;
    await route.continue();
  });
  await classA.getByRole('button', { name: /Synkroniser nå/ }).click();
  await expect(classStatus(page)).toHaveText('Synkroniserer …');
  await classStatus(page).screenshot({ path: `${SHOTS}/sync-loop-syncing.png` });
  release();
  await expect(classStatus(page)).toContainText(/Synkronisert kl\. \d\d:\d\d/, { timeout: 60_000 });
  await page.context().unrouteAll({ behavior: 'ignoreErrors' });
  await laptopB.close();
});
