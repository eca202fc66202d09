// Pairing a device (docs/sync.md §6): the bundle a teacher device makes for one free slot, the short
// code typed on a device without a camera, and the QR link's fragment. Pure: the PBKDF2 and AES-GCM
// of the code live in src/sync/pairing-crypto.ts. Everything read here comes from another device or a
// camera, so it is checked field by field and every failure is one named refusal.

import { CODE_ALPHABET, CODE_LENGTH, codeFrom, readLookAlikes } from '../codes';
import { isRecord } from '../guards';
import { DEVICE_ROLES, type DeviceRole } from './project';

/** How long a pairing code or QR code works (§6.2). */
export const PAIRING_TTL_MS = 10 * 60 * 1000;
export const PAIRING_BUNDLE_VERSION = 1;
/** The QR link's fragment starts with this (the fragment never reaches a server or a Referer). */
export const QR_PREFIX = 'dk1.';

// --- The code: the same kind as the PIN's recovery code (src/domain/codes.ts) ----------------------

export const pairingCodeFrom = codeFrom;

/**
 * What the person typed, as the code was made: case, spaces and dashes do not matter, and the
 * look-alikes O, I and L read as 0, 1 and 1. Null when it cannot be a code (the message says what a
 * code looks like).
 */
export function normalizePairingCode(typed: string): string | null {
  const code = readLookAlikes(typed.replace(/[\s-]/g, ''));
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

// --- The bundle ----------------------------------------------------------------------------------

/** Raw key bytes as base64url, per database name (screens and tablets) or the class keys (teachers). */
export type BundleKeys =
  | { kind: 'class'; classKey: string; idsKey: string }
  | { kind: 'dbs'; dbs: Record<string, { enc: string; id: string }> };

export interface PairingBundle {
  v: typeof PAIRING_BUNDLE_VERSION;
  /** The server's address (origin, or origin and proxy path). */
  server: string;
  syncId: string;
  /** The class's id on the devices (the server never sees it: the bundle is encrypted or in a QR). */
  classId: string;
  role: DeviceRole;
  user: string;
  password: string;
  keys: BundleKeys;
  /** base64url, 32 bytes: wraps this device's keys after a rotation (§4). */
  wrapKey: string;
  /** The key epoch the device starts in. */
  epoch: number;
  /** When the bundle stops working (ms since 1970). */
  exp: number;
}

export type BundleRefusal = 'damaged' | 'expired' | 'newer-format';
export type BundleResult = { ok: true; bundle: PairingBundle } | { ok: false; refusal: BundleRefusal };

const KEY_B64 = /^[A-Za-z0-9_-]{43}$/; // 32 bytes, base64url without padding
const SYNC_ID = /^[0-9a-f]{16}$/;
const ROLE_LETTER: Record<DeviceRole, string> = { teacher: 't', screen: 's', tablet: 'p' };

const isKey = (x: unknown): x is string => typeof x === 'string' && KEY_B64.test(x);

function readKeys(x: unknown, role: DeviceRole, syncId: string): BundleKeys | null {
  if (!isRecord(x)) return null;
  if (role === 'teacher') {
    if (x.kind !== 'class' || !isKey(x.classKey) || !isKey(x.idsKey)) return null;
    return { kind: 'class', classKey: x.classKey, idsKey: x.idsKey };
  }
  if (x.kind !== 'dbs' || !isRecord(x.dbs)) return null;
  const dbs: Record<string, { enc: string; id: string }> = {};
  const names = Object.keys(x.dbs);
  if (names.length === 0 || names.length > 3) return null;
  for (const name of names) {
    const k = x.dbs[name];
    if (!name.startsWith(`dk-${syncId}-`) || !isRecord(k) || !isKey(k.enc) || !isKey(k.id)) return null;
    dbs[name] = { enc: k.enc, id: k.id };
  }
  return { kind: 'dbs', dbs };
}

/** Checks a bundle field by field; `now` decides expiry. */
export function readBundle(x: unknown, now: number): BundleResult {
  const no = (refusal: BundleRefusal): BundleResult => ({ ok: false, refusal });
  if (!isRecord(x) || typeof x.v !== 'number') return no('damaged');
  if (x.v > PAIRING_BUNDLE_VERSION) return no('newer-format');
  if (x.v !== PAIRING_BUNDLE_VERSION) return no('damaged');
  const { server, syncId, classId, role, user, password, wrapKey, epoch, exp } = x;
  if (
    typeof server !== 'string' ||
    typeof syncId !== 'string' ||
    !SYNC_ID.test(syncId) ||
    typeof classId !== 'string' ||
    classId.length === 0 ||
    classId.length > 100 ||
    !DEVICE_ROLES.includes(role as DeviceRole) ||
    typeof user !== 'string' ||
    !new RegExp(`^dk-${syncId}-${ROLE_LETTER[role as DeviceRole]}[1-9][0-9]?$`).test(user) ||
    typeof password !== 'string' ||
    password.length < 16 ||
    password.length > 200 ||
    !isKey(wrapKey) ||
    !Number.isSafeInteger(epoch) ||
    (epoch as number) < 0 ||
    !Number.isSafeInteger(exp)
  )
    return no('damaged');
  const keys = readKeys(x.keys, role as DeviceRole, syncId);
  if (!keys) return no('damaged');
  if (now > (exp as number)) return no('expired');
  return {
    ok: true,
    bundle: {
      v: PAIRING_BUNDLE_VERSION,
      server,
      syncId,
      classId,
      role: role as DeviceRole,
      user,
      password,
      keys,
      wrapKey,
      epoch: epoch as number,
      exp: exp as number,
    },
  };
}

// --- The QR link: <app origin>/pair#dk1.<code> ---------------------------------------------------
// The QR code holds the same 12-character code that is typed (§6.1): it opens the bundle on the
// server just as well, and a short link makes a small QR code that a camera reads from a metre.

/** The link a QR code holds: the code, without dashes, in the fragment (never sent to a server). */
export function pairLink(origin: string, code: string): string {
  return `${origin}/pair#${QR_PREFIX}${code.replace(/[\s-]/g, '')}`;
}

/** A QR link's fragment (with or without `#`): its code as made, or null when there is no whole code. */
export function codeFromFragment(fragment: string): string | null {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.startsWith(QR_PREFIX) || text.length > 64) return null;
  return normalizePairingCode(text.slice(QR_PREFIX.length));
}
