// A classroom screen (docs/sync.md §5): it joins by a typed code, goes to the board and gets newly
// approved words by itself (the loop's live feed on `shown`), never a waiting one; its pupils' words
// reach the teacher's queue through its inbox; every teacher route shows the plain screen page; the
// server holds no name or words.
import { expect, test } from '@playwright/test';
import { findPlaintext, scanServer } from '../sync-server/scan.mjs';
import { createClass } from './classes';
import { SHOTS } from './fixtures';
import { connectWithFile, openSettings, sharing, useSyncApp } from './sync-app';

const sync = useSyncApp('screen');
const _APP = sync.url;
const DEVICE = sync.device;

const CLASS = 'Solsikkene';
const PUPILS = ['Kari', 'Ola', 'Nora'];
const APPROVED = 'Hjalp meg med knuten på skoen';
const WAITING = 'Delte matpakken med meg';
const SCREEN_PAGE = 'Dette er en klasseskjerm';

test('a classroom screen joins by code, shows the board, gets newly approved words by itself and never a waiting one; its teacher routes show the screen page', async ({
  page,
  browser,
}) => {
  const classId = await createClass(page, { name: CLASS, pupils: PUPILS });

  const classA = await connectWithFile(page, sync, CLASS, { tablets: 0, screens: 1, teachers: 2 });

  await classA.getByRole('button', { name: 'Legg til en klasseskjerm' }).click();
  const offer = classA.getByRole('region', { name: 'Kode for klasseskjermen' });
  const shown = offer.getByText(/^[0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3}$/);
  await expect(shown).toBeVisible({ timeout: 60_000 });
  const code = (await shown.textContent())!;

  // The classroom screen: a fresh browser, a big display.
  const screenCtx = await browser.newContext({ ...DEVICE, viewport: { width: 1280, height: 800 } });
  const board = await screenCtx.newPage();
  await board.goto('/');
  await openSettings(board);
  const form = sharing(board).getByRole('region', { name: 'Koble til med kode' });
  await form.getByLabel('Koden fra den andre maskinen').fill(code);
  await form.getByRole('button', { name: 'Koble til' }).click();
  // Joined as a screen, it goes straight to the board.
  await expect(board).toHaveURL(`/board?class=${classId}`, { timeout: 60_000 });
  await expect(
    board.getByRole('heading', { name: 'Her kommer styrkene vi ser hos hverandre' }),
  ).toBeVisible();

  // Every teacher route of the screen shows the plain screen page: no PIN form, no settings, no queue.
  const other = await screenCtx.newPage();
  for (const route of ['/', '/settings', `/class/${classId}`, `/class/${classId}/queue`]) {
    await other.goto(route);
    await expect(other.getByRole('heading', { name: SCREEN_PAGE, level: 1 })).toBeVisible();
    await expect(other.getByRole('link', { name: 'Innstillinger' })).toHaveCount(0);
    await expect(other.getByLabel('PIN-kode')).toHaveCount(0);
  }
  await expect(other.getByText(`Dette er klasseskjermen for ${CLASS}.`, { exact: false })).toBeVisible();
  await other.screenshot({ path: `${SHOTS}/sync-screen-page.png` });

  // Two pupils write in pupil mode on the screen: Ola about Kari, Nora about Ola.
  await other.getByRole('link', { name: 'Til elevmodus' }).click();
  const write = async (by: string, about: string, words: string) => {
    await other.getByRole('list', { name: 'Hvem er du?' }).getByRole('button', { name: by }).click();
    await other
      .getByRole('list', { name: 'Hvem så du en styrke hos?' })
      .getByRole('button', { name: about })
      .click();
    await other.getByRole('button', { name: 'Hjelpsomhet', exact: true }).click();
    await other.getByLabel('Skriv hva du så').fill(words);
    await other.getByRole('button', { name: 'Send' }).click();
    await expect(other.getByRole('heading', { name: 'Takk!' })).toBeVisible();
  };
  await write('Ola', 'Kari', APPROVED);
  await other.getByRole('button', { name: 'Ferdig' }).click();
  await write('Nora', 'Ola', WAITING);
  // Their words wait for the teacher: not on the screen's board.
  await expect(board.getByText(APPROVED)).toHaveCount(0);
  // The screen page's «Oppdater nå» sends them now (the loop would, a moment later).
  await other.goto('/');
  await other.getByRole('button', { name: 'Oppdater nå' }).click();
  await expect(other.getByRole('status')).toHaveText('Oppdatert.', { timeout: 60_000 });

  // The board is what the classroom sees: in front from here on.
  await board.bringToFront();

  // The teacher takes them in with «Synkroniser nå» and approves one; the other keeps waiting.
  const classTab = await page.context().newPage();
  await classTab.goto(`/class/${classId}`);
  await classA.getByRole('button', { name: 'Synkroniser nå' }).click();
  await classTab.getByRole('link', { name: 'Til godkjenning, 2 venter' }).click({ timeout: 60_000 });
  await expect(classTab.getByRole('listitem', { name: 'Nora så hjelpsomhet hos Ola' })).toContainText(
    WAITING,
  );
  const item = classTab.getByRole('listitem', { name: 'Ola så hjelpsomhet hos Kari' });
  await expect(item).toContainText(APPROVED);
  await item.getByRole('button', { name: 'Godkjenn' }).click();
  await expect(classTab.getByRole('status')).toContainText('Godkjent.');

  // The screen's board shows it by itself, no button pressed on the screen: its background loop
  // (woken by the feed on shown, tests/unit/sync-screen.test.ts, or by its own writes) pulls it.
  await expect(board.getByText(APPROVED)).toBeVisible({ timeout: 60_000 });
  await expect(board.getByText(WAITING)).toHaveCount(0);
  // The card's fade-in done, so the picture shows it.
  await board.waitForFunction(() => document.getAnimations().every((x) => x.playState !== 'running'));
  await board.screenshot({ path: `${SHOTS}/sync-screen-board.png` });
  // Another round each way: the waiting words still never reach the screen.
  await classA.getByRole('button', { name: 'Synkroniser nå' }).click();
  await expect(classA.getByText(/Synkronisert kl\. \d\d:\d\d/)).toBeVisible({ timeout: 60_000 });
  await other.getByRole('button', { name: 'Oppdater nå' }).click();
  await expect(other.getByRole('status')).toHaveText('Oppdatert.', { timeout: 60_000 });
  await expect(board.getByText(WAITING)).toHaveCount(0);
  await expect(board.getByText(APPROVED)).toBeVisible();

  const scan = await scanServer(sync.server.url, sync.server.admin);
  expect(findPlaintext(scan, [CLASS, ...PUPILS, APPROVED, WAITING])).toEqual([]);
  await screenCtx.close();
});
