// @vitest-environment node
// Pairing (docs/sync.md §6): the code's format, the bundle's checks, the QR fragment, and the code's
// PBKDF2 + AES-GCM pinned by a vector computed independently with node:crypto.
import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../src/domain/sync/format';
import {
  codeFromFragment,
  normalizePairingCode,
  PAIRING_TTL_MS,
  type PairingBundle,
  pairingCodeFrom,
  pairLink,
  readBundle,
} from '../../src/domain/sync/pairing';
import { SyncCryptoError } from '../../src/sync/crypto';
import {
  openBundle,
  PAIRING_ITERATIONS,
  PAIRING_SALT,
  pairingSecret,
  sealBundle,
} from '../../src/sync/pairing-crypto';

const SID = '0123456789abcdef';
const NOW = Date.UTC(2026, 11, 2, 10, 0);
const KEY = toBase64Url(new Uint8Array(32).fill(7));

function bundle(over: Partial<PairingBundle> & Record<string, unknown> = {}): PairingBundle {
  return {
    v: 1,
    server: 'https://dk-sync.kommune.no',
    syncId: SID,
    classId: 'c-4b',
    role: 'tablet',
    user: `dk-${SID}-p3`,
    password: 'p'.repeat(32),
    keys: {
      kind: 'dbs',
      dbs: { [`dk-${SID}-roster`]: { enc: KEY, id: KEY }, [`dk-${SID}-in-p3`]: { enc: KEY, id: KEY } },
    },
    wrapKey: KEY,
    epoch: 0,
    exp: NOW + PAIRING_TTL_MS,
    ...over,
  } as PairingBundle;
}

const refusal = (x: unknown, now = NOW) => {
  const r = readBundle(x, now);
  return r.ok ? 'accepted' : r.refusal;
};

