// Backup scale in Chromium with real IndexedDB: import 10,000 and 100,000 recognitions and export
// 100,000, through the app's own code (a bench-only page built here, never shipped), beside the
// floor: raw IndexedDB adds / getAll of the same records.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.mjs';

export const title = 'Backup import and export at scale';

const ROOT = new URL('./backup-page/', import.meta.url).pathname;
const OUT = new URL('../../dist-bench/', import.meta.url).pathname;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(dir) {
  const server = createServer((req, res) => {
    const path = join(dir, new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
    if (!path.startsWith(dir) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

export default async function run() {
  await build({
    root: ROOT,
    logLevel: 'error',
    configFile: false,
    define: { __APP_VERSION__: JSON.stringify('bench') },
    build: { outDir: OUT, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  });
  const server = await serve(OUT);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.title === 'ready');
    page.setDefaultTimeout(300_000);
    for (const [n, goal] of [
      [10_000, 2],
      [100_000, 20],
    ]) {
      const bytes = await page.evaluate((n) => window.bench.makeFile(n), n);
      const imp = await page.evaluate(() => window.bench.importFile('merge'));
      const again = await page.evaluate(() => window.bench.importFile('merge'));
      const floor = await page.evaluate(() => window.bench.rawAdd());
      console.log(
        `import ${n.toLocaleString('en')} recognitions (${(bytes / 1e6).toFixed(1)} MB file): ${s(imp.totalMs)} ` +
          `(validate + checksum ${s(imp.validateMs)}, write ${s(imp.applyMs)}, ${imp.progressSteps} progress steps) ` +
          `goal <= ${goal} s | floor (raw IndexedDB add, same records and indexes): ${s(floor.ms)}`,
      );
      console.log(
        `  same file again (merge, nothing to write): ${s(again.totalMs)}, ${again.kept} kept, ${again.added} added`,
      );
      if (n === 100_000) {
        const exp = await page.evaluate(() => window.bench.exportAll());
        console.log(
          `export ${exp.records.toLocaleString('en')} records (${(exp.bytes / 1e6).toFixed(1)} MB): ${s(exp.ms)} goal <= 2 s | ` +
            `floor (raw getAll + JSON.stringify): ${s(floor.readMs)}`,
        );
        await page.evaluate(() => window.bench.reset());
        const rep = await page.evaluate(() => window.bench.importFile('replace'));
        console.log(`  import ${n.toLocaleString('en')} in replace mode: ${s(rep.totalMs)}`);
      }
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}
