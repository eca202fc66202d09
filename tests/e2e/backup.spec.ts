// Backups, import, privacy and storage safety in the built app (Chromium, real IndexedDB).
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { APP_ORIGIN, expect, expectNoAxeViolations, SHOTS, test } from './fixtures';

/** Every object store of the app's database, every record, sorted by key (read with raw IndexedDB). */
async function dump(page: Page, opts: { withoutDeviceSettings?: boolean } = {}): Promise<string> {
  return page.evaluate(async (withoutDevice) => {
    const dbx = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('drommeklassen');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const out: Record<string, unknown[]> = {};
    const names = [...dbx.objectStoreNames].sort();
    const tx = dbx.transaction(names, 'readonly');
    await Promise.all(
      names.map(
        (n) =>
          new Promise<void>((resolve) => {
            const r = tx.objectStore(n).getAll();
            r.onsuccess = () => {
              out[n] = r.result;
              resolve();
            };
          }),
      ),
    );
    dbx.close();
    // "backup.*" settings are this computer's own bookkeeping (when it last made a backup).
    if (withoutDevice)
      out.settings = (out.settings ?? []).filter(
        (r) => !String((r as { key: string }).key).startsWith('backup.'),
      );
    // Canonical: keys sorted, so that the same data compares equal whatever order fields were written in.
    const canon = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(canon)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, canon((v as Record<string, unknown>)[k])]),
            )
          : v;
    return JSON.stringify(canon(out));
  }, opts.withoutDeviceSettings ?? false);
}

async function settingsWithDemo(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Prøv en demoklasse' }).click();
  await expect(page.getByRole('list', { name: 'Elever' }).getByRole('listitem')).toHaveCount(25);
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await expect(page.getByRole('heading', { name: 'Sikkerhetskopi', exact: true })).toBeVisible();
}

async function downloadBackup(page: Page, button: string, path: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await download.saveAs(path);
  return download.suggestedFilename();
}

test('export, erase everything, import: identical data', async ({ page }, info) => {
  await settingsWithDemo(page);
  const file = info.outputPath('backup.json');
  const name = await downloadBackup(page, 'Last ned sikkerhetskopi', file);
  expect(name).toMatch(/^drommeklassen-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByRole('status').filter({ hasText: 'Sikkerhetskopien er lastet ned' })).toBeVisible();
  const envelope = JSON.parse(readFileSync(file, 'utf8'));
  expect(envelope).toMatchObject({ format: 'drommeklassen-backup', formatVersion: 2, schemaVersion: 2 });
  expect(envelope.counts.pupils).toBe(25);
  const before = await dump(page, { withoutDeviceSettings: true });

  // Erase everything, as a teacher would (Personvern -> Slett alt).
  await page.goto('/privacy');
  await page.getByRole('button', { name: 'Slett alt' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Slett alt' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/');
  await expect(page.getByText('Du har ingen klasser ennå.', { exact: false })).toBeVisible();
  expect(await dump(page)).not.toBe(before);

  await page.goto('/settings');
  await page.getByLabel('Velg en sikkerhetskopi (.json)').setInputFiles(file);
  await expect(page.getByText('1 klasse, 25 elever', { exact: false })).toBeVisible();
  await page.getByRole('radio', { name: /Erstatt det som er her/ }).check();
  await page.screenshot({ path: `${SHOTS}/backup-import-ready.png`, fullPage: true });
  await page.getByRole('button', { name: 'Hent inn' }).click();
  // Replace first downloads a safety backup of what is here now.
  const [safety] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog').getByRole('button', { name: 'Erstatt det som er her' }).click(),
  ]);
  expect(safety.suggestedFilename()).toMatch(/^drommeklassen-sikkerhet-for-erstatning-/);
  await expect(page.getByRole('status').filter({ hasText: 'Ferdig.' })).toContainText(
    'En sikkerhetskopi av det som var her, er lastet ned først.',
  );
  expect(await dump(page, { withoutDeviceSettings: true })).toBe(before);
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Demoklassen 4B/ })).toContainText('25 elever');
});

