// Checks on values from outside (a file, a message from another script) before they are read.

/** A plain object: not null, not an array. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
