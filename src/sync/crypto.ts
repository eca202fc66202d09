// The keys and the encryption of synced documents (docs/sync.md §4). Web Crypto only: HKDF-SHA-256
// for the sub-keys of each database, HMAC-SHA-256 for document ids, AES-256-GCM with the database,
// id, version and epoch as additional data. No library and no primitive of our own. Loaded only on a
// device with a server set up: nothing on the first visit imports this folder (biome.json).

import type { TableName } from '../domain/backup/format';
import {
  additionalData,
  type EncryptedDoc,
  fromBase64Url,
  idInput,
  padPayload,
  parseDoc,
  SYNC_FORMAT_VERSION,
  type SyncPayload,
  toBase64Url,
  toHex,
  unpadPayload,
} from '../domain/sync/format';

/** HKDF's salt for every sub-key of format version 1. */
export const HKDF_SALT = 'drommeklassen-sync-v1';
/** Class keys, sub-keys: 256 bits. */
export const KEY_BYTES = 32;
const IV_BYTES = 12;

export type SyncCryptoCode =
  /** The GCM tag failed: wrong key, wrong database/id/epoch, or changed bytes. */
  | 'decrypt-failed'
  /** This device has no key for the document's epoch (it was rotated, or the device was removed). */
  | 'no-key'
  /** A key of the wrong length or kind. */
  | 'bad-key'
  /** The plaintext is a different record than the id says, or its kind does not match `_deleted`. */
  | 'wrong-record';

export class SyncCryptoError extends Error {
  override readonly name = 'SyncCryptoError';
  constructor(
    readonly code: SyncCryptoCode,
    message: string,
  ) {
    super(message);
  }
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const utf8 = (s: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(s);

function checkKey(raw: Uint8Array, what: string): void {
  if (!(raw instanceof Uint8Array) || raw.length !== KEY_BYTES) {
    throw new SyncCryptoError('bad-key', `${what} must be ${KEY_BYTES} bytes.`);
  }
}

/** HKDF-SHA-256 (RFC 5869): `length` bytes of output keying material. */
export async function hkdf(
  ikm: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
  info: Uint8Array<ArrayBuffer>,
  length: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = await subtle().importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  const bits = await subtle().deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info }, key, length * 8);
  return new Uint8Array(bits);
}

/** A class's two random keys, made on the first teacher device (§4): `K_class` and `K_ids`. */
export interface ClassKeys {
  classKey: Uint8Array<ArrayBuffer>;
  idsKey: Uint8Array<ArrayBuffer>;
}

export function newClassKeys(): ClassKeys {
  return {
    classKey: globalThis.crypto.getRandomValues(new Uint8Array(KEY_BYTES)),
    idsKey: globalThis.crypto.getRandomValues(new Uint8Array(KEY_BYTES)),
  };
}

/** `K_enc(db, epoch)`: the raw AES-256-GCM key of one database in one epoch (handed to screens and tablets). */
export async function encKeyBytes(classKey: Uint8Array<ArrayBuffer>, db: string, epoch: number) {
  checkKey(classKey, 'A class key');
  if (!Number.isSafeInteger(epoch) || epoch < 0) throw new SyncCryptoError('bad-key', 'Bad key epoch.');
  return hkdf(classKey, utf8(HKDF_SALT), utf8(`enc\n${db}\n${epoch}`), KEY_BYTES);
}

/** `K_id(db)`: the raw HMAC key that names one database's documents (never rotated). */
export async function idKeyBytes(idsKey: Uint8Array<ArrayBuffer>, db: string) {
  checkKey(idsKey, 'An id key');
  return hkdf(idsKey, utf8(HKDF_SALT), utf8(`id\n${db}`), KEY_BYTES);
}

/** Imports a database's encryption key; not extractable, so a screen or tablet cannot hand it on. */
export async function importEncKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  checkKey(raw, 'An encryption key');
  return subtle().importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

export async function importIdKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  checkKey(raw, 'An id key');
  return subtle().importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** Everything one device needs to read and write one database. */
