// One place for errors a user must see (storage full, write failed, database cannot open).
// Data modules report here; the ErrorBanner shows the latest in plain words.

export type ErrorKind =
  | 'quota'
  | 'writeFailed'
  | 'openFailed'
  | 'blocked'
  | 'unknown'
  /** A write referred to something deleted in another tab (src/data/integrity.ts). */
  | 'gone'
  /** A status change met a status changed in another tab. */
  | 'changed'
  /** Records pointing at deleted ones were set aside when the database opened. */
  | 'setAside';

export interface ShownError {
  kind: ErrorKind;
  at: number;
  /** Technical detail for the console only: never shown as the message. */
  detail?: string;
  /** gone: what was deleted, and its name when the screen knew it. */
  gone?: { what: string; name?: string };
  /** changed: the status it has now. */
  current?: 'waiting' | 'approved' | 'declined';
  /** setAside: how many records. */
  count?: number;
}

/** The error itself or one it wraps (Dexie may wrap what a transaction threw). */
function findNamed(err: unknown, name: string): Record<string, unknown> | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const o = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (o.name === name) return o as Record<string, unknown>;
    e = o.inner ?? o.cause;
  }
  return undefined;
}

/**
 * A live read (useLiveQuery) failed: thrown while rendering, so that the screen's error boundary
 * shows a plain message instead of "loading" for ever.
 */
export class ReadFailedError extends Error {
  override name = 'ReadFailedError';
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? `${cause.name}: ${cause.message}` : 'a live read failed');
  }
}

let current: ShownError | null = null;
const listeners = new Set<(e: ShownError | null) => void>();

export function reportError(kind: ErrorKind, cause?: unknown, count?: number): void {
  const gone = findNamed(cause, 'GoneError');
  const changed = findNamed(cause, 'ChangedError');
  current = {
    kind,
    at: Date.now(),
    detail: cause instanceof Error ? `${cause.name}: ${cause.message}` : undefined,
    ...(gone ? { gone: { what: String(gone.gone), name: gone.label as string | undefined } } : {}),
    ...(changed ? { current: changed.current as ShownError['current'] } : {}),
    ...(count !== undefined ? { count } : {}),
  };
  if (cause && kind !== 'gone' && kind !== 'changed') console.error(`[drommeklassen] ${kind}`, cause);
  for (const l of listeners) l(current);
}

export function clearError(): void {
  current = null;
  for (const l of listeners) l(current);
}

export function currentError(): ShownError | null {
  return current;
}

/**
 * Calls `l` with the error shown now, then on every change. The replay matters: a component subscribes
 * in an effect, after its first render, and an error reported in between must not be missed (a
 * database that fails to open while the app starts did exactly that: no message, "Laster …" forever).
 */
export function onErrorChange(l: (e: ShownError | null) => void): () => void {
  listeners.add(l);
  l(current);
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
  if (names.includes('GoneError')) return 'gone';
  if (names.includes('ChangedError')) return 'changed';
  if (names.some((n) => n === 'QuotaExceededError')) return 'quota';
  if (names.includes('VersionError')) return 'blocked';
  if (names.some((n) => n === 'OpenFailedError' || n === 'InvalidStateError' || n === 'MissingAPIError'))
    return 'openFailed';
  return 'writeFailed';
}
