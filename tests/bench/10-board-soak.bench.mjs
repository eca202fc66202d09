// An accelerated school day (and more) on the strength board: at least 10,000 rotations in Chromium,
// driven the way a presenter clicker does (ArrowRight key events), with the real live query,
// persistence and fit-to-screen on every card. Prints JS heap after forced GC and DOM counters
// before and after. Goal: heap growth <= 5 MB, DOM nodes flat, no infinite animation left behind.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.mjs';

export const title = 'Strength board soak (10,000 rotations)';

const ROTATIONS = 10_000;

async function measure(page, cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const anims = await page.evaluate(() => {
    const all = document.getAnimations();
    return {
      running: all.length,
      infinite: all.filter((a) => a.effect?.getComputedTiming().iterations === Number.POSITIVE_INFINITY)
        .length,
    };
  });
  return { heapMB: heap.usedSize / 1048576, ...dom, ...anims };
}

function rotate(page, n) {
  return page.evaluate(async (count) => {
    const before = document.querySelector('article')?.textContent ?? '';
    let changes = 0;
    let last = before;
    for (let i = 0; i < count; i++) {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      // A macrotask: Preact renders (and runs the previous card's effects) before the next press.
      await new Promise((r) => setTimeout(r, 0));
      const now = document.querySelector('article')?.textContent ?? '';
      if (now !== last) changes++;
      last = now;
    }
    return changes;
  }, n);
}

export default async function run({ origin }) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
  try {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nb-NO' });
    const page = await ctx.newPage();
    await page.goto(`${origin}/`);
    await page.getByRole('button', { name: 'Prøv en demoklasse' }).click();
    await page.getByRole('link', { name: 'Styrketavla' }).click();
    await page.getByRole('article').waitFor();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');

    await rotate(page, 300); // warm-up: every code path and card kind once
    const before = await measure(page, cdp);
    const t0 = Date.now();
    const changes = await rotate(page, ROTATIONS);
    const seconds = (Date.now() - t0) / 1000;
    await page.waitForTimeout(1500); // let the throttled rotation write land
    const after = await measure(page, cdp);
    const seq = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('drommeklassen');
          open.onsuccess = () => {
            const tx = open.result.transaction('settings');
            const rows = tx.objectStore('settings').getAll();
            rows.onsuccess = () => {
              const row = rows.result.find((r) => String(r.key).startsWith('board.rotation.'));
              resolve({ seq: row?.value?.seq, bytes: JSON.stringify(row?.value ?? null).length });
              open.result.close();
            };
          };
        }),
    );
    const row = (label, m) =>
      `  ${label.padEnd(7)} heap ${m.heapMB.toFixed(2).padStart(6)} MB   DOM nodes ${String(m.nodes).padStart(5)}   documents ${m.documents}   JS listeners ${String(m.jsEventListeners).padStart(4)}   animations ${m.running} (infinite ${m.infinite})`;
    console.log(`  rotations: ${ROTATIONS} key presses, ${changes} card changes, in ${seconds.toFixed(1)} s`);
    console.log(row('before', before));
    console.log(row('after', after));
    console.log(
      `  heap growth after GC: ${(after.heapMB - before.heapMB).toFixed(2)} MB (goal <= 5 MB); DOM nodes ${after.nodes - before.nodes >= 0 ? '+' : ''}${after.nodes - before.nodes} (goal flat); infinite animations: ${after.infinite}`,
    );
    console.log(`  persisted rotation: seq ${seq.seq}, ${seq.bytes} bytes of JSON`);
  } finally {
    await browser.close();
  }
}
