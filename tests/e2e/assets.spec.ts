// The built app's files as the browser fetches them: every stylesheet a screen's chunk lists to load
// first exists and is served as CSS. A missing one comes back as index.html (text/html), which
// Firefox refuses, so the screen that needs it never opens there (the inlined entry stylesheet did
// this to the settings screen of a sync build and to the tablet page).
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('every stylesheet a chunk preloads is there and served as text/css', async ({ request }) => {
  const assets = new URL('../../dist/assets/', import.meta.url).pathname;
  const listed = new Set<string>();
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    for (const m of readFileSync(assets + file, 'utf8').matchAll(/"(assets\/[^"]+\.css)"/g))
      listed.add(m[1]!);
  }
  expect(listed.size).toBeGreaterThan(0);
  for (const css of listed) {
    const res = await request.get(`/${css}`);
    expect(res.status(), css).toBe(200);
    expect(res.headers()['content-type'], css).toMatch(/^text\/css/);
  }
});
