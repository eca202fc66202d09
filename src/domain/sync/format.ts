// What a synced document looks like on the server (docs/sync.md §3.3): an opaque id, CouchDB's
// revision and deleted flag, the format version, the key epoch, an IV and the AES-GCM ciphertext of a
// padded JSON payload. Pure: no Web Crypto here (that is src/sync/crypto.ts), no Dexie, no browser.
import { TABLES, type TableName, type Tombstone } from '../backup/format';

/** The document format's version (`v`). A device refuses a version it does not know. */
export const SYNC_FORMAT_VERSION = 1;
/** Plaintexts are padded with spaces to a multiple of this many bytes, so sizes say little. */
export const PAD_BUCKET = 256;
/** The largest plaintext (before padding) a device sends: a larger change stays on the device. */
export const MAX_PLAINTEXT = 256 * 1024;

/** Why a document or payload was refused. Every refusal is one of these, never a half-read value. */
export type SyncFormatCode = 'too-large' | 'bad-document' | 'bad-payload' | 'unknown-version';

export class SyncFormatError extends Error {
  override readonly name = 'SyncFormatError';
  constructor(
    readonly code: SyncFormatCode,
    message: string,
  ) {
    super(message);
  }
}

/** The fields the server stores, and nothing else (the e2e server scan checks exactly this list). */
export const DOC_FIELDS = ['_id', '_rev', '_deleted', 'v', 'k', 'iv', 'c'] as const;

export interface EncryptedDoc {
  /** 32 lowercase hex digits: HMAC of table and primary key (src/sync/crypto.ts). */
  _id: string;
  _rev?: string;
  _deleted?: true;
  v: typeof SYNC_FORMAT_VERSION;
  /** The key epoch (0, then 1 after the first rotation...). */
  k: number;
  /** 12 bytes, base64url. */
  iv: string;
  /** Ciphertext followed by the 16-byte GCM tag, base64url. */
  c: string;
}

/** What a document's ciphertext holds: a record of a table, or the tombstone of a deleted one. */
export type SyncPayload = { t: TableName; r: Record<string, unknown> } | { t: TableName; tomb: Tombstone };

const DOC_ID = /^[0-9a-f]{32}$/;
const B64URL = /^[A-Za-z0-9_-]*$/;

export const isDocId = (id: unknown): id is string => typeof id === 'string' && DOC_ID.test(id);

/** The text the id's HMAC is computed over: the same record gets the same id on every device. */
export const idInput = (table: TableName, primaryKey: string): string => `${table}\n${primaryKey}`;

/**
 * The additional authenticated data of a document: its database, id, version and epoch. A ciphertext
 * moved to another id, database, version or epoch does not decrypt.
 */
export const additionalData = (db: string, id: string, v: number, k: number): string =>
  `${db}\n${id}\n${v}\n${k}`;

// --- Database names (server/setup.sh makes them) ---------------------------------------------------

export type DbKind = 'main' | 'roster' | 'shown' | 'inbox';
const SYNC_ID = /^[0-9a-f]{16}$/;
const SLOT = /^[sp][0-9]+$/;

/** `dk-<sid>-main`, `-roster`, `-shown`, or a device's inbox `dk-<sid>-in-<slot>` (slot `s1`, `p3`). */
export function dbName(syncId: string, kind: DbKind, slot?: string): string {
  if (!SYNC_ID.test(syncId)) throw new SyncFormatError('bad-document', 'A sync id is 16 hex digits.');
  if (kind !== 'inbox') return `dk-${syncId}-${kind}`;
  if (!slot || !SLOT.test(slot))
    throw new SyncFormatError('bad-document', 'An inbox belongs to a device slot.');
  return `dk-${syncId}-in-${slot}`;
}

// --- Padding ----------------------------------------------------------------------------------------

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The payload as UTF-8 JSON padded with spaces (JSON whitespace) to the next multiple of PAD_BUCKET.
 * Throws `too-large` above MAX_PLAINTEXT: such a change stays on this device (docs/sync.md §11).
 */
