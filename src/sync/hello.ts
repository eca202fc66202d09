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

/** A hello document opened and checked, or a typed error (never half-read). */
export async function openHello(keys: DbKeys, raw: unknown): Promise<Hello> {
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
  let parsed: unknown;
  try {
    if (plain.byteLength % PAD_BUCKET !== 0) throw new Error('unpadded');
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    throw new SyncCryptoError('wrong-record', 'A hello is padded JSON.');
  }
  const body =
    (parsed as { t?: unknown; r?: unknown } | null)?.t === HELLO ? (parsed as { r: unknown }).r : null;
  const hello = readHello(body);
  if (!hello || (await helloId(keys, hello.user)) !== doc._id)
    throw new SyncCryptoError('wrong-record', 'The document is not the hello its id names.');
  return hello;
}
