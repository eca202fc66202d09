// One place for errors a user must see (storage full, write failed, database cannot open).
// Data modules report here; the ErrorBanner shows the latest in plain words.

export type ErrorKind = 'quota' | 'writeFailed' | 'openFailed' | 'blocked' | 'unknown';

export interface ShownError {
  kind: ErrorKind;
  at: number;
  /** Technical detail for the console only: never shown as the message. */
  detail?: string;
}

let current: ShownError | null = null;
const listeners = new Set<(e: ShownError | null) => void>();

export function reportError(kind: ErrorKind, cause?: unknown): void {
  current = {
    kind,
    at: Date.now(),
    detail: cause instanceof Error ? `${cause.name}: ${cause.message}` : undefined,
  };
  if (cause) console.error(`[drommeklassen] ${kind}`, cause);
  for (const l of listeners) l(current);
}

export function clearError(): void {
  current = null;
  for (const l of listeners) l(current);
}

export function currentError(): ShownError | null {
  return current;
}

export function onErrorChange(l: (e: ShownError | null) => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Sort a thrown storage error into a kind a teacher can act on. */
export function classifyError(err: unknown): ErrorKind {
  const names: string[] = [];
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const o = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof o.name === 'string') names.push(o.name);
    e = o.inner ?? o.cause;
  }
  if (names.some((n) => n === 'QuotaExceededError')) return 'quota';
  if (names.includes('VersionError')) return 'blocked';
  if (names.some((n) => n === 'OpenFailedError' || n === 'InvalidStateError' || n === 'MissingAPIError'))
    return 'openFailed';
  return 'writeFailed';
}
