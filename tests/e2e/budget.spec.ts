// Deterministic budget: the JavaScript a first visit to the home screen loads, gzipped.
import { readFileSync } from 'node:fs';
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
