// Two tabs of the app on one class (issue 17): a pupil erased in tab B while tab A is in the middle
// of writing about her. Nothing is stored about her, tab A says so and starts the step again, and
// the app's own backup made afterwards imports into a fresh browser profile.
import type { Page } from '@playwright/test';
import { createClass } from './classes';
import { APP_ORIGIN, expect, SHOTS, test } from './fixtures';

async function recognitionCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('drommeklassen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('recognitions').objectStore('recognitions').count();
          req.onsuccess = () => {
            resolve(req.result);
            open.result.close();
          };
        };
      }),
  );
}

async function eraseInTab(page: Page, classId: string, name: string): Promise<void> {
  await page.goto(`/class/${classId}`);
  await page
    .getByRole('group', { name: `Valg for ${name}` })
    .getByRole('button', { name: 'Slett' })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Slett' }).click();
  await expect(page.getByRole('list', { name: 'Elever' }).getByText(name)).toHaveCount(0);
}

test('a pupil erased in another tab: pupil mode and the recognition dialog store nothing about her, and the backup imports', async ({
  page,
  context,
  browser,
}, info) => {
  test.setTimeout(120_000); // three pages and two profiles on a shared machine
  const classId = await createClass(page, { name: '5A', pupils: ['Emma', 'Ola', 'Kari'], yearGroup: '5' });

  // Tab A: pupil mode, Kari writes about Emma and is about to press Send.
  await page.goto(`/pupil?class=${classId}`);
  await page.getByRole('list', { name: 'Hvem er du?' }).getByRole('button', { name: 'Kari' }).click();
  await page
    .getByRole('list', { name: 'Hvem så du en styrke hos?' })
    .getByRole('button', { name: 'Emma' })
    .click();
  await page.getByRole('button', { name: 'Omsorg', exact: true }).click();
  await page.getByLabel('Skriv hva du så').fill('Hun delte matpakken sin.');

  // Tab B: the teacher erases Emma.
  const tabB = await context.newPage();
  await eraseInTab(tabB, classId, 'Emma');

  // Tab A: Send. Not "Takk!": a plain message, and pupil mode starts again from the names.
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Emma er slettet i en annen fane.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hvem er du?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Takk!' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/races-pupil-mode.png` });
  expect(await recognitionCount(page)).toBe(0);

  // Tab A (teacher): the recognition dialog is open with Ola chosen when tab B erases Ola.
  await page.goto(`/class/${classId}`);
  await page.getByRole('button', { name: 'Jeg så en styrke', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Jeg så en styrke' });
  await dialog.getByRole('checkbox', { name: 'Ola' }).check();
  await dialog.getByRole('radio', { name: /Mot/ }).check();
  await dialog.getByLabel('Hva så du?').fill('Sa ifra i timen');
  await eraseInTab(tabB, classId, 'Ola');
  // The dialog refreshes: Ola is no longer offered, and saving asks for a pupil instead of "Lagret.".
  await expect(dialog.getByRole('checkbox', { name: 'Ola' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(dialog.getByText('Velg minst én elev eller hele klassen.')).toBeVisible();
  expect(await recognitionCount(page)).toBe(0);
  await dialog.getByRole('checkbox', { name: 'Kari' }).check();
  await dialog.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lagret.' })).toBeVisible();

  // The app's own backup imports into a fresh profile.
  await page.goto('/settings');
  const file = info.outputPath('after-race.json');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned sikkerhetskopi' }).click(),
  ]);
  await download.saveAs(file);
  // A context made here does not take the config's `use`: give it the origin and language.
  const fresh = await browser.newContext({ baseURL: APP_ORIGIN, locale: 'nb-NO' });
  try {
    const other = await fresh.newPage();
    await other.goto('/settings');
    await other.getByLabel('Velg en sikkerhetskopi (.json)').setInputFiles(file);
    await expect(other.getByText('1 klasse, 1 elev og 1 registrert styrke', { exact: false })).toBeVisible();
    await other.getByRole('button', { name: 'Hent inn' }).click();
    await expect(other.getByRole('status').filter({ hasText: 'Ferdig.' })).toBeVisible();
  } finally {
    await fresh.close();
  }
});
