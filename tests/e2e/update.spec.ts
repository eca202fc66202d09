// Updates: a new service worker waits; the app says "a new version is ready - reload", never
// reloads by itself (not even while someone types), and after the teacher reloads, the new version
// starts with no network at all.
//
// How the "new version" is made: a small server serves the built app (dist/) and, once switched,
// a second release: index.html with a release marker and a sw.js whose precache revision for
// index.html changed (exactly what a real release changes). It runs on its own port, so this file
// checks for foreign requests itself (relative to that server) instead of using the shared fixture.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { expectNoAxeViolations, SHOTS, waitForServiceWorker } from './fixtures';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

function release2(file: string, body: Buffer): Buffer {
  if (file === 'index.html')
    return Buffer.from(
      body
        .toString('utf8')
        .replace(
          '<title>Drømmeklassen</title>',
          '<title>Drømmeklassen</title><meta name="dk-release" content="2">',
        ),
    );
  if (file === 'sw.js')
    return Buffer.from(body.toString('utf8').replace(/(url:"index\.html",revision:")[^"]+/, '$1release-2'));
  return body;
}

const test = base.extend<{ app: { origin: string; release: (n: 1 | 2) => void } }>({
  app: async ({ context }, use) => {
    let release: 1 | 2 = 1;
    const server: Server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      let file = path.slice(1) || 'index.html';
      if (!existsSync(join(DIST, file)) || !statSync(join(DIST, file)).isFile()) file = 'index.html';
      const body = readFileSync(join(DIST, file));
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(release === 2 ? release2(file, body) : body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const foreign: string[] = [];
    context.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
    });
    await use({ origin, release: (n) => (release = n) });
    await new Promise((r) => server.close(r));
    expect(foreign, 'requests to other origins').toEqual([]);
  },
});

test('an update waits for the teacher, then the new version starts offline', async ({
  page,
  context,
  app,
}) => {
  await page.goto(`${app.origin}/`);
  await expect(page.getByRole('heading', { name: 'Klassene dine' })).toBeVisible();
  await waitForServiceWorker(page);
  const newRelease = page.locator('meta[name="dk-release"]');
  await expect(newRelease).toHaveCount(0);

  // A new release is published; the next visit finds it and it waits.
  app.release(2);
  await page.reload();
  const prompt = page.getByRole('status').filter({ hasText: 'En ny versjon av appen er klar.' });
  await expect(prompt).toBeVisible({ timeout: 20_000 });
  await expect(newRelease).toHaveCount(0);

  // Someone is typing: nothing reloads by itself.
  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
  });
  await page.getByLabel('Navn på klassen').fill('7B halvskrevet');
  await page.waitForTimeout(3000);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  await expect(page.getByLabel('Navn på klassen')).toHaveValue('7B halvskrevet');
  await page.screenshot({ path: `${SHOTS}/update-prompt.png` });
  await expectNoAxeViolations(page);

  // The teacher chooses to reload: the new version takes over.
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Last inn på nytt' }).click(),
  ]);
  await expect(newRelease).toHaveAttribute('content', '2');
  await expect(prompt).toBeHidden();

  // No network at all: the updated app still starts, deep links too.
  app.release(1);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Klassene dine' })).toBeVisible();
  await expect(newRelease).toHaveAttribute('content', '2');
  await page.goto(`${app.origin}/settings`);
  await expect(page.getByRole('heading', { name: 'Sikkerhetskopi', exact: true })).toBeVisible();
  await context.setOffline(false);
});
