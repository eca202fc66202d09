// The build's Content-Security-Policy for sync (docs/sync.md §10): `connect-src 'self'` gains exactly
// the servers DK_SYNC_ORIGINS lists. A meta CSP cannot be widened at run time, and a policy read from
// data on the device would stop guarding against sending data elsewhere, so this is a build setting.
import { connectSrc } from '../src/domain/sync/origins.ts';

const SELF_ONLY = "connect-src 'self';";

export function syncCsp(html: string, origins: readonly string[]): string {
  if (origins.length === 0) return html;
  const at = html.indexOf(SELF_ONLY);
  if (at < 0 || html.indexOf(SELF_ONLY, at + 1) >= 0)
    throw new Error(`index.html must hold exactly one "${SELF_ONLY}" for DK_SYNC_ORIGINS`);
  return html.replace(SELF_ONLY, `connect-src ${connectSrc(origins)};`);
}