test('a broken file gets a clear message and changes nothing; merging twice changes nothing', async ({
  page,
}, info) => {
  await settingsWithDemo(page);
  const file = info.outputPath('class.json');
  await page.getByLabel('Hva skal kopieres?').selectOption({ label: 'Bare Demoklassen 4B' });
  const name = await downloadBackup(page, 'Last ned sikkerhetskopi', file);
  expect(name).toMatch(/^drommeklassen-demoklassen-4b-/);
  const before = await dump(page);

  // A pupil's name edited by hand: the checksum no longer matches.
  const tampered = info.outputPath('tampered.json');
  writeFileSync(tampered, readFileSync(file, 'utf8').replace('"name":"Emma"', '"name":"Emmy"'));
  await page.getByLabel('Velg en sikkerhetskopi (.json)').setInputFiles(tampered);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Fila ble ikke hentet inn. Ingenting er endret.');
  await expect(alert).toContainText('kontrollsummen stemmer ikke');
  await page.screenshot({ path: `${SHOTS}/backup-import-rejected.png`, fullPage: true });
  expect(await dump(page)).toBe(before);

  // Cut short (a download that stopped half-way).
  const cut = info.outputPath('cut.json');
  const text = readFileSync(file, 'utf8');
  writeFileSync(cut, text.slice(0, text.length / 2));
  await page.getByLabel('Velg en sikkerhetskopi (.json)').setInputFiles(cut);
  await expect(page.getByRole('alert')).toContainText('fila kan ikke leses');
  expect(await dump(page)).toBe(before);

  // The untouched file merged in: everything was already here, nothing changes.
  await page.getByLabel('Velg en sikkerhetskopi (.json)').setInputFiles(file);
  await page.getByRole('button', { name: 'Hent inn' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ferdig.' })).toContainText('0 nye, 0 oppdatert');
  expect(await dump(page)).toBe(before);

  // CSV for a spreadsheet.
  const csvPath = info.outputPath('r.csv');
  await downloadBackup(page, 'Last ned styrkene som regneark (CSV)', csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('\uFEFFDato;Klasse;Elev;Styrke;Det som ble sett;Sett av;Status');
  expect(csv).toContain('Demoklassen 4B');
});

test('privacy: statement, one pupil exported and erased, a class archived and brought back', async ({
  page,
}, info) => {
  await settingsWithDemo(page);
  await page.getByRole('link', { name: /Personvern/ }).click();
  await expect(page.getByRole('heading', { name: 'Personvernerklæring' })).toBeVisible();
  await expect(page.getByText('Ingen konto, ingen innlogging og ingen server.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/privacy.png`, fullPage: true });

  await page.getByLabel('Elev', { exact: true }).selectOption({ label: 'Emma' });
  const pupilFile = info.outputPath('emma.json');
  await downloadBackup(page, 'Last ned alt om Emma', pupilFile);
  const about = JSON.parse(readFileSync(pupilFile, 'utf8'));
  expect(about.pupil.name).toBe('Emma');
  expect(about.recognitionsAbout.length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Slett Emma overalt' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Slett Emma overalt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Emma er slettet' })).toBeVisible();
  expect(await dump(page)).not.toContain('"Emma"');

  const archive = info.outputPath('archive.json');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Arkiver og fjern Demoklassen 4B' }).click(),
  ]);
  await download.saveAs(archive);
  await page.getByRole('dialog').getByRole('button', { name: 'Arkiver og fjern Demoklassen 4B' }).click();
  await expect(page.getByText('Det finnes ingen klasser på denne maskinen.')).toBeVisible();

  await page.goto('/settings');
  await page.getByLabel('Velg en sikkerhetskopi (.json)').setInputFiles(archive);
  await page.getByRole('button', { name: 'Hent inn' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ferdig.' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Demoklassen 4B/ })).toContainText('24 elever');
});

test('storage safety: persistence, usage and quota in settings; an old tab is told to reload', async ({
  page,
}) => {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Lagring på denne maskinen' })).toBeVisible();
  await expect(page.getByText(/^Brukt .* av .* som nettleseren gir appen\.$/)).toBeVisible();
  await expect(
    page.getByText(
      /Nettleseren har lovet å ikke slette dataene|Nettleseren kan slette dataene|sa nei til varig lagring/,
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/settings-data.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.locator('#import-h').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/settings-data-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });

  // Another tab opens a newer schema: this tab closes its connection and says so.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const req = indexedDB.open('drommeklassen', 1000);
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
      }),
  );
  await expect(page.getByRole('alert')).toContainText('Appen er oppdatert i en annen fane');
  await expect(page.getByRole('button', { name: 'Last siden på nytt' })).toBeVisible();
});

