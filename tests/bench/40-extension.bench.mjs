// The extension's board page: gzipped JavaScript it loads (budget 25 KB) and how soon the first card
// shows, with the built extension loaded into Chromium and a board of 25 pupils imported.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.mjs';
import { boardPageScripts } from './extension-bytes.mjs';

export const title = 'Extension board page';

const NAMES = [
  'Emma',
  'Noah',
  'Nora',
  'Jakob',
  'Sofie',
  'Emil',
  'Ella',
  'Lucas',
  'Olivia',
  'Filip',
  'Ingrid',
  'Oskar',
  'Maja',
  'Aksel',
  'Leah',
  'William',
  'Frida',
  'Isak',
  'Sara',
  'Mohammed',
  'Hedda',
  'Ola',
  'Amina',
  'Magnus',
  'Kari',
];

function boardFile() {
  const now = Date.now();
  const strengths = ['Omsorg', 'Mot', 'Samarbeid', 'Tålmodighet'].map((name, i) => ({
    id: `s${i}`,
    name,
    definition: `${name}: det vi ser når noen gjør noe fint for andre.`,
    symbol: ['💛', '🦁', '🤝', '🐢'][i],
    color: ['#d9486f', '#e8674a', '#2f7d5b', '#5b7d2f'][i],
  }));
  const recognitions = NAMES.flatMap((name, p) =>
    [0, 1, 2, 3].map((k) => ({
      id: `r${p}-${k}`,
      pupilId: `p${p}`,
      pupilName: name,
      strengthId: `s${k}`,
      text: `${name} hjalp en klassekamerat med å finne fram i lesekroken uten å bli bedt om det.`,
      noticedBy: 'læreren',
      at: now - (p * 4 + k) * 3_600_000,
      updatedAt: now,
    })),
  );
  return {
    format: 'drommeklassen-board',
    version: 1,
    appVersion: 'bench',
    lang: 'nb',
    classId: 'bench',
    className: '4B',
    createdAt: now,
    strengths,
    recognitions,
    focus: { strengthIds: ['s2'], period: 'week' },
    dream: {
      question: 'Hvordan blir vi en klasse der alle har det bra?',
      dreams: ['Alle blir sett', 'Vi hjelper hverandre'],
      principles: ['Vi inkluderer alle'],
    },
    settings: {
      intervalSeconds: 12,
      showNoticedBy: true,
      cards: { dream: true, focus: true, wholeClass: true },
      theme: 'auto',
    },
  };
}

export default async function run() {
  const files = boardPageScripts();
  let total = 0;
  for (const f of files) {
    total += f.gzip;
    console.log(`  ${f.file.padEnd(44)} ${(f.gzip / 1024).toFixed(1).padStart(6)} KB gz`);
  }
  console.log(
    `board page JavaScript (static graph): ${(total / 1024).toFixed(1)} KB gzipped (budget <= 25 KB)`,
  );

  const dir = resolve('dist-extension');
  const ctx = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    viewport: { width: 1280, height: 720 },
  });
  try {
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    const popup = await ctx.newPage();
    await popup.goto(`${origin}/popup.html?tab=0`);
    await popup.locator('input[type=file]').setInputFiles({
      name: 'board.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(boardFile())),
    });
    await popup.getByRole('status').filter({ hasText: '4B' }).waitFor();
    const runs = [];
    let loaded = [];
    for (let i = 0; i < 3; i++) {
      const page = await ctx.newPage();
      const scripts = new Set();
      page.on('request', (req) => {
        if (req.url().endsWith('.js')) scripts.add(new URL(req.url()).pathname);
      });
      const t0 = Date.now();
      await page.goto(`${origin}/board.html`);
      await page.locator('.board article, .board [class*=card]').first().waitFor();
      runs.push(Date.now() - t0);
      loaded = [...scripts];
      await page.close();
    }
    runs.sort((a, b) => a - b);
    const fetched = loaded.reduce(
      (sum, p) => sum + gzipSync(readFileSync(`${dir}${p}`), { level: 9 }).length,
      0,
    );
    console.log(
      `board page JavaScript fetched in Chromium: ${(fetched / 1024).toFixed(1)} KB gzipped in ${loaded.length} files`,
    );
    console.log(`board page to first card (100 recognitions, 25 pupils): median ${runs[1]} ms of 3`);
  } finally {
    await ctx.close();
  }
}
