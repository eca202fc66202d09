// The companion extension beside sync (issue 15 point 6, docs/sync.md §9.3): on the classroom PC,
// a teacher device that joined the class by code, the extension shows the class's board; a strength
// the teacher notes on the laptop reaches the PC by the background loop and, through the app's board
// publisher, the extension's board page, with nothing pressed on the PC. No request leaves the app,
// the extension and the school's server.
import { expect, type Page, test } from '@playwright/test';
import { createClass } from './classes';
import { extensionFor, launchWithExtension } from './extension-helpers';
import { SHOTS } from './fixtures';
import { connectWithFile, openClassNamed, openSettings, sharing, useSyncApp } from './sync-app';

const sync = useSyncApp('extension');

const CLASS = 'Solsikkene';
const TEXT = 'Hjalp Ola med å finne igjen lua si';
const CODE = /^[0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3}$/;

const openClass = (page: Page) => openClassNamed(page, CLASS);

test('the classroom PC, paired by code, shows the class in the extension; the laptop’s new strength reaches its board by itself', async ({
  page,
}) => {
  const dir = extensionFor(sync.url);
  await createClass(page, { name: CLASS, pupils: ['Kari', 'Ola'] });
  const cls = await connectWithFile(page, sync, CLASS, { tablets: 0, screens: 0, teachers: 2 });
  await cls.getByRole('button', { name: 'Legg til en lærermaskin' }).click();
  const shown = cls.getByRole('region', { name: 'Kode for den andre lærermaskinen' }).getByText(CODE);
  await expect(shown).toBeVisible({ timeout: 60_000 });
  const code = (await shown.textContent())!;

  const { ctx, origin, foreign } = await launchWithExtension(dir, [
    sync.url,
    new URL(sync.server.url).origin,
  ]);
  try {
    const pc = await ctx.newPage();
    await pc.goto(`${sync.url}/`);
    await openSettings(pc);
    const form = sharing(pc).getByRole('region', { name: 'Koble til med kode' });
    await form.getByLabel('Koden fra den andre maskinen').fill(code);
    await form.getByRole('button', { name: 'Koble til' }).click();
    await expect(form.getByRole('status')).toContainText(`Klassen ${CLASS} er på denne maskinen nå.`, {
      timeout: 60_000,
    });

    // The teacher chooses the class for the extension on the PC, as without sync.
    await openClass(pc);
    const card = pc.getByRole('region', { name: 'Styrketavla i nettleserutvidelsen' });
    await card.getByLabel('Vis denne klassen i utvidelsen').check();
    await expect(card.getByText(/^Utvidelsen har tavla/)).toBeVisible({ timeout: 30_000 });
    const board = await ctx.newPage();
    await board.goto(`${origin}/board.html`);
    await board.emulateMedia({ reducedMotion: 'reduce' });
    await expect(board.getByText('Her kommer styrkene vi ser hos hverandre')).toBeVisible();
    await expect(board.getByText(TEXT)).toHaveCount(0);

    // On the laptop the teacher notes a strength; nobody touches the PC.
    await openClass(page);
    await page.getByRole('button', { name: 'Jeg så en styrke', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Jeg så en styrke' });
    await dialog.getByRole('checkbox', { name: 'Kari' }).check();
    await dialog.getByRole('radio').first().check();
    await dialog.getByLabel('Hva så du?').fill(TEXT);
    await dialog.getByRole('button', { name: 'Lagre', exact: true }).click();
    await expect(dialog).toBeHidden();

    // The PC's loop takes it in; its board publisher hands it to the extension; the board shows it.
    await expect(board.getByText(TEXT)).toBeVisible({ timeout: 90_000 });
    await expect(board.getByText('Kari', { exact: true })).toBeVisible();
    await board.setViewportSize({ width: 1280, height: 720 });
    await board.screenshot({ path: `${SHOTS}/sync-extension-board.png` });
    await board.screenshot({ path: '/work/wt/shots/sync-extension-board.png' });
    expect(foreign, 'requests to other origins').toEqual([]);
  } finally {
    await ctx.close();
  }
});
