// The companion extension, loaded unpacked into Chromium: the app hands it the chosen class's board
// (approved strengths only), its board page shows it offline with the app closed, board files import
// in the popup, and the strength strip sits on a page, stays on screen and hides with one tap.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { APP, extensionForTests, launchWithExtension, stripText } from './extension-helpers';
import { expect, expectNoAxeViolations, SHOTS, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

let dir = '';
test.beforeAll(() => {
  dir = extensionForTests();
  mkdirSync(SHOTS, { recursive: true });
});

const WAITING = 'ventet tålmodig på tur ved vasken og slapp Kari foran';

/** Writes straight to the app's IndexedDB (the moderation queue lives on another branch). */
async function recognize(app: Page, status: 'waiting' | 'approved') {
  await app.evaluate(
    ({ status, text }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('drommeklassen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['classes', 'pupils', 'strengths', 'recognitions'], 'readwrite');
          const all = (name: string) =>
            new Promise<Record<string, unknown>[]>((res) => {
              const r = tx.objectStore(name).getAll();
              r.onsuccess = () => res(r.result);
            });
          void Promise.all([all('classes'), all('pupils'), all('strengths'), all('recognitions')]).then(
            ([classes, pupils, strengths, recognitions]) => {
              const cls = classes.find((c) => c.name === '5A')!;
              const ola = pupils.find((p) => p.classId === cls.id && p.name === 'Ola')!;
              const patience = strengths.find((s) => s.key === 'patience')!;
              const existing = recognitions.find((r) => r.text === text);
              const now = Date.now();
              tx.objectStore('recognitions').put({
                ...(existing ?? {
                  id: crypto.randomUUID(),
                  classId: cls.id,
                  pupilId: ola.id,
                  strengthId: patience.id,
                  text,
                  noticedBy: { kind: 'teacher' },
                  source: 'pupil',
                  createdAt: now,
                }),
                status,
                updatedAt: now,
                ...(status === 'approved' ? { decidedAt: now } : {}),
              });
              tx.oncomplete = () => resolve();
            },
          );
        };
      }),
    { status, text: WAITING },
  );
}

test('the app publishes approved strengths only; the extension board shows them, offline and with the app closed', async () => {
  const { ctx, origin, foreign } = await launchWithExtension(dir);
  try {
    const app = await ctx.newPage();
    await app.goto(`${APP}/`);
    await app.getByLabel('Navn på klassen').fill('5A');
    await app.getByRole('button', { name: 'Lag klassen' }).click();
    await app.getByLabel('Lim inn navn, ett per linje').fill('Ola\nKari');
    await app.getByRole('button', { name: 'Legg til' }).click();
    const card = app.getByRole('region', { name: 'Styrketavla i nettleserutvidelsen' });
    await card.getByLabel('Vis denne klassen i utvidelsen').check();
    await expect(card.getByText(/^Utvidelsen har tavla/)).toBeVisible({ timeout: 20_000 });
    await expectNoAxeViolations(app, '.extension-card');

    // A pupil's words, waiting for the teacher: they must not reach the extension.
    await recognize(app, 'waiting');
    await app.reload();
    await expect(card.getByText(/^Utvidelsen har tavla/)).toBeVisible({ timeout: 20_000 });

    // The popup shows the class; its first button opens the board in a full-screen window.
    const popup = await ctx.newPage();
    await popup.goto(`${origin}/popup.html?tab=0`);
    await expect(popup.getByRole('definition').first()).toHaveText('5A');
    const opened = ctx.waitForEvent('page');
    await popup.getByRole('button', { name: 'Vis tavla på hele skjermen' }).click();
    const board = await opened;
    await board.waitForLoadState();
    // Steady screenshots: the board's card animation is off under reduced motion.
    await board.emulateMedia({ reducedMotion: 'reduce' });
    expect(board.url()).toBe(`${origin}/board.html`);
    await expect(board.getByText('Her kommer styrkene vi ser hos hverandre')).toBeVisible();
    await expect(board.getByText(WAITING)).toHaveCount(0);

    // The teacher approves it: the board page updates by itself.
    await recognize(app, 'approved');
    await app.reload();
    await expect(card.getByText(/^Utvidelsen har tavla/)).toBeVisible({ timeout: 20_000 });
    await expect(board.getByText(WAITING)).toBeVisible();
    await expect(board.getByText('Ola', { exact: true })).toBeVisible();
    await board.setViewportSize({ width: 1280, height: 720 });
    await board.screenshot({ path: `${SHOTS}/extension-board.png` });
    await expectNoAxeViolations(board);

    // The board file holds the same snapshot: approved only, no status anywhere.
    const download = app.waitForEvent('download');
    await card.getByRole('button', { name: 'Eksporter tavlefil' }).click();
    const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'drommeklassen-board', version: 1, className: '5A' });
    expect(file.recognitions.map((r: { text: string }) => r.text)).toEqual([WAITING]);
    expect(JSON.stringify(file)).not.toContain('"status"');

    // The app closed, the network off: the extension's board still shows the last snapshot.
    await app.close();
    await ctx.setOffline(true);
    await board.reload();
    await expect(board.getByText(WAITING)).toBeVisible();
    const again = await ctx.newPage();
    await again.goto(`${origin}/board.html`);
    await expect(again.getByText(WAITING)).toBeVisible();
    await ctx.setOffline(false);
    expect(foreign, 'requests to other origins').toEqual([]);
  } finally {
    await ctx.close();
  }
});

