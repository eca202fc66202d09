// `npm run package:extension`: zips the built extension (dist-extension/) for the two stores.
// dist-extension/ itself loads unpacked in both (a dual background: Chromium's service worker,
// Firefox's module scripts). Each store gets only its own keys: Firefox's zip has the background
// scripts and the gecko settings (and is linted with Mozilla's linter here), Chromium's the service
// worker and no Firefox-only keys, so neither store shows "unsupported key" warnings.
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

/** A copy of the built extension with its own manifest. */
function variant(name, manifestFor) {
  const dir = resolve(out, name);
  cpSync(source, dir, { recursive: true });
  writeFileSync(resolve(dir, 'manifest.json'), `${JSON.stringify(manifestFor, null, 2)}\n`);
  return dir;
}

const { service_worker: _worker, ...firefoxBackground } = manifest.background;
const firefox = variant('.firefox', { ...manifest, background: firefoxBackground });
const lint = await webExt.cmd.lint(
  { sourceDir: firefox, output: 'json', boring: true },
  { shouldExitProgram: false },
);
const { errors, warnings, notices } = lint.summary;
console.log(`  web-ext lint (Firefox package): ${errors} errors, ${warnings} warnings, ${notices} notices`);
if (errors > 0) {
  for (const e of lint.errors) console.error(`  ${e.code}: ${e.message} (${e.file ?? ''})`);
  process.exit(1);
}
await zip(firefox, `drommeklassen-firefox-${version}.zip`);
rmSync(firefox, { recursive: true, force: true });

const { browser_specific_settings: _gecko, ...rest } = manifest;
const { scripts: _scripts, ...background } = manifest.background;
const chromium = variant('.chromium', { ...rest, background });
await zip(chromium, `drommeklassen-chromium-${version}.zip`);
rmSync(chromium, { recursive: true, force: true });
