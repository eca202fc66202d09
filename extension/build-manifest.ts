// The dist manifest, made at build time from the source manifest (top-level manifest.json): the
// app's version, and the app's origins (a build setting) as the only content-script matches and
// host permissions. Node only (used by vite.extension.config.ts and its unit test).
// The match patterns carry no port: Firefox never matches a pattern with a port (bugs 1362809 and
// 1468162), and Chromium reads a port-less pattern as any port. The exact origins, port included,
// are built into the code (__DK_APP_ORIGINS__): the content script stays silent and the background
// refuses every message on any other origin.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface SourceManifest {
  version: string;
  content_scripts: { matches: string[] }[];
  [key: string]: unknown;
}

export function sourceManifest(): SourceManifest {
  return JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
}

function packageVersion(): string {
  return JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version;
}

/** The app's origins: DK_APP_ORIGINS (comma-separated) or the source manifest's defaults. */
export function appOrigins(env: string | undefined = process.env.DK_APP_ORIGINS): string[] {
  const defaults = sourceManifest().content_scripts[0]!.matches.map((m) => m.replace(/\/\*$/, ''));
  if (!env?.trim()) return defaults;
  return env.split(',').map((o) => {
    const u = new URL(o.trim());
    const local = u.hostname === '127.0.0.1' || u.hostname === 'localhost';
    if (u.protocol !== 'https:' && !(local && u.protocol === 'http:'))
      throw new Error(`DK_APP_ORIGINS: ${o} must be https (or http on 127.0.0.1/localhost)`);
    return u.origin;
  });
}

/** An origin's match pattern, without its port: "http://127.0.0.1:4173" -> "http://127.0.0.1/*". */
export function matchPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

export function distManifest(origins: string[] = appOrigins()): Record<string, unknown> {
  const source = sourceManifest();
  const patterns = [...new Set(origins.map(matchPattern))];
  return {
    ...source,
    version: packageVersion(),
    host_permissions: patterns,
    content_scripts: [{ ...source.content_scripts[0], matches: patterns }],
  };
}
