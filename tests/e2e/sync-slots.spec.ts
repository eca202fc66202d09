// A pupil tablet in «Maskiner i klassen» (docs/sync.md §6.2, §7): it says hello on joining, the
// teacher's code box and device list see it; removing it takes its sent words first, and the tablet's
// next «Send elevenes ord nå» is refused in plain words. A co-teacher's laptop, paired by code, learns
// the class's slots and offers a tablet code itself.
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { findPlaintext, scanServer } from '../sync-server/scan.mjs';
import { createClass } from './classes';
import { expectNoAxeViolations, SHOTS } from './fixtures';
import { connectWithFile, openSettings, sharing, useSyncApp } from './sync-app';

const sync = useSyncApp('slots');
const DEVICE = sync.device;

const CLASS = 'Solsikkene';
const PUPILS = ['Kari', 'Ola'];
const WORDS = 'Delte matpakka si med meg';
const CODE = /^[0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3}$/;

const deviceList = (page: Page) => sharing(page).getByRole('region', { name: 'Maskiner i klassen' });

/** The teacher's laptop: the class made, connected with a new class file, synced once. */
async function connectedLaptop(page: Page, teachers = 2, tablets = 1) {
  const classId = await createClass(page, { name: CLASS, pupils: PUPILS });
  const cls = await connectWithFile(page, sync, CLASS, { tablets, screens: 0, teachers });
  return { classId, cls };
}

/** Shows a code in `region` with `button` and reads it. */
async function showCode(cls: Locator, button: string, region: string) {
  await cls.getByRole('button', { name: button }).click();
  const code = cls.getByRole('region', { name: region }).getByText(CODE);
  await expect(code).toBeVisible({ timeout: 60_000 });
  return (await code.textContent())!;
}

/** A fresh browser joining with a code; a tablet lands in pupil mode, a laptop on its settings. */
async function joinWith(browser: Browser, code: string, viewport = { width: 1024, height: 768 }) {
  const ctx = await browser.newContext({ ...DEVICE, viewport });
  const page = await ctx.newPage();
  await page.goto('/');
  await openSettings(page);
  const form = sharing(page).getByRole('region', { name: 'Koble til med kode' });
  await form.getByLabel('Koden fra den andre maskinen').fill(code);
  await form.getByRole('button', { name: 'Koble til' }).click();
  return { ctx, page, form };
}