export interface DbKeys {
  /** The database's name: part of every sub-key and of every document's additional data. */
  db: string;
  id: CryptoKey;
  /** The epoch new documents are written in. */
  epoch: number;
  /** The encryption key of every epoch this device still has (at least `epoch`). */
  enc: ReadonlyMap<number, CryptoKey>;
}

/** A teacher device's keys for one database, derived from the class keys. */
export async function dbKeysFromClass(keys: ClassKeys, db: string, epoch: number): Promise<DbKeys> {
  const [enc, id] = await Promise.all([encKeyBytes(keys.classKey, db, epoch), idKeyBytes(keys.idsKey, db)]);
  return { db, epoch, id: await importIdKey(id), enc: new Map([[epoch, await importEncKey(enc)]]) };
}

/** A document's id: the first 16 bytes of HMAC-SHA-256(K_id(db), table + "\n" + primary key), as hex. */
export async function docId(idKey: CryptoKey, table: TableName, primaryKey: string): Promise<string> {
  const mac = await subtle().sign('HMAC', idKey, utf8(idInput(table, primaryKey)));
  return toHex(new Uint8Array(mac, 0, 16));
}

/** The primary key a payload is about: a setting's `key`, every other record's `id`, a tombstone's `id`. */
export function payloadKey(p: SyncPayload): string | undefined {
  if ('tomb' in p) return p.tomb.id;
  const k = p.t === 'settings' ? p.r.key : p.r.id;
  return typeof k === 'string' ? k : undefined;
}

/**
 * Encrypts a record or tombstone into its document for `keys.db`, in the current epoch, with a fresh
 * random IV. A tombstone becomes a deleted document. Throws SyncFormatError `too-large` above
 * MAX_PLAINTEXT.
 */
export async function sealDoc(keys: DbKeys, payload: SyncPayload): Promise<EncryptedDoc> {
  const key = keys.enc.get(keys.epoch);
  if (!key) throw new SyncCryptoError('no-key', `No key for epoch ${keys.epoch}.`);
  const primary = payloadKey(payload);
  if (primary === undefined) throw new SyncCryptoError('wrong-record', 'A record without its key.');
  const plain = padPayload(payload);
  const _id = await docId(keys.id, payload.t, primary);
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const aad = utf8(additionalData(keys.db, _id, SYNC_FORMAT_VERSION, keys.epoch));
  const c = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, key, plain);
  const doc: EncryptedDoc = {
    _id,
    v: SYNC_FORMAT_VERSION,
    k: keys.epoch,
    iv: toBase64Url(iv),
    c: toBase64Url(new Uint8Array(c)),
  };
  if ('tomb' in payload) doc._deleted = true;
  return doc;
}

/**
 * Checks and decrypts a document of `keys.db`. Every failure is a typed error and nothing half-read
 * comes back: SyncFormatError for a malformed document or plaintext, SyncCryptoError for a missing
 * key, a failed tag (wrong key, moved or changed bytes) or a plaintext that is not the record the id
 * names.
 */
export async function openDoc(keys: DbKeys, raw: unknown): Promise<SyncPayload> {
  const doc = parseDoc(raw);
  const key = keys.enc.get(doc.k);
  if (!key) throw new SyncCryptoError('no-key', `No key for epoch ${doc.k}.`);
  const aad = utf8(additionalData(keys.db, doc._id, doc.v, doc.k));
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64Url(doc.iv), additionalData: aad, tagLength: 128 },
      key,
      fromBase64Url(doc.c),
    );
  } catch {
    throw new SyncCryptoError('decrypt-failed', 'The document does not decrypt with this key.');
  }
  const payload = unpadPayload(new Uint8Array(plain));
  const primary = payloadKey(payload);
  if (primary === undefined || (await docId(keys.id, payload.t, primary)) !== doc._id) {
    throw new SyncCryptoError('wrong-record', 'The document holds another record than its id names.');
  }
  if ('tomb' in payload !== (doc._deleted === true)) {
    throw new SyncCryptoError('wrong-record', 'A deletion must be a deleted document, and only a deletion.');
  }
  return payload;
}
