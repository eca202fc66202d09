// The pairing code's cryptography (docs/sync.md §6.2): PBKDF2-SHA-256 stretches the 60-bit code into
// 48 bytes; the first 16 name the pairing document in `dk-pairing`, the other 32 are the AES-256-GCM
// key of the bundle stored there. The server sees an opaque id and ciphertext; without the code,
// guessing within the code's ten minutes is out of reach. Web Crypto only.

import { fromBase64Url, PAD_BUCKET, toBase64Url, toHex } from '../domain/sync/format';
import {
  type BundleResult,
  normalizePairingCode,
  type PairingBundle,
  readBundle,
} from '../domain/sync/pairing';
import { SyncCryptoError } from './crypto';

export const PAIRING_SALT = 'drommeklassen-pair-v1';
export const PAIRING_ITERATIONS = 310_000;
/** The pairing database (server/setup.sh init makes it). */
export const PAIRING_DB = 'dk-pairing';
/**
 * The public pairing login (server/setup.sh init): NOT a secret, it is built into the app. It only gets
 * a new device past `require_valid_user` to read one encrypted pairing document.
 */
export const PAIRING_LOGIN = { username: 'dk-pairing', password: 'dk-pairing-not-a-secret' } as const;

const utf8 = (s: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(s);
const aad = (id: string) => utf8(`dk-pair-v1\n${id}`);

export interface PairingSecret {
  /** 32 hex digits: the pairing document's `_id`. */
  docId: string;
  key: CryptoKey;
}

/** The document id and key a code stands for. Null when the text cannot be a code. */
export async function pairingSecret(
  code: string,
  iterations = PAIRING_ITERATIONS,
): Promise<PairingSecret | null> {
  const normal = normalizePairingCode(code);
  if (!normal) return null;
  const subtle = globalThis.crypto.subtle;
  const base = await subtle.importKey('raw', utf8(normal), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(
    await subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: utf8(PAIRING_SALT), iterations },
      base,
      48 * 8,
    ),
  );
  const key = await subtle.importKey('raw', bits.slice(16), { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);
  return { docId: toHex(bits.subarray(0, 16)), key };
}

/** Shaped like every synced document (docs/sync.md §3.3), so the server sees one kind of thing. */
export interface PairingDoc {
  _id: string;
  _rev?: string;
  v: 1;
  k: 0;
  iv: string;
  c: string;
}

/** JSON padded with spaces to a multiple of PAD_BUCKET bytes, as synced documents are: sizes say little. */
function padded(json: string): string {
  const bytes = utf8(json).length;
  return json + ' '.repeat(Math.ceil(bytes / PAD_BUCKET) * PAD_BUCKET - bytes);
}

/** The pairing document for a bundle, encrypted under the code's key. */
export async function sealBundle(secret: PairingSecret, bundle: PairingBundle): Promise<PairingDoc> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const c = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad(secret.docId), tagLength: 128 },
    secret.key,
    utf8(padded(JSON.stringify(bundle))),
  );
  return { _id: secret.docId, v: 1, k: 0, iv: toBase64Url(iv), c: toBase64Url(new Uint8Array(c)) };
}

/**
 * Opens a pairing document fetched with the code. Throws SyncCryptoError `decrypt-failed` when it is
 * not this code's document or was changed; an expired or malformed bundle is a refusal, not a throw.
 */
export async function openBundle(secret: PairingSecret, doc: unknown, now: number): Promise<BundleResult> {
  const d = doc as Partial<PairingDoc> | null;
  if (!d || d._id !== secret.docId || typeof d.iv !== 'string' || typeof d.c !== 'string')
    throw new SyncCryptoError('decrypt-failed', 'This is not the pairing document of that code.');
  let plain: ArrayBuffer;
  try {
    plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64Url(d.iv), additionalData: aad(secret.docId), tagLength: 128 },
      secret.key,
      fromBase64Url(d.c),
    );
  } catch {
    throw new SyncCryptoError('decrypt-failed', 'The pairing document does not decrypt with that code.');
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    return { ok: false, refusal: 'damaged' };
  }
  return readBundle(json, now);
}
