// Noticing strengths end to end: pupil mode -> the queue -> approved; the teacher's quick
// recognition; the PIN guarding the way out of pupil mode; axe in bokmål and English.
import type { Page } from '@playwright/test';
import { createClass } from './classes';
import { expect, expectNoAxeViolations, SHOTS, test } from './fixtures';

/** Counts records straight from IndexedDB, the way the board's snapshot reads them. */
async function recognitionStatuses(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('drommeklassen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('recognitions').objectStore('recognitions').getAll();
          req.onsuccess = () => {
            resolve((req.result as { status: string }[]).map((r) => r.status).sort());
            open.result.close();
          };
        };
      }),
  );
}

/** Every touch target in pupil mode is at least 64 px each way. */
async function expectBigTargets(page: Page): Promise<void> {
  const small = await page.$$eval('main button, main textarea', (els) =>
    els
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 64 || r.height < 64)
      .map(
        ({ el, r }) =>
          `${el.textContent?.trim() || el.tagName} ${Math.round(r.width)}x${Math.round(r.height)}`,
      ),
  );
  expect(small).toEqual([]);
}

const HTMLISH = '<img src=x onerror=alert(1)> hjalp meg med matte 🧮';

test('a pupil notices a strength; it waits until the teacher approves it', async ({ page }) => {
  page.on('dialog', () => {
    throw new Error('a native dialog opened: text was interpreted as markup');
  });
  await page.setViewportSize({ width: 1920, height: 1080 });
  const classId = await createClass(page, {
    name: '5A',
    pupils: ['Ola', 'Kari', 'Sara', 'أمل', 'Émilie-Sofie'],
    yearGroup: '5',
  });
  await page.getByRole('link', { name: 'Elevmodus' }).click();
  await expect(page).toHaveURL(`/pupil?class=${classId}`);

  // No teacher navigation in pupil mode.
  await expect(page.getByRole('heading', { name: 'Hvem er du?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Innstillinger' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/pupil-1-who-1920.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}/pupil-1-who-1024.png` });

  await expectBigTargets(page);

  // A double tap moves one step only: the second tap does not pick whoever is under the finger next.
  await page.getByRole('list', { name: 'Hvem er du?' }).getByRole('button', { name: 'Sara' }).dblclick();
  const targets = page.getByRole('list', { name: 'Hvem så du en styrke hos?' });
  await expect(page.getByRole('heading', { name: 'Hvem så du en styrke hos?' })).toBeVisible();
  await expect(targets.getByRole('button', { name: 'Ola' })).toBeVisible();
  await expect(targets.getByRole('button', { name: 'Sara' })).toHaveCount(0);
  await targets.getByRole('button', { name: 'Ola' }).click();

  await expect(page.getByRole('heading', { name: 'Hvilken styrke viste Ola?' })).toBeVisible();
  await page.getByRole('button', { name: 'Hva betyr Omsorg?' }).click();
  await expect(
    page.getByText('Å merke hvordan andre har det, og gjøre noe for at de skal ha det godt.'),
  ).toBeVisible();
  await expectBigTargets(page);
  await page.screenshot({ path: `${SHOTS}/pupil-3-strength-1024.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/pupil-3-strength-1920.png` });
  await page.getByRole('button', { name: 'Omsorg', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Hva gjorde Ola?' })).toBeVisible();
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('alert')).toHaveText('Skriv noen ord om hva Ola gjorde.');
  await page.getByLabel('Skriv hva du så').fill(HTMLISH);
  await expect(page.getByText('50 av 280 tegn')).toBeVisible();
  await expectBigTargets(page);
  await page.screenshot({ path: `${SHOTS}/pupil-4-text-1920.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}/pupil-4-text-1024.png` });
  await page.getByRole('button', { name: 'Send' }).dblclick();
  await expect(page.getByRole('heading', { name: 'Takk!' })).toBeVisible();
  await expectBigTargets(page);
  await page.screenshot({ path: `${SHOTS}/pupil-5-thanks-1024.png` });
  // Back to the start by itself.
  await expect(page.getByRole('heading', { name: 'Hvem er du?' })).toBeVisible({ timeout: 12_000 });
  expect(await recognitionStatuses(page)).toEqual(['waiting']);
  await expect(page.getByText('hjalp meg med matte')).toHaveCount(0);

  // Not approved yet: not in the teacher's list of recognitions, but counted in the queue badge.
  await page.getByRole('button', { name: 'Avslutt elevmodus' }).click();
  await expect(page.getByRole('heading', { name: '5A', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Til godkjenning, 1 venter' })).toBeVisible();
  await expect(page.getByText('hjalp meg med matte')).toHaveCount(0);

  await page.getByRole('link', { name: 'Til godkjenning, 1 venter' }).click();
  const item = page.getByRole('listitem', { name: 'Sara så omsorg hos Ola' });
  await expect(item.getByText(HTMLISH)).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/queue.png`, fullPage: true });
  await item.getByRole('button', { name: 'Endre ordlyden' }).click();
  await item.getByLabel('Ny ordlyd (elevens mening skal stå)').fill('hjalp meg med matte 🧮');
  await item.getByRole('button', { name: 'Lagre og godkjenn' }).click();
  await expect(page.getByRole('status')).toContainText('Godkjent.');
  await expect(page.getByText('Ingenting venter. Alt er gått gjennom.')).toBeVisible();
  expect(await recognitionStatuses(page)).toEqual(['approved']);

  // Approved: in the teacher's list, with the pupil as the one who noticed it.
  await page.getByRole('link', { name: '5A' }).click();
  const recent = page.getByRole('list', { name: 'Styrker vi har sett' });
  await expect(recent.getByText('hjalp meg med matte 🧮')).toBeVisible();
  await expect(recent.getByText('Sett av Sara')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Til godkjenning, ingenting venter' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/class-screen-noticing.png`, fullPage: true });

  // Pupil mode in the dark, as a smartboard often runs it.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('link', { name: 'Elevmodus' }).click();
  await page.getByRole('list', { name: 'Hvem er du?' }).getByRole('button', { name: 'أمل' }).click();
  await page
    .getByRole('list', { name: 'Hvem så du en styrke hos?' })
    .getByRole('button', { name: 'Kari' })
    .click();
  await page.screenshot({ path: `${SHOTS}/pupil-3-strength-dark-1024.png` });
  await expectNoAxeViolations(page);
});

