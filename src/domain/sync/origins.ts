// Which servers a build may sync with (DK_SYNC_ORIGINS, docs/sync.md §10). No imports: vite.config.ts
// reads this file too (through scripts/sync-csp.ts) to write the Content-Security-Policy.

/** Where a device may sync to: https, or http on this machine (tests). Exactly an origin. */
export function syncOrigin(address: string): string | null {
  let u: URL;
  try {
    u = new URL(address.trim());
  } catch {
    return null;
  }
  const local = u.hostname === '127.0.0.1' || u.hostname === 'localhost';
  if (u.protocol !== 'https:' && !(local && u.protocol === 'http:')) return null;
  if (u.username || u.password) return null;
  return u.origin;
}

/** A server address as the sync code uses it: an allowed kind of origin and a path, no query, no slash at the end. */
export function serverBase(address: string): string | null {
  const origin = syncOrigin(address);
  if (!origin) return null;
  const u = new URL(address.trim());
  if (u.search || u.hash) return null;
  return origin + u.pathname.replace(/\/+$/, '');
}

/**
 * DK_SYNC_ORIGINS, the build setting (comma-separated): the servers this build may talk to. Empty: no
 * sync at all (index.html keeps `connect-src 'self'`). A bad entry stops the build with its reason.
 */
export function parseSyncOrigins(setting: string | undefined): string[] {
  if (!setting?.trim()) return [];
  const out: string[] = [];
  for (const entry of setting.split(',')) {
    if (!entry.trim()) continue;
    const origin = syncOrigin(entry);
    if (!origin)
      throw new Error(`DK_SYNC_ORIGINS: "${entry.trim()}" must be an https address (or http on 127.0.0.1)`);
    if (!out.includes(origin)) out.push(origin);
  }
  return out;
}

/** The CSP `connect-src` for a build: 'self' and exactly the listed sync servers. */
export function connectSrc(origins: readonly string[]): string {
  return ["'self'", ...origins].join(' ');
}
