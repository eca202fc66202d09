// Sync at scale in Chromium (docs/sync.md §2.3, §12): a teacher device seeds a class with 10,000
// recognitions and pushes it to the test server; a fresh device joins by a typed code in the real app
// built for that server and pulls the class. Bytes on the wire are counted at a proxy between the
// browsers and the test server (HTTP bodies both ways, headers apart), beside the class's plain
// backup JSON. Then the JavaScript a visit loads: the plain build, a sync build with no class
// connected, and a sync build with one connected, from what the browser requested.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH, freePort } from '../e2e/chromium.mjs';
import { startTestServer } from '../sync-server/server.mjs';
import { addClass, initServer } from '../sync-server/setup.mjs';

export const title =
  'Sync: a fresh device pulling 10,000 recognitions; first-visit JavaScript with and without sync';

const N = 10_000;
const REPO = new URL('../../', import.meta.url).pathname;
const PAGE = new URL('./sync-page/', import.meta.url).pathname;
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A static server for a built folder; unknown paths get index.html (as `vite preview` does). */
function serve(dir, port = 0) {
  const server = createServer((req, res) => {
    let path = join(dir, new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
    if (!path.startsWith(dir)) return void res.writeHead(404).end();
    if (!existsSync(path) || !statSync(path).isFile()) path = join(dir, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const closeServer = (s) =>
  new Promise((r) => {
    s.close(r);
    s.closeAllConnections();
  });

/**
 * A proxy in front of the test server that counts what passes: requests, body bytes each way as sent
 * (the test server, express-pouchdb with `compression` 1.8, compresses answers with brotli or gzip
 * when the browser accepts it; request bodies go uncompressed), the answers' bodies uncompressed (what
 * a server that does not compress sends) and gzipped one by one, header bytes (approximate: the lines
 * as Node sees them), and requests per database and endpoint.
 */
function countingProxy(targetPort) {
  let stats;
  const reset = () => {
    stats = { requests: 0, reqBody: 0, resBody: 0, reqHead: 0, resHead: 0, bodies: [], by: new Map() };
  };
  reset();
  const seen = new Set();
  const headBytes = (raw) => raw.reduce((n, s) => n + Buffer.byteLength(s), 0) + raw.length; // ": " and CRLF
  // `dk-<sid>-main/_bulk_get` -> `main/_bulk_get`: which database kind, which endpoint.
  const where = (url) => {
    const [db = '', rest = ''] = new URL(url, 'http://x').pathname.slice(1).split('/');
    const kind = db.replace(/^dk-[0-9a-f]{16}-/, '');
    return `${kind}/${rest.startsWith('_') ? rest : rest ? 'doc' : ''}`;
  };
  const server = createServer((req, res) => {
    const mine = stats;
    const key = `${req.method} ${where(req.url)}`;
    const row = mine.by.get(key) ?? { requests: 0, up: 0, down: 0 };
    mine.by.set(key, row);
    row.requests += 1;
    mine.requests += 1;
    mine.reqHead += Buffer.byteLength(`${req.method} ${req.url} HTTP/1.1\r\n`) + headBytes(req.rawHeaders);
    for (const f of seen) f(req);
    const up = httpRequest(
      { host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers },
      (upRes) => {
        mine.resHead += 17 + headBytes(upRes.rawHeaders);
        res.writeHead(upRes.statusCode ?? 502, upRes.rawHeaders);
        const enc = upRes.headers['content-encoding'] ?? 'identity';
        const chunks = [];
        upRes.on('data', (c) => {
          mine.resBody += c.length;
          row.down += c.length;
          chunks.push(c);
        });
        upRes.on('end', () => mine.bodies.push({ enc, body: Buffer.concat(chunks) }));
        upRes.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.on('data', (c) => {
      mine.reqBody += c.length;
      row.up += c.length;
    });
    res.on('close', () => up.destroy());
    req.pipe(up);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        reset,
        snapshot: () => {
          const { bodies, by, ...rest } = stats;
          const DECODE = { gzip: gunzipSync, br: brotliDecompressSync, deflate: inflateSync };
          const plain = (b) => (b.body.length && DECODE[b.enc] ? DECODE[b.enc](b.body) : b.body);
          return {
            ...rest,
            encodings: Object.entries(
              bodies.reduce((m, b) => Object.assign(m, { [b.enc]: (m[b.enc] ?? 0) + 1 }), {}),
            )
              .map(([k, n]) => `${n} ${k}`)
              .join(', '),
            resPlain: bodies.reduce((n, b) => n + plain(b).length, 0),
            // What a proxy that gzips answers (nginx `gzip on`) would send: each body gzip -6.
            resGzip: bodies.reduce((n, b) => n + gzipSync(plain(b)).length, 0),
            by: [...by].sort((a, b) => b[1].down + b[1].up - a[1].down - a[1].up),
          };
        },
        /** Calls `f(req)` for every request from now on; answers a function that stops that. */
        onRequest: (f) => {
          seen.add(f);
          return () => seen.delete(f);
        },
        close: () =>
          new Promise((r) => {
            server.close(r);
            server.closeAllConnections();
          }),
      }),
    ),
  );
}

/** Records every same-origin .js the page requests, with its bytes as served. */
function recordScriptBodies(page, origin) {
  const got = new Map();
  page.on('response', (res) => {
    const u = new URL(res.url());
    if (u.origin !== origin || !u.pathname.endsWith('.js')) return;
    got.set(
      u.pathname,
      res.body().catch(() => Buffer.alloc(0)),
    );
  });
  return async () => {
    const out = [];
    for (const [path, body] of got) {
      const b = await body;
      out.push({ path, raw: b.length, gz: gzipSync(b, { level: 9 }).length });
    }
    return out.sort((a, b) => a.path.localeCompare(b.path));
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
const sum = (xs, k) => xs.reduce((n, x) => n + x[k], 0);

/** `index-xgfvUdtg.js` -> `index`: the same chunk in two builds (their hashes differ). */
const chunk = (path) =>
  path
    .replace(/^.*\//, '')
    .replace(/-[A-Za-z0-9_-]{8}\.js$/, '')
    .replace(/\.js$/, '');

/** One line per chunk, one column per visit; then the totals. */
function printScripts(visits) {
  const names = [...new Set(visits.flatMap((v) => v.list.map((s) => chunk(s.path))))].sort();
  const cell = (v, name) => {
    const s = v.list.find((x) => chunk(x.path) === name);
    return (s ? `${kb(s.gz)} / ${kb(s.raw)}` : '-').padStart(22);
  };
  console.log(`  ${'chunk (gz / raw)'.padEnd(22)}${visits.map((v) => v.label.padStart(22)).join('')}`);
  for (const name of names) console.log(`  ${name.padEnd(22)}${visits.map((v) => cell(v, name)).join('')}`);
  console.log(
    `  ${'total'.padEnd(22)}${visits
      .map((v) => `${kb(sum(v.list, 'gz'))} / ${kb(sum(v.list, 'raw'))}`.padStart(22))
      .join('')}`,
  );
  const [base, ...rest] = visits;
  for (const v of rest) {
    console.log(
      `  ${v.label} beyond ${base.label}: +${kb(sum(v.list, 'gz') - sum(base.list, 'gz'))} gz, ` +
        `+${kb(sum(v.list, 'raw') - sum(base.list, 'raw'))} raw (${v.list.length} files against ${base.list.length})`,
    );
  }
}

/**
 * What the service worker precaches (workbox's manifest in `sw.js`): every file a visitor downloads
 * in the background after the first visit, whether or not a screen uses it.
 */
function precache(dir) {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const files = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => {
    const b = readFileSync(join(dir, m[1]));
    return { path: `/${m[1]}`, raw: b.length, gz: gzipSync(b, { level: 9 }).length };
  });
  const sync = files.filter((f) => /\/sync-/.test(f.path));
  return { files, sync };
}

function printPrecache(label, { files, sync }) {
  console.log(
    `  ${label}: ${files.length} files, ${kb(sum(files, 'gz'))} gz, ${kb(sum(files, 'raw'))} raw; of them sync chunks ` +
      `${kb(sum(sync, 'gz'))} gz (${sync.map((f) => `${chunk(f.path)} ${kb(f.gz)}`).join(', ') || 'none'})`,
  );
}

const started = performance.now();
/** Progress on stderr: the bench takes minutes. */
const step = (what) => console.error(`  [${((performance.now() - started) / 1000).toFixed(0)} s] ${what}`);

const DEVICE = { locale: 'nb-NO', timezoneId: 'Europe/Oslo', serviceWorkers: 'block' };

export default async function run({ origin }) {
  const work = mkdtempSync(join(tmpdir(), 'dk-bench-sync-'));
  const appPort = freePort();
  const pagePort = freePort();
  const appOrigin = `http://127.0.0.1:${appPort}`;
  const pageOrigin = `http://127.0.0.1:${pagePort}`;
  const couch = await startTestServer({ corsOrigins: [appOrigin, pageOrigin] });
  const proxy = await countingProxy(couch.port);
  const servers = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    step('server ready; building the bench page and the sync build');
    await initServer(couch);
    const file = { ...(await addClass(couch, { tablets: 1, screens: 1, teachers: 2 })), server: proxy.url };

    // The teacher device: a bench page with the app's own import, sync and pairing code.
    await build({
      root: PAGE,
      logLevel: 'error',
      configFile: false,
      define: {
        __APP_VERSION__: JSON.stringify('bench'),
        __DK_SYNC__: 'true',
        __DK_SYNC_ORIGINS__: JSON.stringify([proxy.url]),
      },
      build: { outDir: join(work, 'page'), emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
    });
    // The real app, built for this server as `DK_SYNC_ORIGINS=… npm run build` builds it.
    execFileSync(
      join(REPO, 'node_modules/.bin/vite'),
      ['build', '--outDir', join(work, 'app'), '--emptyOutDir'],
      {
        cwd: REPO,
        env: { ...process.env, DK_SYNC_ORIGINS: proxy.url },
        stdio: 'pipe',
      },
    );
    step('built');
    servers.push(await serve(join(work, 'page'), pagePort), await serve(join(work, 'app'), appPort));

    // --- 1. First visit: plain build, and a sync build with no class connected -----------------------
    const visit = async (at, ctxOptions = {}) => {
      const ctx = await browser.newContext({ ...DEVICE, ...ctxOptions });
      const page = await ctx.newPage();
      const scripts = recordScriptBodies(page, at);
      await page.goto(`${at}/`, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { name: 'Klassene dine' }).waitFor();
      return { ctx, page, scripts: await scripts() };
    };
    const plain = await visit(origin);
    await plain.ctx.close();
    const bare = await visit(appOrigin);
    await bare.ctx.close();

    // --- 2. The teacher seeds 10,000 recognitions and pushes them ------------------------------------
    const teacher = await browser.newContext(DEVICE);
    const tp = await teacher.newPage();
    tp.setDefaultTimeout(900_000);
    await tp.goto(`${pageOrigin}/`);
    await tp.waitForFunction(() => document.title === 'ready');
    step('seeding the teacher device');
    const seeded = await tp.evaluate((n) => window.bench.seed(n), N);
    proxy.reset();
    step('pushing');
    const push = await tp.evaluate((f) => window.bench.connectAndPush(f), file);
    if (!push.ok) throw new Error(`the teacher's push failed: ${push.problem}`);
    const pushed = proxy.snapshot();
    step('offering a code');
    const code = await tp.evaluate(() => window.bench.offer());
    await teacher.close(); // from here on only the fresh device talks to the server

    const adminAuth = `Basic ${Buffer.from(`${couch.admin.user}:${couch.admin.password}`).toString('base64')}`;
    const info = await (
      await fetch(`${couch.url}/dk-${file.syncId}-main`, { headers: { authorization: adminAuth } })
    ).json();

    // --- 3. A fresh device joins by code in the real app and pulls the class -------------------------
    const fresh = await browser.newContext(DEVICE);
    const fp = await fresh.newPage();
    fp.setDefaultTimeout(900_000);
    await fp.goto(`${appOrigin}/`);
    await fp.getByRole('heading', { name: 'Klassene dine' }).waitFor();
    const usage = () =>
      fp.evaluate(async () => {
        const e = await navigator.storage.estimate();
        return { all: e.usage ?? 0, idb: e.usageDetails?.indexedDB ?? Number.NaN };
      });
    const before = await usage();
    await fp.getByRole('link', { name: 'Innstillinger' }).click();
    const form = fp
      .getByRole('region', { name: 'Deling mellom maskiner' })
      .getByRole('region', { name: 'Koble til med kode' });
    await form.getByLabel('Koden fra den andre maskinen').fill(code);
    proxy.reset();
    step('pulling');
    const t0 = performance.now();
    await form.getByRole('button', { name: 'Koble til' }).click();
    await fp.getByText('Klassen 5A er på denne maskinen nå.').waitFor();
    const pullMs = performance.now() - t0;
    const pulled = proxy.snapshot();
    const after = await usage();
    const onDevice = await fp.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('drommeklassen');
          open.onsuccess = () => {
            const req = open.result.transaction('recognitions').objectStore('recognitions').count();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );

    const json = seeded.classJsonBytes;
    const x = (n) => `${(n / json).toFixed(2)}x`;
    console.log(
      `class: ${N.toLocaleString('en')} recognitions (10% waiting), 28 pupils, 20 strengths; ` +
        `its backup JSON (the class exported alone): ${mb(json)}`,
    );
    console.log(
      `  teacher device's first push (bench page, the app's own sync round, Chromium, IndexedDB mirror): ` +
        `${(push.ms / 1000).toFixed(1)} s, ${pushed.requests} requests, ${mb(pushed.reqBody)} sent`,
    );
    console.log(
      `  teacher device's IndexedDB (navigator.storage.estimate): the class in Dexie +${mb(seeded.dexieGrowth)}, ` +
        `then its mirrors (main, roster, shown) +${mb(push.mirrorGrowth)}`,
    );
    console.log(
      `  on the server: main ${info.doc_count} documents (a teacher device takes its records from main; roster and shown only into its mirror)`,
    );
    console.log(
      `fresh teacher device joins by a typed code in the real app and pulls the class (Chromium, wall clock ` +
        `from «Koble til» to «Klassen 5A er på denne maskinen nå.»): ${(pullMs / 1000).toFixed(1)} s; ` +
        `${onDevice} recognitions on the device`,
    );
    console.log(
      `  on the wire, counted at a proxy in front of the test server (only this device talked): ` +
        `${pulled.requests} requests; headers about ${mb(pulled.reqHead + pulled.resHead)}`,
    );
    console.log(
      `  bodies down: ${mb(pulled.resPlain)} uncompressed (${x(pulled.resPlain)} the backup JSON), ` +
        `${mb(pulled.resBody)} as the test server sent them (answers: ${pulled.encodings}; ${x(pulled.resBody)}); ` +
        `${mb(pulled.resGzip)} if a proxy gzipped each answer (${x(pulled.resGzip)})`,
    );
    console.log(`  bodies up: ${mb(pulled.reqBody)} (uncompressed, ${x(pulled.reqBody)})`);
    console.log(
      `  all bodies: ${mb(pulled.resPlain + pulled.reqBody)} uncompressed (${x(pulled.resPlain + pulled.reqBody)}), ` +
        `${mb(pulled.resBody + pulled.reqBody)} as sent (${x(pulled.resBody + pulled.reqBody)}), ` +
        `${mb(pulled.resGzip + pulled.reqBody)} with gzipped answers (${x(pulled.resGzip + pulled.reqBody)})`,
    );
    console.log('  by database and endpoint (requests, down as sent, up):');
    for (const [k, r] of pulled.by.slice(0, 12)) {
      console.log(
        `    ${k.padEnd(34)} ${String(r.requests).padStart(5)} ${mb(r.down).padStart(10)} ${mb(r.up).padStart(10)}`,
      );
    }
    console.log(
      `  storage growth right after the pull (navigator.storage.estimate, Chromium): IndexedDB ` +
        `${mb(after.idb - before.idb)}, all ${mb(after.all - before.all)}`,
    );

    // --- 4. A visit on the device with a class connected: what the loop then loads -------------------
    const feed = new Promise((resolve) => {
      const stop = proxy.onRequest((req) => {
        if (req.url.includes('/_changes') && req.url.includes('feed=longpoll')) {
          stop();
          resolve();
        }
      });
    });
    step('a visit with a class connected');
    const vp = await fresh.newPage();
    const scripts = recordScriptBodies(vp, appOrigin);
    await fp.close();
    await vp.goto(`${appOrigin}/`);
    await vp.getByRole('heading', { name: 'Klassene dine' }).waitFor();
    await feed; // the loop has loaded its chunks and opened the server's live feed
    const connected = await scripts();
    await fresh.close();

    console.log('JavaScript a visit loads (what the browser requested, each file gzip -9 as served):');
    printScripts([
      { label: 'plain build', list: plain.scripts },
      { label: 'sync, no class', list: bare.scripts },
      { label: 'sync, class connected', list: connected },
    ]);
    console.log('Service worker precache (downloaded after the first visit, in the background):');
    printPrecache('plain build', precache(join(REPO, 'dist')));
    printPrecache('sync build', precache(join(work, 'app')));
  } finally {
    step('closing');
    await browser.close();
    for (const s of servers) await closeServer(s);
    step('closing the proxy');
    await proxy.close();
    step('closing the test server');
    await couch.close();
    rmSync(work, { recursive: true, force: true });
    step('closed');
  }
}
