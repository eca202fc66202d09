// Deletions stay deleted (issue 16 item 6) and a backup never touches this device's PIN (item 9),
// in the built app, through the UI: a recognition deleted and a pupil erased after a backup was made
// do not come back when that older backup is merged; a class file carrying `teacher.pin = null`
// leaves the PIN in place.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Counts the records of one object store with raw IndexedDB (what is really stored). */
function count(page: Page, store: string): Promise<number> {
  return page.evaluate(async (name) => {
    const dbx = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('drommeklassen');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const n = await new Promise<number>((resolve) => {
      const r = dbx.transaction(name, 'readonly').objectStore(name).count();
      r.onsuccess = () => resolve(r.result);
    });
    dbx.close();
    return n;
  }, store);
}

async function demoClass(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Prøv en demoklasse' }).click();
  await expect(page.getByRole('list', { name: 'Elever' }).getByRole('listitem')).toHaveCount(25);
}

async function download(page: Page, path: string): Promise<void> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned sikkerhetskopi' }).click(),
  ]);
  await file.saveAs(path);
}

async function mergeFile(page: Page, path: string): Promise<void> {
  await page.goto('/settings');
  await page.getByLabel('Velg en sikkerhetskopi (.json)').setInputFiles(path);
  await expect(page.getByRole('radio', { name: /Slå sammen med det som er her/ })).toBeChecked();
  await page.getByRole('button', { name: 'Hent inn' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ferdig.' })).toBeVisible();
}

test('a deleted recognition and an erased pupil do not come back from an older backup', async ({
  page,
}, info) => {
  await demoClass(page);
  const classUrl = page.url();
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  const older = info.outputPath('older.json');
  await download(page, older);
  const recognitions = await count(page, 'recognitions');

  // Delete the newest recognition that is not about Emma (she is erased next, and the demo may have
  // only one recognition of her: deleting that one would leave nothing for the erasure to remove).
  await page.goto(classUrl);
  const recent = page.getByRole('list', { name: 'Styrker vi har sett' });
  const items = recent.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  const target = items.filter({ hasNotText: 'Emma' }).first();
  const deleted = await target.innerText();
  await target.getByRole('button', { name: /^Slett anerkjennelsen av / }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Slett' }).click();
  await expect.poll(() => count(page, 'recognitions')).toBe(recognitions - 1);
  expect(await items.allInnerTexts()).not.toContain(deleted);

  // Erase Emma everywhere.
  await page.goto('/privacy');
  await page.getByLabel('Elev', { exact: true }).selectOption({ label: 'Emma' });
  await page.getByRole('button', { name: 'Slett Emma overalt' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Slett Emma overalt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Emma er slettet' })).toBeVisible();
  const left = await count(page, 'recognitions');
  expect(left).toBeLessThan(recognitions - 1);
  await page.goto(classUrl);
  await expect(items.first()).toBeVisible();
  const shown = await items.allInnerTexts();
  expect(shown).not.toContain(deleted);

  // The laptop's older backup, merged: what was deleted here stays deleted.
  await mergeFile(page, older);
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Demoklassen 4B/ })).toContainText('24 elever');
  await page.goto(classUrl);
  const pupils = page.getByRole('list', { name: 'Elever' });
  await expect(pupils.getByRole('listitem')).toHaveCount(24);
  await expect(pupils.getByText('Emma', { exact: true })).toHaveCount(0);
  await expect(items.first()).toBeVisible();
  expect(await items.allInnerTexts()).toEqual(shown);
  expect(await count(page, 'recognitions')).toBe(left);
});

test('a class file carrying teacher.pin = null, merged, leaves the PIN in place', async ({ page }, info) => {
  await page.goto('/settings');
  const pinSettings = page.getByRole('region', { name: 'PIN-kode for læreren' });
  await pinSettings.getByRole('button', { name: 'Sett PIN-kode' }).click();
  await pinSettings.getByLabel('Ny PIN-kode (4 til 8 siffer)').fill('2468');
  await pinSettings.getByLabel('Skriv den nye PIN-koden en gang til').fill('2468');
  await pinSettings.getByRole('button', { name: 'Lagre' }).click();
  await expect(pinSettings.getByText('PIN-koden er lagret.')).toBeVisible();

  await demoClass(page);
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await page.getByLabel('Hva skal kopieres?').selectOption({ label: 'Bare Demoklassen 4B' });
  const file = info.outputPath('class.json');
  await download(page, file);

  // A hand-made file: the class file plus a newer `teacher.pin = null`, counts and checksum fixed.
  const env = JSON.parse(readFileSync(file, 'utf8'));
  env.data.settings.push({ key: 'teacher.pin', value: null, updatedAt: Date.now() + 86_400_000 });
  env.counts.settings = env.data.settings.length;
  env.checksum.value = createHash('sha256').update(JSON.stringify(env.data)).digest('hex');
  const evil = info.outputPath('evil.json');
  writeFileSync(evil, JSON.stringify(env));

  await mergeFile(page, evil);
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'PIN-kode for læreren' }).getByText('PIN-kode er satt.'),
  ).toBeVisible();
  await expect(page.getByText('Ingen PIN-kode er satt.')).toHaveCount(0);
});
