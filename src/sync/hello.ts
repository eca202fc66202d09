// A device's `hello` as a document of the class's `devices` database (docs/sync.md §6.2, §7): shaped
// and encrypted like every synced document (`_id` from HMAC, `v`, `k`, `iv`, `c`, padded plaintext),
// so the server sees neither the label, the role nor the times. Its plaintext names the pseudo-table
// `hello`, which the bridge never reads: this database is not replicated into a mirror.
import type { TableName } from '../domain/backup/format';
import { type Hello, readHello } from '../domain/sync/devices';
import {
  additionalData,
  type EncryptedDoc,
  fromBase64Url,
  PAD_BUCKET,
  parseDoc,
  type SyncPayload,
} from '../domain/sync/format';
import { type DbKeys, docId, SyncCryptoError, sealDoc } from './crypto';

const HELLO = 'hello' as TableName;

/** The hello's document id for a slot's login (the same on every teacher device). */
export const helloId = (keys: DbKeys, user: string): Promise<string> => docId(keys.id, HELLO, user);

export function sealHello(keys: DbKeys, h: Hello): Promise<EncryptedDoc> {
  const { user, ...rest } = h;
  return sealDoc(keys, { t: HELLO, r: { id: user, ...rest } } as SyncPayload);
}

/**
 * A hello document opened and checked, or a typed error (never half-read): `openPlain` decrypts it and
 * checks that its id is the one HMAC(hello, its login) names; then it must read as a hello.
 */
export async function openHello(keys: DbKeys, raw: unknown): Promise<Hello> {
  const opened = await openPlain(keys, raw);
  const hello = opened.t === HELLO ? readHello(opened.r) : null;
  if (!hello) throw new SyncCryptoError('wrong-record', 'The document is not a hello.');
  return hello;
}

/**
 * A document that is no record, opened without the record rules (`hello`, the class's `slots`): its
 * plaintext `{ t, r }` or `{ t, tomb }`, once the id is checked to be the one its table and key name.
 * A typed error otherwise.
 */
export async function openPlain(
  keys: DbKeys,
  raw: unknown,
): Promise<{ t: string; r?: Record<string, unknown>; tomb?: { id: string } }> {
  const doc = parseDoc(raw);
  const key = keys.enc.get(doc.k);
  if (!key) throw new SyncCryptoError('no-key', `No key for epoch ${doc.k}.`);
  const aad = new TextEncoder().encode(additionalData(keys.db, doc._id, doc.v, doc.k));
  let plain: ArrayBuffer;
  try {
    plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64Url(doc.iv), additionalData: aad, tagLength: 128 },
      key,
      fromBase64Url(doc.c),
    );
  } catch {
    throw new SyncCryptoError('decrypt-failed', 'The document does not decrypt with this key.');
  }
  let parsed: { t?: unknown; r?: unknown; tomb?: unknown };
  try {
    if (plain.byteLength % PAD_BUCKET !== 0) throw new Error('unpadded');
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    throw new SyncCryptoError('wrong-record', 'A document is padded JSON.');
  }
  const t = typeof parsed?.t === 'string' ? parsed.t : '';
  const body = (parsed.r ?? parsed.tomb) as { id?: unknown } | undefined;
  const id = typeof body?.id === 'string' ? body.id : undefined;
  if (!t || id === undefined || (await docId(keys.id, t as TableName, id)) !== doc._id)
    throw new SyncCryptoError('wrong-record', 'The document is not the one its id names.');
  return parsed.tomb ? { t, tomb: { id } } : { t, r: parsed.r as Record<string, unknown> };
}

// --- A screen's or tablet's hello, in its own inbox (docs/sync.md §6.2) ------------------------------
// The inbox lets its device add documents, never change one: the device writes one hello a day it is
// seen, keyed by its login and that day; a teacher device reads the newest and deletes the older ones.

/** `2026-12-03`: the local calendar day of a time. */
export function dayOf(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The key an inbox hello is kept under: the login and the day it was written. */
export const inboxHelloKey = (user: string, day: string): string => `${user} ${day}`;

export function sealInboxHello(keys: DbKeys, h: Hello, day: string): Promise<EncryptedDoc> {
  const { user, ...rest } = h;
  return sealDoc(keys, { t: HELLO, r: { id: inboxHelloKey(user, day), ...rest } } as SyncPayload);
}

/** A sealed deletion of an inbox hello (the device can read it; its pull leaves it alone). */
export function sealHelloGone(keys: DbKeys, key: string): Promise<EncryptedDoc> {
  return sealDoc(keys, { t: HELLO, tomb: { table: HELLO, id: key, deletedAt: Date.now() } } as SyncPayload);
}

/**
 * An inbox document as a hello of the slot `user`, or null when it is something else (a pupil's
 * submission). A hello that names another login than the inbox's is no hello of this inbox: null.
 */
export async function readInboxHello(
  keys: DbKeys,
  raw: unknown,
  user: string,
): Promise<{ hello: Hello; key: string } | null> {
  let opened: Awaited<ReturnType<typeof openPlain>>;
  try {
    opened = await openPlain(keys, raw);
  } catch {
    return null;
  }
  if (opened.t !== HELLO || !opened.r) return null;
  const h = readHello(opened.r);
  if (!h || h.user.split(' ')[0] !== user) return null;
  return { hello: { ...h, user }, key: h.user };
}

/** Whether an inbox document (deleted or not) is a hello: the pull on a tablet leaves those alone. */
export async function isHelloDoc(keys: DbKeys, raw: unknown): Promise<boolean> {
  try {
    return (await openPlain(keys, raw)).t === HELLO;
  } catch {
    return false;
  }
}