export function padPayload(payload: SyncPayload): Uint8Array<ArrayBuffer> {
  const json = encoder.encode(JSON.stringify(payload));
  if (json.length > MAX_PLAINTEXT) {
    throw new SyncFormatError('too-large', `A change of ${json.length} bytes is too large to sync.`);
  }
  const size = Math.max(PAD_BUCKET, Math.ceil(json.length / PAD_BUCKET) * PAD_BUCKET);
  const out = new Uint8Array(size).fill(0x20);
  out.set(json);
  return out;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isTable = (t: unknown): t is TableName => (TABLES as readonly unknown[]).includes(t);

/**
 * Reads a decrypted plaintext back. Only the envelope is checked here (a known table, a record object
 * or a well-formed tombstone of the same table); the record itself is checked by the backup record
 * schemas before it is applied.
 */
export function unpadPayload(bytes: Uint8Array): SyncPayload {
  if (bytes.length === 0 || bytes.length % PAD_BUCKET !== 0 || bytes.length > MAX_PLAINTEXT + PAD_BUCKET) {
    throw new SyncFormatError('bad-payload', 'The plaintext is not padded as the format says.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(bytes));
  } catch {
    throw new SyncFormatError('bad-payload', 'The plaintext is not JSON.');
  }
  if (!isObject(parsed) || !isTable(parsed.t)) {
    throw new SyncFormatError('bad-payload', 'The plaintext names no known table.');
  }
  const keys = Object.keys(parsed).sort().join(',');
  if (keys === 'r,t' && isObject(parsed.r)) return { t: parsed.t, r: parsed.r };
  if (keys === 't,tomb' && isObject(parsed.tomb)) {
    const { table, id, deletedAt } = parsed.tomb;
    if (
      table === parsed.t &&
      typeof id === 'string' &&
      typeof deletedAt === 'number' &&
      Number.isFinite(deletedAt)
    ) {
      return { t: parsed.t, tomb: { table: parsed.t, id, deletedAt } };
    }
  }
  throw new SyncFormatError('bad-payload', 'The plaintext is neither a record nor a tombstone.');
}

// --- The document as it comes from the server -------------------------------------------------------

/**
 * Checks a document from the mirror or the server: exactly the fields of DOC_FIELDS, of the right
 * kinds, in a version this device knows. Anything else is refused before any decryption.
 */
export function parseDoc(x: unknown): EncryptedDoc {
  if (!isObject(x)) throw new SyncFormatError('bad-document', 'A document is an object.');
  for (const key of Object.keys(x)) {
    if (!(DOC_FIELDS as readonly string[]).includes(key)) {
      throw new SyncFormatError('bad-document', `A document has no field "${key}".`);
    }
  }
  const { _id, _rev, _deleted, v, k, iv, c } = x;
  if (!isDocId(_id)) throw new SyncFormatError('bad-document', 'A document id is 32 hex digits.');
  if (_rev !== undefined && typeof _rev !== 'string')
    throw new SyncFormatError('bad-document', 'Bad revision.');
  if (_deleted !== undefined && _deleted !== true)
    throw new SyncFormatError('bad-document', 'Bad deleted flag.');
  if (typeof v !== 'number') throw new SyncFormatError('bad-document', 'A document has a version.');
  if (v !== SYNC_FORMAT_VERSION) {
    throw new SyncFormatError('unknown-version', `Format version ${v} is newer than this app.`);
  }
  if (typeof k !== 'number' || !Number.isSafeInteger(k) || k < 0) {
    throw new SyncFormatError('bad-document', 'A key epoch is a whole number from 0.');
  }
  if (typeof iv !== 'string' || !B64URL.test(iv) || iv.length !== 16) {
    throw new SyncFormatError('bad-document', 'An IV is 12 bytes.');
  }
  // At least one padding bucket plus the 16-byte tag.
  if (typeof c !== 'string' || !B64URL.test(c) || c.length < base64UrlLength(PAD_BUCKET + 16)) {
    throw new SyncFormatError('bad-document', 'A ciphertext is base64url of at least one bucket.');
  }
  const doc: EncryptedDoc = { _id, v, k, iv, c };
  if (_rev !== undefined) doc._rev = _rev;
  if (_deleted) doc._deleted = true;
  return doc;
}

// --- base64url without padding (RFC 4648 §5), pure -------------------------------------------------

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((ch, i) => [ch, i]));

const base64UrlLength = (bytes: number): number => Math.ceil((bytes * 4) / 3);

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let j = 0; j < chars; j++) out += ALPHABET[(n >> (18 - 6 * j)) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (text.length % 4 === 1) throw new SyncFormatError('bad-document', 'Not base64url.');
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of text) {
    const d = LOOKUP.get(ch);
    if (d === undefined) throw new SyncFormatError('bad-document', 'Not base64url.');
    value = ((value << 6) | d) & 0x3fff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, so every byte string has exactly one text.
  if (value & ((1 << bits) - 1)) throw new SyncFormatError('bad-document', 'Not canonical base64url.');
  return out;
}

export const toHex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
