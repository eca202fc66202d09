// The optional teacher PIN (4-8 digits): setting, checking and removing it. Stored only as salted
// PBKDF2-SHA-256 hashes in the settings table: the PIN and its recovery code (shown once, when the
// PIN is set). Also the wrong-PIN wait, a device record (stored, so a reload or a new tab does not
// reset it). Clearing the PIN never touches any other data. What every start reads (whether a PIN
// is set, the recovery note, the shared-screen lock) is in pin-state.ts, without this hashing code.

import { CODE_LENGTH, codeFrom, readLookAlikes } from '../domain/codes';
import { isValidPin } from '../domain/recognition-text';
import { db } from './db';
import {
  clearLocalLock,
  type Hashed,
  isHashed,
  LOCK_SETTING,
  PIN_ITERATIONS,
  PIN_KEY,
  pinRecovery,
  pinStatus,
  RECOVERED_KEY,
} from './pin-state';
import { write } from './write';

/** A device-only setting: never part of what the PIN protects, never the class's data. */
export const THROTTLE_KEY = 'device.pinThrottle';
const MAX_TRIES = 5;
export const WAIT_S = 30;

interface StoredPin extends Hashed {
  algo: 'PBKDF2-SHA-256';
  recovery?: Hashed;
}

const toHex = (b: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
const fromHex = (s: string) => new Uint8Array((s.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));

async function derive(secret: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return toHex(bits);
}

async function hashed(secret: string): Promise<Hashed> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { iterations: PIN_ITERATIONS, salt: toHex(salt), hash: await derive(secret, salt, PIN_ITERATIONS) };
}

async function matches(secret: string, stored: Hashed): Promise<boolean> {
  const hash = await derive(secret, fromHex(stored.salt), stored.iterations);
  // Constant-time compare: cheap, and a habit worth keeping.
  let diff = hash.length ^ stored.hash.length;
  for (let i = 0; i < hash.length; i++) diff |= hash.charCodeAt(i) ^ (stored.hash.charCodeAt(i) || 0);
  return diff === 0;
}

export async function hasPin(): Promise<boolean> {
  return (await pinStatus()) !== 'none';
}

// Recovery codes: 12 characters of Crockford's base32 (no I, L, O or U to misread), 60 random bits.
function newRecoveryCodeText(): string {
  return codeFrom(crypto.getRandomValues(new Uint8Array(CODE_LENGTH)));
}

/** What the teacher typed, as the code was made: spaces and dashes dropped, look-alikes mapped. */
export function normalizeRecoveryCode(typed: string): string {
  return readLookAlikes(typed).replace(/[^0-9A-Z]/g, '');
}

/** Sets (or changes) the PIN with a new recovery code, returned to be shown once; null if invalid. */
export async function setPin(pin: string): Promise<string | null> {
  if (!isValidPin(pin)) return null;
  const code = newRecoveryCodeText();
  const value: StoredPin = {
    algo: 'PBKDF2-SHA-256',
    ...(await hashed(pin)),
    recovery: await hashed(normalizeRecoveryCode(code)),
  };
  await write(() => db().settings.put({ key: PIN_KEY, value, updatedAt: Date.now() }));
  return code;
}

/** A new recovery code for the PIN that is set (the old one stops working); null without a PIN. */
export async function newRecoveryCode(): Promise<string | null> {
  const row = await db().settings.get(PIN_KEY);
  if (!isHashed(row?.value)) return null;
  const code = newRecoveryCodeText();
  const value: StoredPin = {
    ...(row.value as StoredPin),
    recovery: await hashed(normalizeRecoveryCode(code)),
  };
  await write(() => db().settings.put({ key: PIN_KEY, value, updatedAt: Date.now() }));
  return code;
}

export async function hasRecoveryCode(): Promise<boolean> {
  const row = await db().settings.get(PIN_KEY);
  return isHashed((row?.value as StoredPin | undefined)?.recovery);
}

/** True when no PIN is set, or when the PIN matches. Not throttled: see checkPin. */
export async function verifyPin(pin: string): Promise<boolean> {
  const row = await db().settings.get(PIN_KEY);
  if (!row) return true;
  if (!isHashed(row.value) || !isValidPin(pin)) return false;
  return matches(pin, row.value);
}

