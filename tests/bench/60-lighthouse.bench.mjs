// Lighthouse (mobile profile: simulated slow 4G, 4x CPU) on `/` and `/board`, median of 3 runs.
// Lighthouse is ~190 MB of packages, so it is not a dependency of the app or of `npm test`: the
// bench installs the pinned version once into node_modules/.cache/dk-lighthouse (from the npm
// registry) and reuses it. Figures only; nothing here fails on a timing.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from '../e2e/chromium.mjs';

export const title = 'Lighthouse, mobile profile (median of 3)';

const LIGHTHOUSE = '12.8.2';
const cache = join(process.cwd(), 'node_modules', '.cache', 'dk-lighthouse');
const bin = join(cache, 'node_modules', '.bin', 'lighthouse');

function ensureLighthouse() {
  const pkg = join(cache, 'node_modules', 'lighthouse', 'package.json');
  if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).version === LIGHTHOUSE) return;
  console.log(`  (installing lighthouse@${LIGHTHOUSE} once into ${cache})`);
  mkdirSync(cache, { recursive: true });
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', cache, `lighthouse@${LIGHTHOUSE}`],
    {
      stdio: 'ignore',
    },
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function run({ origin }) {
  ensureLighthouse();
  const out = join(cache, 'report.json');
  for (const path of ['/', '/board']) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      // Asynchronous: the preview server answering Lighthouse runs in this same process
      // (tests/bench/run.mjs), so a synchronous call would block it and the page would never load.
      await promisify(execFile)(
        bin,
        [
          `${origin}${path}`,
          '--quiet',
          '--output=json',
          `--output-path=${out}`,
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking',
        ],
        { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
      );
      const r = JSON.parse(readFileSync(out, 'utf8'));
      rmSync(out);
      const a = r.audits;
      runs.push({
        perf: r.categories.performance.score,
        a11y: r.categories.accessibility.score,
        bp: r.categories['best-practices'].score,
        fcp: a['first-contentful-paint'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
      });
    }
    const m = (k) => median(runs.map((x) => x[k]));
    console.log(
      `${path.padEnd(7)} performance ${m('perf')}  accessibility ${m('a11y')}  best practices ${m('bp')}  ` +
        `FCP ${(m('fcp') / 1000).toFixed(2)} s  LCP ${(m('lcp') / 1000).toFixed(2)} s (goal <= 1.5 s)  ` +
        `TBT ${Math.round(m('tbt'))} ms  CLS ${m('cls').toFixed(3)}`,
    );
  }
}