test('a tablet joins and shows in the list; removed after its words are fetched, it is refused in plain words and joins again with a new code', async ({
  page,
  browser,
}) => {
  const { classId, cls } = await connectedLaptop(page, 2, 2);
  const code = await showCode(cls, 'Legg til et elevbrett', 'Kode for elevbrettet');
  const { ctx, page: tablet } = await joinWith(browser, code);
  await expect(tablet).toHaveURL(`/pupil?class=${classId}`, { timeout: 60_000 });

  // The code box sees the tablet's hello, and the list has it.
  await expect(cls.getByText('Elevbrett 1 er koblet til klassen.')).toBeVisible({ timeout: 30_000 });
  const rows = deviceList(page).getByRole('listitem');
  await expect(rows).toHaveCount(2, { timeout: 30_000 });
  await expect(rows.nth(1)).toContainText('Elevbrett 1');
  await expect(rows.nth(1)).toContainText(
    /elevbrett · Chrom\w*, Linux · koblet til \d+\. \w+\. · sist sett i dag kl\. \d\d:\d\d/,
  );

  const ready = page.getByRole('button', { name: 'OK', exact: true });
  if (await ready.isVisible()) await ready.click();
  await deviceList(page).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: `${SHOTS}/sync-slots-list.png` });
  await page.screenshot({ path: '/work/wt/shots/slots-list.png' });
  await expectNoAxeViolations(page, '.sync-card');

  // A pupil writes on the tablet and it is sent, but the teacher has not synced yet.
  await tablet.getByRole('list', { name: 'Hvem er du?' }).getByRole('button', { name: 'Ola' }).click();
  await tablet
    .getByRole('list', { name: 'Hvem så du en styrke hos?' })
    .getByRole('button', { name: 'Kari' })
    .click();
  await tablet.getByRole('button', { name: 'Hjelpsomhet', exact: true }).click();
  await tablet.getByLabel('Skriv hva du så').fill(WORDS);
  await tablet.getByRole('button', { name: 'Send' }).click();
  await expect(tablet.getByRole('heading', { name: 'Takk!' })).toBeVisible();
  await tablet.goto('/');
  await tablet.getByRole('button', { name: 'Send elevenes ord nå' }).click();
  await expect(tablet.getByRole('status')).toHaveText('Sendt til læreren.', { timeout: 60_000 });

  await rows.nth(1).getByRole('button', { name: 'Fjern Elevbrett 1' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('hentes til denne maskinen først, så ingen ord går tapt');
  await page.screenshot({ path: '/work/wt/shots/slots-confirm.png' });
  await dialog.getByRole('button', { name: 'Fjern Elevbrett 1' }).click();
  // The tablet made its own password on joining: only it knew it, so its place is not used again.
  await expect(
    deviceList(page).getByText(
      'Elevbrett 1 er fjernet fra klassen. Bare den maskinen kjente passordet til plassen, så plassen brukes ikke igjen før IT-avdelingen fornyer den.',
    ),
  ).toBeVisible({ timeout: 60_000 });
  await expect(rows).toHaveCount(1);

  // The tablet is refused in plain words.
  await tablet.getByRole('button', { name: 'Send elevenes ord nå' }).click();
  // (Its page may know already: the background loop was refused too, and the new-code form is there.)
  await expect(
    tablet.getByRole('status').filter({ hasText: 'Serveren slipper ikke denne maskinen inn lenger.' }),
  ).toHaveText('Serveren slipper ikke denne maskinen inn lenger. Den kan være tatt ut av klassen.', {
    timeout: 60_000,
  });

  // No pupil's words were lost: they wait in the teacher's queue.
  await page.goto(`/class/${classId}`);
  await page.getByRole('link', { name: 'Til godkjenning, 1 venter' }).click({ timeout: 30_000 });
  await expect(page.getByRole('listitem', { name: 'Ola så hjelpsomhet hos Kari' })).toContainText(WORDS);

  // The teacher gives it a new code; the tablet's own page takes it and it is a tablet again.
  const rejoin = tablet.getByRole('region', { name: 'Koble til igjen med en ny kode' });
  await expect(rejoin).toContainText(
    'kan læreren gi den en ny kode under Innstillinger → Deling mellom maskiner',
  );
  await openSettings(page);
  const again = await showCode(
    sharing(page).getByRole('region', { name: CLASS }),
    'Legg til et elevbrett',
    'Kode for elevbrettet',
  );
  await rejoin.getByLabel('Koden fra den andre maskinen').fill(again);
  await tablet.screenshot({ path: '/work/wt/shots/slots-rejoin.png' });
  await rejoin.getByRole('button', { name: 'Koble til' }).click();
  await expect(tablet).toHaveURL(`/pupil?class=${classId}`, { timeout: 60_000 });
  await expect(tablet.getByRole('list', { name: 'Hvem er du?' })).toBeVisible();
  await expect(sharing(page).getByText('Elevbrett 2 er koblet til klassen.')).toBeVisible({
    timeout: 30_000,
  });
  await tablet.goto('/');
  await tablet.getByRole('button', { name: 'Send elevenes ord nå' }).click();
  await expect(tablet.getByRole('status')).toHaveText('Sendt til læreren.', { timeout: 60_000 });

  const scan = await scanServer(sync.server.url, sync.server.admin);
  expect(findPlaintext(scan, [CLASS, ...PUPILS, WORDS, 'Elevbrett', 'Chromium', code, again])).toEqual([]);
  await ctx.close();
});

test('a co-teacher’s laptop paired by code offers a tablet code itself', async ({ page, browser }) => {
  const { cls } = await connectedLaptop(page);
  const code = await showCode(cls, 'Legg til en lærermaskin', 'Kode for den andre lærermaskinen');
  const { ctx: ctxB, page: pageB, form } = await joinWith(browser, code, { width: 1280, height: 900 });
  await expect(form.getByRole('status')).toContainText(`Klassen ${CLASS} er på denne maskinen nå.`, {
    timeout: 60_000,
  });
  // B learns the class's slots (its device list reads them), and its tablet button appears.
  const clsB = sharing(pageB).getByRole('region', { name: CLASS });
  const tabletCode = await showCode(clsB, 'Legg til et elevbrett', 'Kode for elevbrettet');
  const { ctx, page: tablet } = await joinWith(browser, tabletCode);
  await expect(tablet.getByRole('list', { name: 'Hvem er du?' })).toBeVisible({ timeout: 60_000 });
  await expect(clsB.getByText('Elevbrett 1 er koblet til klassen.')).toBeVisible({ timeout: 30_000 });
  await expect(deviceList(pageB).getByRole('listitem')).toHaveCount(3, { timeout: 30_000 });
  await pageB.screenshot({ path: '/work/wt/shots/slots-coteacher.png', fullPage: true });
  await ctx.close();
  await ctxB.close();
});