const BOARD_FILE = {
  format: 'drommeklassen-board',
  version: 1,
  appVersion: '0.1.0',
  lang: 'nb',
  classId: 'class-3c',
  className: '3C',
  createdAt: Date.parse('2026-11-23T09:00:00Z'),
  strengths: [
    {
      id: 's-care',
      name: 'Omsorg',
      definition: 'Å vise at vi bryr oss om andre, med det vi sier eller gjør.',
      symbol: '💛',
      color: '#d9486f',
    },
  ],
  recognitions: [
    {
      id: 'r-1',
      pupilId: 'p-1',
      pupilName: 'Mina',
      strengthId: 's-care',
      text: 'trøstet Jonas da han falt i skolegården',
      noticedBy: 'læreren',
      at: Date.parse('2026-11-23T08:00:00Z'),
      updatedAt: Date.parse('2026-11-23T08:00:00Z'),
    },
  ],
  focus: null,
  dream: { dreams: [], principles: [] },
  settings: {
    intervalSeconds: 12,
    showNoticedBy: true,
    cards: { dream: true, focus: true, wholeClass: true },
    theme: 'auto',
  },
};

const PLAIN_PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Dagens plan</title>
<style>
  body { font: 20px/1.5 Georgia, serif; margin: 2rem 3rem; background: #f3f6fb; color: #1b2430; }
  /* Hostile styles: the strip must not be affected by the page. */
  drommeklassen-strip, button, div { display: none !important; font-size: 4px !important; color: red !important; }
</style></head><body><h1>Dagens plan</h1>
<ol><li>Morgensamling</li><li>Matte: brøk med pizza</li><li>Friminutt</li><li>Lesestund</li><li>Fredagens SMART-time</li></ol>
${'<p>Husk gymtøy på torsdag. Vi øver på å gi hverandre ros for det vi faktisk ser.</p>'.repeat(6)}
</body></html>`;

test('a board file imports in the popup; the strength strip shows on a page, stays on screen and hides with one tap', async () => {
  const { ctx, origin, worker, foreign } = await launchWithExtension(dir);
  try {
    // A plain page (not the app, no service worker) on an origin the extension may script.
    const url = `${APP}/e2e/plain-page`;
    await ctx.route(url, (r) => r.fulfill({ contentType: 'text/html', body: PLAIN_PAGE }));
    const page = await ctx.newPage();
    // Reduced motion: the strip then changes cards without a fade (and screenshots are steady).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url);
    const tabId = await worker.evaluate(async (u) => {
      const c = (
        globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } };
        }
      ).chrome;
      return (await c.tabs.query({})).find((t) => t.url === u)?.id;
    }, url);
    expect(tabId).toBeGreaterThan(0);

    const popup = await ctx.newPage();
    await popup.setViewportSize({ width: 392, height: 440 });
    await popup.goto(`${origin}/popup.html?tab=${tabId}`);
    await expect(popup.getByText('Ingen tavle ennå.', { exact: false })).toBeVisible();
    const strip = popup.getByRole('button', { name: 'Vis eller skjul styrkestripa på denne fanen' });
    await expect(strip).toBeDisabled();

    // A tampered file (a waiting recognition smuggled in) is refused and changes nothing.
    const input = popup.getByLabel('Importer tavlefil');
    const tampered = structuredClone(BOARD_FILE) as unknown as { recognitions: Record<string, unknown>[] };
    tampered.recognitions.push({ ...tampered.recognitions[0], id: 'r-2', status: 'waiting' });
    await input.setInputFiles({
      name: 'styrketavle.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(tampered)),
    });
    await expect(popup.getByRole('status')).toHaveText(
      'Tavlefila inneholder styrker som ikke er godkjent, og ble avvist.',
    );
    await expect(strip).toBeDisabled();

    await input.setInputFiles({
      name: 'styrketavle.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(BOARD_FILE)),
    });
    await expect(popup.getByRole('status')).toHaveText('Tavla for 3C er importert.');
    await expect(popup.getByRole('definition').first()).toHaveText('3C');
    await expect(popup.getByText('fra tavlefil')).toBeVisible();
    await expect(popup.getByText('Hurtigtast for styrkestripa: Alt+Shift+S')).toBeVisible();
    await popup.screenshot({ path: `${SHOTS}/extension-popup.png` });
    await expectNoAxeViolations(popup);

    await strip.click();
    const host = page.locator('drommeklassen-strip');
    await expect(host).toBeAttached();
    await expect.poll(() => stripText(page)).toContain('Mina · Omsorg');
    expect(await stripText(page)).toContain('trøstet Jonas da han falt i skolegården');
    const box = (await host.boundingBox())!;
    // A strip at the bottom, never more than a fifth of the window.
    expect(box.height).toBeLessThanOrEqual(720 * 0.2);
    expect(box.width).toBe(1280);
    expect(Math.round(box.y + box.height)).toBe(720);
    await page.screenshot({ path: `${SHOTS}/extension-strip.png` });

    // Dragged far up, then far down, by its handle: it stays on the screen.
    const drag = async (dy: number) => {
      const b = (await host.boundingBox())!;
      await page.mouse.move(b.x + 30, b.y + b.height / 2);
      await page.mouse.down();
      await page.mouse.move(b.x + 30, b.y + b.height / 2 + dy, { steps: 4 });
      await page.mouse.up();
      return (await host.boundingBox())!;
    };
    expect((await drag(-5000)).y).toBe(0);
    const low = await drag(5000);
    expect(Math.round(low.y + low.height)).toBe(720);

    // One tap on its close button hides it.
    await page.mouse.click(low.x + low.width - 44, low.y + low.height / 2);
    await expect(host).toHaveCount(0);

    // The popup's button toggles it: on, and off again (here in a dark colour scheme).
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: `${SHOTS}/extension-popup-dark.png` });
    await strip.click();
    await expect(host).toBeAttached();
    await expect.poll(() => stripText(page)).toContain('Mina · Omsorg');
    await page.screenshot({ path: `${SHOTS}/extension-strip-dark.png` });
    await strip.click();
    await expect(host).toHaveCount(0);

    // The board page can import too (Firefox's popup closes when a file dialog opens).
    const board = await ctx.newPage();
    await board.goto(`${origin}/board.html?import`);
    const other = { ...BOARD_FILE, classId: 'class-3d', className: '3D' };
    await board.getByLabel('Importer tavlefil').setInputFiles({
      name: 'styrketavle-3d.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(other)),
    });
    await expect(board.getByLabel('Importer tavlefil')).toHaveCount(0);
    await expect(board.getByRole('heading', { name: 'Styrketavla for 3D' })).toBeAttached();
    await expect(board.getByText('trøstet Jonas da han falt i skolegården')).toBeVisible();

    // The content script runs on the app's own origins only: elsewhere nobody answers the app's hello.
    // Not one of the app origins the extension is built for (127.0.0.1 and localhost on the app port).
    const elsewhere = `http://127.0.0.2:${new URL(APP).port}/not-the-app`;
    await ctx.route(elsewhere, (r) => r.fulfill({ contentType: 'text/html', body: PLAIN_PAGE }));
    const hello = async (p: Page) =>
      p.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            window.addEventListener('message', (e) => {
              if (e.data?.channel === 'drommeklassen-board' && e.data.type === 'extension-hello')
                resolve(true);
            });
            window.postMessage({ channel: 'drommeklassen-board', type: 'app-hello' }, location.origin);
            setTimeout(() => resolve(false), 1500);
          }),
      );
    expect(await hello(page)).toBe(true);
    const stranger = await ctx.newPage();
    await stranger.goto(elsewhere);
    expect(await hello(stranger)).toBe(false);
    // Same host, another port: the match patterns have no port (Firefox ignores patterns with one), so
    // the content script is injected here too, and stays silent: the origin is not exactly the app's.
    const otherPort = `http://127.0.0.1:${Number(new URL(APP).port) + 1}/not-the-app`;
    await ctx.route(otherPort, (r) => r.fulfill({ contentType: 'text/html', body: PLAIN_PAGE }));
    const neighbour = await ctx.newPage();
    await neighbour.goto(otherPort);
    expect(await hello(neighbour)).toBe(false);
    expect(
      foreign.filter((u) => u !== elsewhere && u !== otherPort),
      'requests to other origins',
    ).toEqual([]);
  } finally {
    await ctx.close();
  }
});
