// Issue 15, step 9 in the real browser: a co-teacher's laptop joins a connected class by a typed code.
// Two browser contexts are two devices. Laptop A connects its class with the connection file and
// shows a code; laptop B types it in lower case with spaces, gets the class with its pupils and the
// recognition, and a wrong code and an expired one (a third device, its clock eleven minutes on) each
// say so and add nothing. A's code runs out on screen (A's clock moved on) and is withdrawn. The
// server then holds no pupil name, class name, recognition text or code.
import { expect, type Page, test } from '@playwright/test';
import { findPlaintext, scanServer } from '../sync-server/scan.mjs';
import { createClass } from './classes';
import { expectNoAxeViolations, SHOTS } from './fixtures';
import { connectWithFile, openSettings, sharing, useSyncApp } from './sync-app';

const sync = useSyncApp('pair');
const _APP = sync.url;
const DEVICE = sync.device;

const CLASS = 'Solsikkene';
const PUPILS = ['Emmaline', 'Olavius'];
const TEXT = 'Bar stolene for Kaspara uten at noen spurte';

/** Types a code into «Koble til med kode» and submits it; returns the form's region. */
async function typeCode(page: Page, code: string) {
  const form = sharing(page).getByRole('region', { name: 'Koble til med kode' });
  await form.getByLabel('Koden fra den andre maskinen').fill(code);
  await form.getByRole('button', { name: 'Koble til' }).click();
  return form;
}

/** The code on A's screen, as shown (`K7Q M2X D9H NC4`). */
async function shownCode(page: Page): Promise<string> {
  const shown = sharing(page).getByRole('region', { name: 'Kode for den andre lærermaskinen' });
  const code = shown.getByText(/^[0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3}$/);
  await expect(code).toBeVisible({ timeout: 60_000 });
  return (await code.textContent())!;
}

/** The classes a device holds, as its settings list them (one region per class, then the join form). */
const classRegions = (page: Page) => sharing(page).getByRole('heading', { level: 3 });