test("the teacher's quick recognition: several pupils, a nudge, one save on a double tap, edit and delete", async ({
  page,
}) => {
  await createClass(page, { name: '6C', pupils: ['Ola', 'Kari', 'Sara'], yearGroup: '5' });
  await expectNoAxeViolations(page);

  // The focus strength comes first in the picker.
  await page.getByRole('button', { name: 'Velg fokusstyrke' }).click();
  await page.getByRole('checkbox', { name: 'Tålmodighet' }).check();
  await page.getByRole('button', { name: 'Lagre fokuset' }).click();
  await expect(page.locator('.focus-now')).toContainText('Tålmodighet');

  await page.getByRole('button', { name: 'Jeg så en styrke', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Jeg så en styrke' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio').first()).toHaveAccessibleName(/Tålmodighet/);
  await dialog.getByRole('checkbox', { name: 'Ola' }).check();
  await dialog.getByRole('checkbox', { name: 'Kari' }).check();
  await dialog.getByRole('radio', { name: /Tålmodighet/ }).check();
  await dialog.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(dialog.getByText('Skriv gjerne hva du så.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/recognize-dialog.png` });
  await dialog.getByRole('button', { name: 'Dere hjalp …' }).click();
  await dialog.getByLabel('Hva så du?').pressSequentially('Sara med å rydde');
  await dialog.getByRole('button', { name: 'Lagre', exact: true }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Lagret for 2 elever.' })).toBeVisible();
  expect(await recognitionStatuses(page)).toEqual(['approved', 'approved']);

  const recent = page.getByRole('list', { name: 'Styrker vi har sett' });
  await expect(recent.getByRole('listitem')).toHaveCount(1);
  await expect(recent).toContainText('Ola, Kari');
  await expect(recent).toContainText('Dere hjalp Sara med å rydde');
  await recent.getByRole('button', { name: 'Endre anerkjennelsen av Ola, Kari' }).click();
  const edit = page.getByRole('dialog', { name: 'Endre anerkjennelsen' });
  await edit.getByRole('checkbox', { name: 'Kari' }).uncheck();
  await edit.getByLabel('Hva så du?').fill('Ventet rolig på tur i matten');
  await edit.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(recent).toContainText('Ventet rolig på tur i matten');
  expect(await recognitionStatuses(page)).toEqual(['approved']);

  await recent.getByRole('button', { name: 'Slett anerkjennelsen av Ola' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Slett' }).click();
  await expect(page.getByText('Ingen styrker er registrert ennå.', { exact: false })).toBeVisible();
  expect(await recognitionStatuses(page)).toEqual([]);

  // Three taps plus the text: a name on the class screen, a strength, save.
  await page.getByRole('button', { name: 'Jeg så en styrke hos Sara' }).click();
  const quick = page.getByRole('dialog', { name: 'Jeg så en styrke' });
  await expect(quick.getByRole('checkbox', { name: 'Sara' })).toBeChecked();
  await quick.getByRole('radio', { name: /Mot/ }).check();
  await quick.getByLabel('Hva så du?').fill('Sa ifra da noen ble holdt utenfor');
  await quick.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(recent).toContainText('Sa ifra da noen ble holdt utenfor');

  // English: the class screen and the dialog.
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Strengths we have noticed' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'I noticed a strength', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'I noticed a strength' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('leaving pupil mode needs the PIN; the back button does not get past it', async ({ page }) => {
  // Long: a PIN and its recovery code (two PBKDF2 hashes), the demo, two languages, axe several times.
  test.setTimeout(300_000);
  await page.goto('/settings');
  const pinSettings = page.getByRole('region', { name: 'PIN-kode for læreren' });
  await pinSettings.getByRole('button', { name: 'Sett PIN-kode' }).click();
  await pinSettings.getByLabel('Ny PIN-kode (4 til 8 siffer)').fill('2468');
  await pinSettings.getByLabel('Skriv den nye PIN-koden en gang til').fill('2468');
  await pinSettings.getByRole('button', { name: 'Lagre' }).click();
  await expect(pinSettings.getByText('PIN-koden er lagret.')).toBeVisible();
  // The recovery code, shown once.
  const recovery = (await pinSettings
    .getByRole('region', { name: 'Gjenopprettingskoden din' })
    .getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    .textContent())!;
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Legg til en styrke' }).click();
  await page.screenshot({ path: `${SHOTS}/settings-noticing.png`, fullPage: true });
  await expectNoAxeViolations(page);

  await page.goto('/');
  await page.getByRole('button', { name: 'Prøv en demoklasse' }).click();
  await expect(page.getByRole('heading', { name: /Demoklassen 4B/, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Elevmodus' }).click();
  await expect(page.getByRole('heading', { name: 'Hvem er du?' })).toBeVisible();
  await expectNoAxeViolations(page);
  // A full class of 25 on a smartboard and on a tablet.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/pupil-1-who-25-1920.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}/pupil-1-who-25-1024.png` });

  await page.getByRole('button', { name: 'Avslutt elevmodus' }).click();
  const pin = page.getByRole('dialog', { name: 'Lærerens PIN-kode' });
  await pin.getByLabel('PIN-kode').fill('1111');
  await pin.getByRole('button', { name: 'Lås opp' }).click();
  await expect(pin.getByRole('alert')).toHaveText('Feil PIN-kode. Prøv igjen.');
  await expectNoAxeViolations(page);
  await pin.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page).toHaveURL(/\/pupil\?class=/);
  await expect(page.getByRole('heading', { name: 'Hvem er du?' })).toBeVisible();

  // The browser's back button (and a typed address) meets the lock, not the class screen.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Lærersidene er låst' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Elever' })).toHaveCount(0);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Lærersidene er låst' })).toBeVisible();
  await page.getByLabel('PIN-kode').fill('2468');
  await page.getByRole('button', { name: 'Lås opp' }).click();
  await expect(page.getByRole('heading', { name: 'Innstillinger' })).toBeVisible();

  // Pupil mode and the queue in English; the queue shows the demo's waiting words.
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await page.goto('/');
  await page.getByRole('link', { name: /Demo/ }).click();
  await page.getByRole('link', { name: /^To approve/ }).click();
  await expect(page.getByRole('heading', { name: 'To approve', level: 1 })).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: /waiting/ })
      .getByRole('listitem')
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goBack();
  await page.getByRole('link', { name: 'Pupil mode' }).click();
  await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('list', { name: 'Who are you?' }).getByRole('button').first().click();
  await page
    .getByRole('list', { name: 'Who did you notice a strength in?' })
    .getByRole('button')
    .first()
    .click();
  await page.getByRole('button', { name: 'What does Care mean?' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Care', exact: true }).click();
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('alert')).toContainText('Write a few words');
  await expectNoAxeViolations(page);

  // The forgotten-PIN path: the recovery code from the settings; nothing else is lost.
  await page.getByRole('button', { name: 'Leave pupil mode' }).click();
  await expect(page.getByRole('dialog').getByLabel('PIN')).toBeFocused();
  await page.getByRole('button', { name: 'Forgot the PIN?' }).click();
  await page.getByLabel('Recovery code').fill('let me out');
  await page.getByRole('button', { name: 'Remove the PIN' }).click();
  await expect(page.getByText('Wrong recovery code. Try again.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Recovery code').fill(recovery);
  await page.getByRole('button', { name: 'Remove the PIN' }).click();
  await expect(page.getByRole('heading', { name: /Demo class 4B|Demoklassen 4B/, level: 1 })).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByText('No PIN is set.')).toBeVisible();
});
