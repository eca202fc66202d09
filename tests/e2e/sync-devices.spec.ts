// Issue 15, steps 9 and 11 in the real browser: the class's devices, and removing one. Two browser
// contexts are two laptops. A connects its class with the file and offers a code; B joins with it; A's
// code box says «Lærermaskin 2 er koblet til klassen.» and A's list shows both computers. A removes B
// after a plain question; B's next «Synkroniser nå» is refused in plain words and B keeps its copy of
// the class; A still syncs. The server then holds no label, platform, pupil or class name in clear.
import { expect, type Page, test } from '@playwright/test';
import { findPlaintext, scanServer } from '../sync-server/scan.mjs';
import { createClass } from './classes';
import { expectNoAxeViolations, SHOTS } from './fixtures';
import { connectWithFile, openSettings, sharing, useSyncApp } from './sync-app';

const sync = useSyncApp('devices');
const _APP = sync.url;
const DEVICE = sync.device;

const CLASS = 'Solsikkene';
const PUPILS = ['Emmaline', 'Olavius'];

const deviceList = (page: Page) => sharing(page).getByRole('region', { name: 'Maskiner i klassen' });

test('A sees B join, lists both computers, removes B; B is refused and keeps its class; A still syncs', async ({
  page,
  browser,
}) => {
  await createClass(page, { name: CLASS, pupils: PUPILS });
  const classA = await connectWithFile(page, sync, CLASS, { tablets: 1, screens: 0 });
  // After the first round A has said hello: it lists itself.
  await expect(deviceList(page).getByRole('listitem')).toHaveText([/Lærermaskin 1 · Denne maskinen/], {
    timeout: 30_000,
  });

  await classA.getByRole('button', { name: 'Legg til en lærermaskin' }).click();
  const shown = classA.getByRole('region', { name: 'Kode for den andre lærermaskinen' });
  const codeText = shown.getByText(/^[0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3}$/);
  await expect(codeText).toBeVisible({ timeout: 60_000 });
  const code = (await codeText.textContent())!;

  const laptopB = await browser.newContext(DEVICE);
  const pageB = await laptopB.newPage();
  await pageB.goto('/');
  await openSettings(pageB);
  const form = sharing(pageB).getByRole('region', { name: 'Koble til med kode' });
  await form.getByLabel('Koden fra den andre maskinen').fill(code);
  await form.getByRole('button', { name: 'Koble til' }).click();
  await expect(form.getByRole('status')).toContainText(`Klassen ${CLASS} er på denne maskinen nå.`, {
    timeout: 60_000,
  });

  // A's code box gives way to who used it, and the list has both computers.
  await expect(classA.getByText('Lærermaskin 2 er koblet til klassen.')).toBeVisible({ timeout: 30_000 });
  await expect(shown).toHaveCount(0);
  const rows = deviceList(page).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Lærermaskin 1 · Denne maskinen');
  await expect(rows.nth(0)).toContainText(
    /lærermaskin · Chrom\w*, Linux · koblet til \d+\. \w+\. · sist sett i dag kl\. \d\d:\d\d/,
  );
  await expect(rows.nth(1)).toContainText('Lærermaskin 2');
  await expect(rows.nth(1)).not.toContainText('Denne maskinen');
  await expect(rows.nth(0).getByRole('button')).toHaveCount(0);
  // B lists the same two computers, itself as «Denne maskinen»; it has read the class's slots from
  // the shared list, so it could remove A (never itself).
  const rowsB = deviceList(pageB).getByRole('listitem');
  await expect(rowsB).toHaveCount(2);
  await expect(rowsB.nth(1)).toContainText('Lærermaskin 2 · Denne maskinen');
  await expect(deviceList(pageB).getByRole('button', { name: 'Fjern Lærermaskin 1' })).toBeVisible();
  await expect(deviceList(pageB).getByRole('button', { name: /Fjern/ })).toHaveCount(1);

  // The "ready offline" note would cover the list in the screenshot.
  const ready = page.getByRole('button', { name: 'OK', exact: true });
  if (await ready.isVisible()) await ready.click();
  await deviceList(page).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: `${SHOTS}/sync-devices-list.png` });
  await expectNoAxeViolations(page, '.sync-card');

  await rows.nth(1).getByRole('button', { name: 'Fjern Lærermaskin 2' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toHaveText(
    /Lærermaskin 2 kan ikke lenger hente eller sende klassens data\. Det som alt er på den maskinen, blir liggende der til noen sletter det\./,
  );
  await page.screenshot({ path: `${SHOTS}/sync-devices-confirm.png` });
  await dialog.getByRole('button', { name: 'Fjern Lærermaskin 2' }).click();
  await expect(deviceList(page).getByText('Lærermaskin 2 er fjernet fra klassen.')).toBeVisible({
    timeout: 30_000,
  });
  await expect(rows).toHaveCount(1);

  // B: refused in plain words, and its copy of the class is still there.
  const classB = sharing(pageB).getByRole('region', { name: CLASS });
  await classB.getByRole('button', { name: 'Synkroniser nå' }).click();
  await expect(
    classB.getByText(
      /^Serveren slipper ikke denne maskinen inn lenger\. Er den tatt ut av klassen, kan du koble klassen fra her/,
    ),
  ).toBeVisible({
    timeout: 60_000,
  });
  await form.getByRole('link', { name: `Åpne ${CLASS}` }).click();
  await expect(pageB.getByRole('list', { name: 'Elever' }).getByRole('listitem')).toHaveCount(2);

  // A still syncs.
  await classA.getByRole('button', { name: 'Synkroniser nå' }).click();
  await expect(classA.getByText(/Synkronisert kl\. \d\d:\d\d/)).toBeVisible({ timeout: 60_000 });

  const scan = await scanServer(sync.server.url, sync.server.admin);
  expect(findPlaintext(scan, [CLASS, ...PUPILS, 'Lærermaskin', 'Chromium', 'Linux', code])).toEqual([]);
  await laptopB.close();
});