test('a co-teacher’s laptop joins a connected class by a typed code; wrong and expired codes add nothing', async ({
  page,
  context,
  browser,
}) => {
  // Device A, whose clock the test moves on at the end to let its code run out on screen.
  await context.clock.install();
  // Three teacher slots: A, B, and one for the codes made after B has used the first.
  await createClass(page, { name: CLASS, pupils: PUPILS });
  await page.getByRole('button', { name: 'Jeg så en styrke', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Jeg så en styrke' });
  await dialog.getByRole('checkbox', { name: PUPILS[0] }).check();
  await dialog.getByRole('radio').first().check();
  await dialog.getByLabel('Hva så du?').fill(TEXT);
  await dialog.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lagret.' })).toBeVisible();

  const classA = await connectWithFile(page, sync, CLASS, { tablets: 1, screens: 1, teachers: 3 });

  await classA.getByRole('button', { name: 'Legg til en lærermaskin' }).click();
  const code = await shownCode(page);
  const offer = classA.getByRole('region', { name: 'Kode for den andre lærermaskinen' });
  await expect(offer).toContainText('Skriv denne koden på den andre lærerens maskin');
  await expect(offer).toContainText(/Koden virker i 10 minutter, til kl\. \d\d:\d\d/);
  await offer.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/sync-pair-code.png` });
  await expectNoAxeViolations(page, '.sync-card');
  // Readable from a metre: the code's letters are big (at least 32 px).
  const size = await offer.getByText(code).evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(32);

  // Device B: a fresh browser, nothing on it.
  const laptopB = await browser.newContext(DEVICE);
  const pageB = await laptopB.newPage();
  await pageB.goto('/');
  await openSettings(pageB);
  await expect(sharing(pageB)).toContainText('Lag en klasse først');
  const typed = code.toLowerCase().replace(/ /g, '  ').replace(/^(..)/, '$1 ');
  const form = await typeCode(pageB, ` ${typed} `);
  await expect(form.getByRole('status')).toHaveText(
    `Klassen ${CLASS} er på denne maskinen nå. Åpne ${CLASS}`,
    {
      timeout: 60_000,
    },
  );
  await form.getByRole('status').scrollIntoViewIfNeeded();
  await pageB.screenshot({ path: `${SHOTS}/sync-pair-joined.png` });
  await expectNoAxeViolations(pageB, '.sync-card');
  await expect(classRegions(pageB)).toHaveText([CLASS, 'Koble til med kode']);
  // A sees B's hello: the code box gives way to which computer used it.
  await expect(classA.getByText('Lærermaskin 2 er koblet til klassen.')).toBeVisible({ timeout: 30_000 });
  await expect(offer).toHaveCount(0);

  await form.getByRole('link', { name: `Åpne ${CLASS}` }).click();
  await expect(pageB.getByRole('heading', { name: CLASS, level: 1 })).toBeVisible();
  await expect(pageB.getByRole('list', { name: 'Elever' }).getByRole('listitem')).toHaveCount(2);
  await expect(pageB.getByRole('list', { name: 'Elever' })).toContainText(PUPILS[1]!);
  await expect(pageB.getByRole('list', { name: 'Styrker vi har sett' })).toContainText(PUPILS[0]!);
  await expect(pageB.getByText(TEXT)).toBeVisible();

  // A wrong code: said so, nothing added. (A used code is a wrong code too: B deleted its document.)
  await openSettings(pageB);
  for (const wrong of ['K7QM 2XD9 HNC4', code]) {
    const f = await typeCode(pageB, wrong);
    await expect(f.getByRole('alert')).toHaveText(
      'Fant ingen kobling med den koden. Sjekk koden på den andre maskinen. Ingenting er endret.',
      { timeout: 60_000 },
    );
  }
  await expect(classRegions(pageB)).toHaveText([CLASS, 'Koble til med kode']);
  await expectNoAxeViolations(pageB, '.sync-card');

  // A new code, cancelled; then another for the same (third) slot, which a third device whose clock is
  // eleven minutes on finds expired.
  await classA.getByRole('button', { name: 'Legg til en lærermaskin' }).click();
  const cancelled = await shownCode(page);
  await offer.getByRole('button', { name: 'Avbryt' }).click();
  await expect(classA.getByText('Koden er trukket tilbake og virker ikke lenger.')).toBeVisible();
  await classA.getByRole('button', { name: 'Legg til en lærermaskin' }).click();
  const second = await shownCode(page);
  const deviceC = await browser.newContext(DEVICE);
  await deviceC.clock.install();
  const pageC = await deviceC.newPage();
  await pageC.goto('/');
  await openSettings(pageC);
  await pageC.clock.fastForward('11:00');
  const late = await typeCode(pageC, second);
  await expect(late.getByRole('alert')).toHaveText(
    'Koden er utløpt (den virker i 10 minutter). Lag en ny kode på den andre maskinen. Ingenting er endret.',
    { timeout: 60_000 },
  );
  await expect(sharing(pageC)).toContainText('Lag en klasse først');
  await expect(classRegions(pageC)).toHaveText(['Koble til med kode']);

  // On A the code runs out: it says so, offers a new one, and its document leaves the sync.server.
  await page.clock.fastForward('10:01');
  await expect(classA.getByText('Koden er utløpt og virker ikke lenger.')).toBeVisible();
  await expect(classA.getByRole('button', { name: 'Lag en ny kode' })).toBeVisible();
  await expect(classA.getByText(second)).toHaveCount(0);
  await expect(async () => {
    const scan = await scanServer(sync.server.url, sync.server.admin);
    const pairing = scan.databases.find((d) => d.name === 'dk-pairing')!;
    expect(pairing.docs.filter((d) => !d._id.startsWith('_design/'))).toEqual([]);
  }).toPass({ timeout: 30_000 });

  const scan = await scanServer(sync.server.url, sync.server.admin);
  const codes = [code, cancelled, second].flatMap((c) => [
    c,
    c.replace(/ /g, ''),
    c.replace(/ /g, '').toLowerCase(),
  ]);
  expect(findPlaintext(scan, [CLASS, ...PUPILS, TEXT, ...codes])).toEqual([]);
  await laptopB.close();
  await deviceC.close();
});
