// The optional teacher PIN (4-8 digits): stored only as a salted PBKDF2-SHA-256 hash in the
// settings table. Clearing it never touches any other data.
import { isValidPin } from '../domain/recognition-text';
import { db } from './db';
import { write } from './write';

export const PIN_KEY = 'teacher.pin';
const ITERATIONS = 120_000;

interface StoredPin {
  algo: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  hash: string;
}

function isStoredPin(v: unknown): v is StoredPin {
  const o = v as StoredPin | null;
  return (
    !!o &&
    typeof o === 'object' &&
    typeof o.salt === 'string' &&
    typeof o.hash === 'string' &&
    o.iterations > 0
  );
}

const toHex = (b: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
const fromHex = (s: string) => new Uint8Array((s.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return toHex(bits);
}

export async function hasPin(): Promise<boolean> {
  const row = await db().settings.get(PIN_KEY);
  return isStoredPin(row?.value);
}

export async function setPin(pin: string): Promise<boolean> {
  if (!isValidPin(pin)) return false;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const value: StoredPin = {
    algo: 'PBKDF2-SHA-256',
    iterations: ITERATIONS,
    salt: toHex(salt),
    hash: await derive(pin, salt, ITERATIONS),
  };
  await write(() => db().settings.put({ key: PIN_KEY, value, updatedAt: Date.now() }));
  return true;
}

/** True when no PIN is set, or when the PIN matches. */
export async function verifyPin(pin: string): Promise<boolean> {
  const row = await db().settings.get(PIN_KEY);
  if (!isStoredPin(row?.value)) return true;
  if (!isValidPin(pin)) return false;
  const stored = row.value;
  const hash = await derive(pin, fromHex(stored.salt), stored.iterations);
  // Constant-time compare: cheap, and a habit worth keeping.
  let diff = hash.length ^ stored.hash.length;
  for (let i = 0; i < hash.length; i++) diff |= hash.charCodeAt(i) ^ (stored.hash.charCodeAt(i) || 0);
  return diff === 0;
}

/** Removes the PIN (forgotten-PIN recovery or the teacher's choice). Nothing else is touched. */
export async function clearPin(): Promise<void> {
  await write(() => db().settings.delete(PIN_KEY));
}
