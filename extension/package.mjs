// `npm run package:extension`: zips the built extension (dist-extension/) for the two stores.
// Firefox gets it as built (dual background, gecko settings). Chromium gets the same files with the
// Firefox-only manifest keys left out, so its store shows no "unrecognised key" warnings.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import webExt from 'web-ext';

const root = resolve(import.meta.dirname, '..');
const source = resolve(root, 'dist-extension');
const out = resolve(root, 'dist-packages');
const manifest = JSON.parse(readFileSync(resolve(source, 'manifest.json'), 'utf8'));
const version = manifest.version;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

async function zip(sourceDir, filename) {
  const res = await webExt.cmd.build(
    { sourceDir, artifactsDir: out, filename, overwriteDest: true },
    { shouldExitProgram: false },
  );
  console.log(`  ${res.extensionPath}`);
}

await zip(source, `drommeklassen-firefox-${version}.zip`);

const chromium = resolve(out, '.chromium');
cpSync(source, chromium, { recursive: true });
const { browser_specific_settings: _gecko, ...rest } = manifest;
const { scripts: _scripts, ...background } = manifest.background;
writeFileSync(resolve(chromium, 'manifest.json'), `${JSON.stringify({ ...rest, background }, null, 2)}\n`);
await zip(chromium, `drommeklassen-chromium-${version}.zip`);
rmSync(chromium, { recursive: true, force: true });