/** Removes the PIN (the teacher's choice in the settings). Nothing else is touched. */
export async function clearPin(): Promise<void> {
  await write(() => db().settings.bulkDelete([PIN_KEY, THROTTLE_KEY]));
}

export type PinCheck = { result: 'ok' } | { result: 'wrong' } | { result: 'wait'; seconds: number };

interface Throttle {
  failed: number;
  waitUntil: number;
}

function readThrottle(v: unknown, now: number): Throttle {
  const t = v as Throttle | null;
  if (!t || typeof t !== 'object' || !Number.isFinite(t.failed) || !Number.isFinite(t.waitUntil))
    return { failed: 0, waitUntil: 0 };
  // A wait further ahead than one wait can last means the clock was turned back: start it again.
  const waitUntil = t.waitUntil > now + WAIT_S * 1000 ? now + WAIT_S * 1000 : t.waitUntil;
  return { failed: t.failed, waitUntil };
}

/**
 * Every typed PIN or recovery code on this device counts towards one stored wait: after five wrong
 * tries, 30 seconds, kept across reloads and tabs. A database error throws (the caller stays locked).
 */
async function throttled(test: (stored: StoredPin) => Promise<boolean>, now: number): Promise<PinCheck> {
  const [pinRow, tRow] = await db().settings.bulkGet([PIN_KEY, THROTTLE_KEY]);
  if (!pinRow) return { result: 'ok' };
  const t = readThrottle(tRow?.value, now);
  const left = Math.ceil((t.waitUntil - now) / 1000);
  if (left > 0) {
    // Store the shortened wait, so that it does end.
    if ((tRow?.value as Throttle | undefined)?.waitUntil !== t.waitUntil)
      await write(() => db().settings.put({ key: THROTTLE_KEY, value: t, updatedAt: now }));
    return { result: 'wait', seconds: left };
  }
  if (isHashed(pinRow.value) && (await test(pinRow.value as StoredPin))) {
    if (tRow) await write(() => db().settings.delete(THROTTLE_KEY));
    return { result: 'ok' };
  }
  const failed = t.failed + 1;
  const next: Throttle =
    failed >= MAX_TRIES ? { failed: 0, waitUntil: now + WAIT_S * 1000 } : { failed, waitUntil: 0 };
  await write(() => db().settings.put({ key: THROTTLE_KEY, value: next, updatedAt: now }));
  return failed >= MAX_TRIES ? { result: 'wait', seconds: WAIT_S } : { result: 'wrong' };
}

/** Checks a typed PIN against the stored one, under the stored wait. */
export function checkPin(pin: string, now = Date.now()): Promise<PinCheck> {
  return throttled((stored) => (isValidPin(pin) ? matches(pin, stored) : Promise.resolve(false)), now);
}

/**
 * The forgotten-PIN path: the recovery code (under the same wait) removes the PIN, unlocks the
 * device and leaves a note, so the teacher is told next time that it was used.
 */
export async function recoverWithCode(code: string, now = Date.now()): Promise<PinCheck> {
  const typed = normalizeRecoveryCode(code);
  const check = await throttled(
    (stored) =>
      isHashed(stored.recovery) && typed ? matches(typed, stored.recovery) : Promise.resolve(false),
    now,
  );
  if (check.result !== 'ok') return check;
  await write(() =>
    db().transaction('rw', db().settings, async () => {
      await db().settings.bulkDelete([PIN_KEY, THROTTLE_KEY, LOCK_SETTING]);
      await db().settings.put({ key: RECOVERED_KEY, value: { at: now, seen: false }, updatedAt: now });
    }),
  );
  clearLocalLock();
  return check;
}

export async function markPinRecoverySeen(): Promise<void> {
  const r = await pinRecovery();
  if (r && !r.seen)
    await write(() =>
      db().settings.put({ key: RECOVERED_KEY, value: { ...r, seen: true }, updatedAt: Date.now() }),
    );
}
