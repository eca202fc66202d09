// Strength charts on years of data: 40 classes, 1,000 pupils, 100,000 recognitions over 5 years in
// real IndexedDB in Chromium. Times the app's own query + aggregation (src/data/charts.ts +
// src/domain/charts.ts) and a raw IndexedDB getAll over the same index range (the floor).
// The bench code is built here into a temporary bundle and served at the app's origin through
// Playwright routing, so nothing bench-only ever ships in dist/ or the home bundle.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.mjs';

export const title = 'Strength charts on 5 years of data (40 classes, 1,000 pupils, 100,000 recognitions)';

const RUNS = 15;

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

async function bundle() {
  const root = new URL('../..', import.meta.url).pathname;
  const outDir = mkdtempSync(join(tmpdir(), 'dk-charts-bench-'));
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    define: { __APP_VERSION__: '"bench"' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: {
        entry: join(root, 'tests/bench/charts-bench-entry.ts'),
        formats: ['es'],
        fileName: () => 'charts-bench.js',
      },
    },
  });
  return { outDir, code: readFileSync(join(outDir, 'charts-bench.js'), 'utf8') };
}

export default async function run({ origin }) {
  const { outDir, code } = await bundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const ctx = await browser.newContext({
      serviceWorkers: 'block',
      timezoneId: 'Europe/Oslo',
      locale: 'nb-NO',
    });
    await ctx.route(`${origin}/__bench/charts.html`, (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><meta charset="utf-8"><title>charts bench</title><script type="module" src="/__bench/charts-bench.js"></script>',
      }),
    );
    await ctx.route(`${origin}/__bench/charts-bench.js`, (r) =>
      r.fulfill({ contentType: 'text/javascript', body: code }),
    );
    const page = await ctx.newPage();
    await page.goto(`${origin}/__bench/charts.html`);
    await page.waitForFunction(() => 'chartsBench' in window || '__chartsBench' in window);

    const now = Date.parse('2026-11-23T12:00:00+01:00');
    const gen = await page.evaluate(
      (n) =>
        window.__chartsBench.generate({
          classes: 40,
          pupilsPerClass: 25,
          recognitions: 100_000,
          years: 5,
          now: n,
        }),
      now,
    );
    console.log(
      `generated ${gen.recognitions} recognitions, ${gen.classIds.length} classes, ${gen.pupilIds.length} pupils in ${(gen.ms / 1000).toFixed(1)} s`,
    );
    // A fresh page: measure against the stored data, not against what generation left in memory.
    await page.reload();
    await page.waitForFunction(() => '__chartsBench' in window);
    await page.evaluate(() => window.__chartsBench.attach());

    const periods = {
      'school year 2025-26': { kind: 'schoolYear', start: '2025-08-01', end: '2026-06-30' },
      'term (autumn 2026)': { kind: 'term', start: '2026-08-01', end: '2026-12-31' },
      'all 5 years (custom)': { kind: 'custom', start: '2021-11-23', end: '2026-11-23' },
    };
    const rows = [];
    const measure = async (label, fn, floorFn, budget) => {
      const app = [];
      const floor = [];
      let n = 0;
      for (let i = 0; i < RUNS; i++) {
        const a = await fn(i);
        const f = await floorFn(i);
        app.push(a.ms);
        floor.push(f.ms);
        n += a.rows;
      }
      const sa = stats(app);
      const sf = stats(floor);
      rows.push({
        label,
        rows: Math.round(n / RUNS),
        first: app[0],
        ...sa,
        floor: sf.median,
        ratio: sa.median / sf.median,
        budget,
      });
    };
    for (const [name, period] of Object.entries(periods)) {
      await measure(
        `class overview, ${name}`,
        (i) =>
          page.evaluate(
            ([c, p]) => window.__chartsBench.classOverviewRun(c, p),
            [gen.classIds[i % 40], period],
          ),
        (i) => page.evaluate(([c, p]) => window.__chartsBench.rawClass(c, p), [gen.classIds[i % 40], period]),
        150,
      );
    }
    await measure(
      'nobody left out, school year 2025-26',
      (i) =>
        page.evaluate(
          ([c, p]) => window.__chartsBench.nobodyLeftOutRun(c, p),
          [gen.classIds[(i + 7) % 40], periods['school year 2025-26']],
        ),
      (i) =>
        page.evaluate(
          ([c, p]) => window.__chartsBench.rawClass(c, p),
          [gen.classIds[(i + 7) % 40], periods['school year 2025-26']],
        ),
      150,
    );
    for (const name of ['school year 2025-26', 'all 5 years (custom)']) {
      const period = periods[name];
      await measure(
        `one pupil, ${name}`,
        (i) => {
          const pupilId = gen.pupilIds[(i * 67 + 1) % gen.pupilIds.length];
          const classId = gen.classIds[Math.floor(((i * 67 + 1) % gen.pupilIds.length) / 25)];
          return page.evaluate(
            ([c, p, per]) => window.__chartsBench.pupilRun(c, p, per),
            [classId, pupilId, period],
          );
        },
        (i) =>
          page.evaluate(
            ([p, per]) => window.__chartsBench.rawPupil(p, per),
            [gen.pupilIds[(i * 67 + 1) % gen.pupilIds.length], period],
          ),
        50,
      );
    }
    const scan = await page.evaluate(() => window.__chartsBench.fullScan());

    console.log('');
    console.log(
      `${'view (query + aggregation)'.padEnd(40)} ${'rows'.padStart(5)} ${'first'.padStart(8)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'floor'.padStart(8)} ${'ratio'.padStart(6)}  goal`,
    );
    for (const r of rows) {
      console.log(
        `${r.label.padEnd(40)} ${String(r.rows).padStart(5)} ${`${r.first.toFixed(1)} ms`.padStart(8)} ${`${r.median.toFixed(1)} ms`.padStart(8)} ${`${r.p95.toFixed(1)} ms`.padStart(8)} ${`${r.floor.toFixed(1)} ms`.padStart(8)} ${`${r.ratio.toFixed(1)}x`.padStart(6)}  <= ${r.budget} ms ${r.p95 <= r.budget ? 'ok' : 'OVER'}`,
      );
    }
    console.log(`(reference) reading all ${scan.rows} recognitions with no index: ${scan.ms.toFixed(0)} ms`);
    console.log(
      `floor = raw IndexedDB getAll over the same index range; ${RUNS} runs each over different classes/pupils`,
    );
    console.log(
      '"all 5 years" is a stress case (a custom period); the goals are for the term and school year views.',
    );

    // The real app on the same data: click "Strengths over time" on a class screen and wait until the
    // class overview is drawn (chunk load, query, aggregation and render; rAF-polled).
    const open = [];
    for (let i = 0; i < 6; i++) {
      await page.goto(`${origin}/class/${gen.classIds[(i * 5 + 3) % 40]}`);
      await page.locator('a[href$="/charts"]').waitFor();
      open.push(
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              const t0 = performance.now();
              document.querySelector('a[href$="/charts"]').click();
              const check = () =>
                document.querySelector('[data-chart-ready="class"]')
                  ? resolve(performance.now() - t0)
                  : requestAnimationFrame(check);
              check();
            }),
        ),
      );
    }
    console.log(
      `built app, class screen -> class overview drawn (term): first ${open[0].toFixed(0)} ms (loads the chart chunk), then median ${stats(open.slice(1)).median.toFixed(0)} ms`,
    );
    // Step back one term at a time ("previous period") until the new overview is drawn.
    const sw = [];
    for (let i = 0; i < 6; i++) {
      sw.push(
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              const before = document.querySelector('.chart-sections');
              const t0 = performance.now();
              document.querySelector('.period-now button').click();
              const check = () => {
                const now = document.querySelector('[data-chart-ready="class"]');
                if (now && now !== before) resolve(performance.now() - t0);
                else requestAnimationFrame(check);
              };
              check();
            }),
        ),
      );
    }
    console.log(
      `built app, "previous period" (one term back) until redrawn: median ${stats(sw).median.toFixed(0)} ms`,
    );
    await ctx.close();
  } finally {
    await browser.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
