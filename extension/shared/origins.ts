// The app's own origins are compared whole (scheme, host and port), never by prefix: the manifest's
// match patterns carry no port (Firefox ignores patterns with one), so this is the check that counts.

export function isAppOrigin(origin: string | null | undefined, appOrigins: readonly string[]): boolean {
  return typeof origin === 'string' && appOrigins.includes(origin);
}
