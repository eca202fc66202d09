// Issue 15: a pupil tablet joins by code and its pupils' words reach the teacher's queue, never the
// board before the teacher approves. Two browser contexts are two devices: the teacher's laptop
// connects its class with the connection file and shows a tablet code; the tablet types it, gets the
// class's pupils and strengths, and shows pupil mode only (its home is «Dette er et elevbrett»); a
// pupil sends words; the tablet sends them; the teacher presses «Synkroniser nå» and finds them in
// «Til godkjenning»; the board shows them only once approved. The server holds no name or words.
import { expect, test } from '@playwright/test';
import { findPlaintext, scanServer } from '../sync-server/scan.mjs';
import { createClass } from './classes';
import { SHOTS } from './fixtures';
import { connectWithFile, openSettings, sharing, useSyncApp } from './sync-app';

const sync = useSyncApp('tablet');
const _APP = sync.url;
const DEVICE = sync.device;

const CLASS = 'Solsikkene';
const PUPILS = ['Kari', 'Ola'];
const WORDS = 'Hjalp meg med knuten på skoen';

test('a pupil tablet joins by code; a pupil’s words reach the teacher’s queue and the board only once approved', async ({
  page,
  browser,
}) => {
  const classId = await createClass(page, { name: CLASS, pupils: PUPILS });

  const classA = await connectWithFile(page, sync, CLASS, { tablets: 1, screens: 0, teachers: 2 });

  await classA.getByRole('button', { name: 'Legg til et elevbrett' }).click();
  const offer = classA.getByRole('region', { name: 'Kode for elevbrettet' });
  const shown = offer.getByText(/^[0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3}$/);
  await expect(shown).toBeVisible({ timeout: 60_000 });
  const code = (await shown.textContent())!;

  // The tablet: a fresh browser.
  const tabletCtx = await browser.newContext({ ...DEVICE, viewport: { width: 1024, height: 768 } });
  const tablet = await tabletCtx.newPage();
  await tablet.goto('/');
  await openSettings(tablet);
  const form = sharing(tablet).getByRole('region', { name: 'Koble til med kode' });
  await form.getByLabel('Koden fra den andre maskinen').fill(code);
  await form.getByRole('button', { name: 'Koble til' }).click();
  // Joined as a tablet, it goes straight to pupil mode.
  await expect(tablet).toHaveURL(`/pupil?class=${classId}`, { timeout: 60_000 });
  await expect(tablet.getByRole('list', { name: 'Hvem er du?' })).toBeVisible();
  await tablet.screenshot({ path: `${SHOTS}/sync-tablet-pupil-mode.png` });
  // Leaving pupil mode (no PIN on a tablet) finds the tablet page, not the class's teacher screen.
  await tablet.getByRole('button', { name: 'Avslutt elevmodus' }).click();
  await expect(tablet.getByRole('heading', { name: 'Dette er et elevbrett', level: 1 })).toBeVisible();

  // Its home is the plain tablet page: no teacher screen, no PIN form.
  await tablet.goto('/');
  await expect(tablet.getByRole('heading', { name: 'Dette er et elevbrett', level: 1 })).toBeVisible();
  await expect(tablet.getByText(`Dette er et elevbrett for ${CLASS}.`, { exact: false })).toBeVisible();
  await expect(tablet.getByRole('link', { name: 'Innstillinger' })).toHaveCount(0);
  await tablet.screenshot({ path: `${SHOTS}/sync-tablet-home.png` });
  await tablet.goto(`/class/${classId}/queue`);
  await expect(tablet.getByRole('heading', { name: 'Dette er et elevbrett', level: 1 })).toBeVisible();

  // A pupil: Ola noticed Kari.
  await tablet.getByRole('link', { name: 'Til elevmodus' }).click();
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

  // The teacher: the board first (it must not show the words), then «Synkroniser nå».
  const board = await page.context().newPage();
  await board.goto(`/board?class=${classId}`);
  await expect(
    board.getByRole('heading', { name: 'Her kommer styrkene vi ser hos hverandre' }),
  ).toBeVisible();
  // The class screen in its own tab, so the round «Synkroniser nå» starts is not cut short by a
  // navigation; the waiting count there follows the database as the round brings the words in.
  const classTab = await page.context().newPage();
  await classTab.goto(`/class/${classId}`);
  await classA.getByRole('button', { name: 'Synkroniser nå' }).click();
  await classTab.getByRole('link', { name: 'Til godkjenning, 1 venter' }).click({ timeout: 60_000 });
  const item = classTab.getByRole('listitem', { name: 'Ola så hjelpsomhet hos Kari' });
  await expect(item).toContainText(WORDS);
  await expect(board.getByText(WORDS)).toHaveCount(0);
  await item.getByRole('button', { name: 'Godkjenn' }).click();
  await expect(classTab.getByRole('status')).toContainText('Godkjent.');
  await expect(board.getByText(WORDS)).toBeVisible();

  const scan = await scanServer(sync.server.url, sync.server.admin);
  expect(findPlaintext(scan, [CLASS, ...PUPILS, WORDS])).toEqual([]);
  await tabletCtx.close();
});
