// The home screen's first visit: gzipped JavaScript and first paint on a throttled mobile profile.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.mjs';
import { gzipBytesOfDistFile, recordScripts } from './js-bytes.mjs';

export const title = 'First visit (home screen)';

export default async function run({ origin }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // 1. Bytes: a fresh profile, no service worker yet (sw.js itself is not page JavaScript).
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const page = await ctx.newPage();
    const scripts = recordScripts(page);
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Klassene dine' }).waitFor();
    let total = 0;
    for (const p of [...scripts].sort()) {
      const gz = gzipBytesOfDistFile(p);
      total += gz;
      console.log(`  ${p.padEnd(44)} ${(gz / 1024).toFixed(1).padStart(6)} KB gz`);
    }
    console.log(`first-visit JavaScript: ${(total / 1024).toFixed(1)} KB gzipped (goal <= 60 KB)`);
    await ctx.close();

    // 2. Paint on a throttled mobile profile (Lighthouse's "slow 4G" and 4x CPU slowdown).
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const c = await browser.newContext({
        serviceWorkers: 'block',
        viewport: { width: 412, height: 823 },
        isMobile: true,
      });
      const p = await c.newPage();
      const cdp = await c.newCDPSession(p);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await p.goto(`${origin}/`, { waitUntil: 'load' });
      await p.getByRole('heading', { name: 'Klassene dine' }).waitFor();
      const fcp = await p.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      );
      const ready = await p.evaluate(() => performance.now());
      runs.push({ fcp, ready });
      await c.close();
    }
    const med = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      `first contentful paint (slow 4G, 4x CPU): median ${med(runs.map((r) => r.fcp)).toFixed(0)} ms of ${runs.length} (goal <= 1500 ms)`,
    );
    console.log(`home screen interactive with data: median ${med(runs.map((r) => r.ready)).toFixed(0)} ms`);
  } finally {
    await browser.close();
  }
}