describe('the pairing code', () => {
  it('is 12 characters of Crockford base32 in three groups, every letter as likely', () => {
    const code = pairingCodeFrom(Uint8Array.from({ length: 12 }, (_, i) => i * 31));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(pairingCodeFrom(new Uint8Array(12).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ');
    expect(pairingCodeFrom(new Uint8Array(12).fill(32))).toBe('0000-0000-0000');
    expect(() => pairingCodeFrom(new Uint8Array(11))).toThrow();
  });

  it('ignores case, spaces and dashes, and reads O, I and L as 0, 1 and 1', () => {
    expect(normalizePairingCode(' k7qm-2xd9 hnc4 ')).toBe('K7QM2XD9HNC4');
    expect(normalizePairingCode('O1IL-0000-0000')).toBe('0111' + '00000000');
    expect(normalizePairingCode('K7QM-2XD9-HNC')).toBeNull();
    expect(normalizePairingCode('K7QM-2XD9-HNC4-1')).toBeNull();
    expect(normalizePairingCode('K7QM-2XD9-HNCU')).toBeNull();
    expect(normalizePairingCode('K7QM_2XD9_HNC4')).toBeNull();
  });
});

describe('the pairing bundle', () => {
  it('is read back as it was made', () => {
    expect(readBundle(JSON.parse(JSON.stringify(bundle())), NOW)).toEqual({ ok: true, bundle: bundle() });
    const teacher = bundle({
      role: 'teacher',
      user: `dk-${SID}-t2`,
      keys: { kind: 'class', classKey: KEY, idsKey: KEY },
    });
    expect(refusal(teacher)).toBe('accepted');
  });

  it('stops working after its ten minutes', () => {
    expect(refusal(bundle(), NOW + PAIRING_TTL_MS)).toBe('accepted');
    expect(refusal(bundle(), NOW + PAIRING_TTL_MS + 1)).toBe('expired');
  });

  it('is refused when anything is wrong with it, and a newer one asks for a newer app', () => {
    expect(refusal(bundle({ v: 2 as 1 }))).toBe('newer-format');
    expect(refusal(bundle({ v: 0 as 1 }))).toBe('damaged');
    expect(refusal(null)).toBe('damaged');
    expect(refusal(bundle({ syncId: 'xyz' }))).toBe('damaged');
    expect(refusal(bundle({ classId: '' }))).toBe('damaged');
    expect(refusal(bundle({ role: 'admin' as 'tablet' }))).toBe('damaged');
    // a tablet bundle with a teacher's login, or another class's login
    expect(refusal(bundle({ user: `dk-${SID}-t1` }))).toBe('damaged');
    expect(refusal(bundle({ user: `dk-fedcba9876543210-p3` }))).toBe('damaged');
    expect(refusal(bundle({ password: 'short' }))).toBe('damaged');
    expect(refusal(bundle({ wrapKey: 'abc' }))).toBe('damaged');
    expect(refusal(bundle({ epoch: -1 }))).toBe('damaged');
    expect(refusal(bundle({ exp: Number.NaN }))).toBe('damaged');
    // a tablet given the class keys, a teacher given only database keys, keys of another class
    expect(refusal(bundle({ keys: { kind: 'class', classKey: KEY, idsKey: KEY } }))).toBe('damaged');
    expect(refusal(bundle({ role: 'teacher', user: `dk-${SID}-t1` }))).toBe('damaged');
    expect(
      refusal(
        bundle({ keys: { kind: 'dbs', dbs: { 'dk-fedcba9876543210-roster': { enc: KEY, id: KEY } } } }),
      ),
    ).toBe('damaged');
    expect(refusal(bundle({ keys: { kind: 'dbs', dbs: {} } }))).toBe('damaged');
  });

  it('a QR link holds the code in its fragment; anything else there is no code', () => {
    const link = pairLink('https://dk.skole.no', 'K7QM-2XD9-HNC4');
    expect(link).toBe('https://dk.skole.no/pair#dk1.K7QM2XD9HNC4');
    expect(codeFromFragment(new URL(link).hash)).toBe('K7QM2XD9HNC4');
    expect(codeFromFragment('dk1.k7qm2xd9hnc4')).toBe('K7QM2XD9HNC4');
    expect(codeFromFragment('#dk2.K7QM2XD9HNC4')).toBeNull();
    expect(codeFromFragment('#dk1.K7QM2XD9HNC')).toBeNull();
    expect(codeFromFragment('#dk1.K7QM2XD9HNCU')).toBeNull();
    expect(codeFromFragment('#dk1.!!!')).toBeNull();
    expect(codeFromFragment('')).toBeNull();
    expect(codeFromFragment(`#dk1.${'A'.repeat(5000)}`)).toBeNull();
  });
});

describe('the code’s cryptography', () => {
  it('derives the document id and key with PBKDF2-SHA-256 as node:crypto does (pinned vector)', async () => {
    const code = 'K7QM-2XD9-HNC4';
    const expected = pbkdf2Sync('K7QM2XD9HNC4', PAIRING_SALT, 1000, 48, 'sha256');
    const secret = await pairingSecret(code.toLowerCase(), 1000);
    expect(secret?.docId).toBe(expected.subarray(0, 16).toString('hex'));
    // the key is the other 32 bytes: a document sealed with Node's key opens with ours
    const { webcrypto } = await import('node:crypto');
    const nodeKey = await webcrypto.subtle.importKey('raw', expected.subarray(16), 'AES-GCM', false, [
      'encrypt',
    ]);
    const iv = new Uint8Array(12).fill(1);
    const c = await webcrypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(`dk-pair-v1\n${secret!.docId}`) },
      nodeKey,
      new TextEncoder().encode(JSON.stringify(bundle())),
    );
    const doc = { _id: secret!.docId, iv: toBase64Url(iv), c: toBase64Url(new Uint8Array(c)) };
    expect(await openBundle(secret!, doc, NOW)).toEqual({ ok: true, bundle: bundle() });
    expect(PAIRING_ITERATIONS).toBe(310_000);
    expect(await pairingSecret('too short')).toBeNull();
  });

  it('round-trips a bundle, and a wrong code, another document or a changed byte do not open', async () => {
    const secret = (await pairingSecret('K7QM-2XD9-HNC4', 1000))!;
    const other = (await pairingSecret('K7QM-2XD9-HNC5', 1000))!;
    const doc = await sealBundle(secret, bundle());
    expect(JSON.stringify(doc)).not.toContain('dk-sync');
    expect(await openBundle(secret, doc, NOW)).toEqual({ ok: true, bundle: bundle() });
    await expect(openBundle(other, doc, NOW)).rejects.toBeInstanceOf(SyncCryptoError);
    await expect(openBundle(other, { ...doc, _id: other.docId }, NOW)).rejects.toThrow(/does not decrypt/);
    const flipped = `${doc.c.slice(0, 5)}${doc.c[5] === 'A' ? 'B' : 'A'}${doc.c.slice(6)}`;
    await expect(openBundle(secret, { ...doc, c: flipped }, NOW)).rejects.toThrow(/does not decrypt/);
    await expect(openBundle(secret, null, NOW)).rejects.toThrow(/not the pairing document/);
    expect(await openBundle(secret, doc, NOW + PAIRING_TTL_MS + 1)).toEqual({
      ok: false,
      refusal: 'expired',
    });
  });
});