test('the database cannot be opened: restore from a backup into a fresh database', async ({ page }, info) => {
  await settingsWithDemo(page);
  const file = info.outputPath('backup.json');
  await downloadBackup(page, 'Last ned sikkerhetskopi', file);
  const before = await dump(page);
  // Simulate a database the browser cannot open (corrupt after a crash) until it is deleted.
  await page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    const del = IDBFactory.prototype.deleteDatabase;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      if (name === 'drommeklassen' && localStorage.getItem('test.corrupt'))
        throw new DOMException('simulated corrupt database', 'UnknownError');
      return open.call(this, name, version);
    } as typeof open;
    IDBFactory.prototype.deleteDatabase = function (this: IDBFactory, name: string) {
      if (name === 'drommeklassen') localStorage.removeItem('test.corrupt');
      return del.call(this, name);
    };
  });
  await page.evaluate(() => localStorage.setItem('test.corrupt', '1'));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Appen får ikke åpnet dataene sine');
  await page.screenshot({ path: `${SHOTS}/open-failed.png`, fullPage: true });
  await page.getByRole('link', { name: 'Hent inn fra en sikkerhetskopi' }).click();
  await expect(page.getByRole('heading', { name: 'Hent tilbake dataene' })).toBeVisible();
  await page.getByLabel('Velg en sikkerhetskopi (.json)').setInputFiles(file);
  await page.getByRole('dialog').getByRole('button', { name: 'Hent inn' }).click();
  await expect(page.getByRole('status')).toContainText('Dataene er hentet inn i en ny database.');
  await page.getByRole('link', { name: 'Åpne appen' }).click();
  await expect(page.getByRole('link', { name: /Demoklassen 4B/ })).toContainText('25 elever');
  const after = JSON.parse(await dump(page));
  const was = JSON.parse(before);
  for (const t of ['classes', 'pupils', 'recognitions', 'strengths', 'dreamItems', 'focusStrengths'])
    expect(after[t], t).toEqual(was[t]);
});

test('a full session through every screen asks no other origin for anything', async ({ page, context }) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await page.getByRole('button', { name: 'Prøv en demoklasse' }).click();
  await expect(page.getByRole('list', { name: 'Elever' }).getByRole('listitem')).toHaveCount(25);
  const classUrl = page.url();
  await page.getByRole('link', { name: /Styrketavla/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(classUrl);
  await page.getByRole('link', { name: /Elevmodus/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Every screen of a class, and the shared screens started from them.
  const classPath = new URL(classUrl).pathname;
  const classId = classPath.split('/').pop()!;
  for (const path of [
    `${classPath}/queue`,
    `${classPath}/dream`,
    `${classPath}/poster`,
    `${classPath}/checkin`,
    `${classPath}/routines`,
    `${classPath}/friend`,
    `${classPath}/charts`,
    `/tree?class=${classId}`,
    '/timer?i=60&r=60&p=60',
  ]) {
    await page.goto(path);
    await expect(page.locator('main').first()).toBeVisible();
    await expect(page.getByText('Laster …')).toHaveCount(0);
    await expect(page.getByText('Denne siden finnes ikke.')).toHaveCount(0);
  }
  for (const path of ['/settings', '/privacy', '/recover', '/nowhere']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto('/settings');
  await page.getByRole('combobox', { name: 'Språk' }).first().selectOption('en');
  await expect(page.getByRole('heading', { name: 'Backup', exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).first().selectOption('nn');
  await expect(page.getByRole('heading', { name: 'Tryggingskopi', exact: true })).toBeVisible();
  await page.goto('/');
  expect(requests.length).toBeGreaterThan(10);
  expect(
    requests.filter((u) => !u.startsWith(APP_ORIGIN) && !u.startsWith('data:') && !u.startsWith('blob:')),
  ).toEqual([]);
});

test('the weekly reminder appears on the home screen and can be turned off', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Navn på klassen').fill('6C');
  await page.getByRole('button', { name: 'Lag klassen' }).click();
  await expect(page.getByRole('heading', { name: '6C', level: 1 })).toBeVisible();
  // Eight days later (the page clock moves; the data stays).
  await page.clock.install({ time: Date.now() + 8 * 86_400_000 });
  await page.goto('/');
  const reminder = page.getByText('Det er over en uke siden sist du lastet ned en sikkerhetskopi.', {
    exact: false,
  });
  await expect(reminder).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/backup-reminder.png`, fullPage: true });
  await page.getByRole('button', { name: 'Slå av påminnelsen' }).click();
  await expect(reminder).toBeHidden();
  await page.goto('/settings');
  await expect(page.getByLabel('Minn meg på å ta sikkerhetskopi hver uke')).not.toBeChecked();
});
