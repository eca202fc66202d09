// Gzipped bytes of the JavaScript a page loads, measured from what the browser actually fetched.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export function gzipBytesOfDistFile(pathname, distDir = 'dist') {
  const body = readFileSync(new URL(`../../${distDir}${pathname}`, import.meta.url));
  return gzipSync(body, { level: 9 }).length;
}

/** Records the same-origin .js URLs a page requests until `done()` is called. */
export function recordScripts(page) {
  const urls = new Set();
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (req.resourceType() === 'script' || u.pathname.endsWith('.js')) urls.add(u.pathname);
  });
  return urls;
}
