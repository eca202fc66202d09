// Deterministic budget: the JavaScript a first visit to the home screen loads, gzipped.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

const HOME_BUDGET_BYTES = 60 * 1024;

test('the home screen loads at most 60 KB of gzipped JavaScript on a first visit', async ({ browser }) => {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const scripts = new Set<string>();
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.add(new URL(req.url()).pathname);
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { name: 'Klassene dine' })).toBeVisible();
  const bytes = [...scripts].reduce(
    (sum, p) => sum + gzipSync(readFileSync(`dist${p}`), { level: 9 }).length,
    0,
  );
  expect(scripts.size).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(HOME_BUDGET_BYTES);
  await ctx.close();
});

// A build without a sync server (`npm run build`, what this suite serves) holds no sync code at all:
// no chunk speaks CouchDB's protocol, so neither a visit nor the service worker's precache (which
// downloads every file it lists, for every visitor) fetches any of it (docs/sync.md §2.3, issue 15
// point 1). A lazy import() outside a `__DK_SYNC__` guard once put 42 KB gz of it there.
test('a build without a sync server has no sync code, and its service worker precaches none', () => {
  const assets = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
  expect(assets.length).toBeGreaterThan(5);
  const speaksCouch = (file: string) => /_bulk_docs|_revs_diff|pouchdb/i.test(readFileSync(file, 'utf8'));
  expect(assets.filter((f) => speaksCouch(`dist/assets/${f}`))).toEqual([]);
  const precached = [...readFileSync('dist/sw.js', 'utf8').matchAll(/url:"(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  expect(precached.length).toBeGreaterThan(5);
  expect(precached.filter((f) => /\/(sync-|Sync|Tablet|ScreenPage|qr-)/.test(f))).toEqual([]);
});
