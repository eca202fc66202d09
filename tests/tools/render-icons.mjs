// Renders the app's SVG icons to the PNG sizes the web app manifest needs (run once, output committed).
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.mjs';

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const [src, out, size] of [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['maskable.svg', 'maskable-512.png', 512],
  ['icon.svg', 'icon-128.png', 128],
  ['icon.svg', 'icon-48.png', 48],
  ['icon.svg', 'icon-32.png', 32],
  ['icon.svg', 'icon-16.png', 16],
]) {
  const svg = readFileSync(new URL(`../../public/icons/${src}`, import.meta.url), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">`,
  );
  writeFileSync(
    new URL(`../../public/icons/${out}`, import.meta.url),
    await page.screenshot({ omitBackground: true }),
  );
}
await browser.close();
