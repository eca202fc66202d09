// @vitest-environment node
// Sync formats and keys (docs/sync.md §3.3, §4): published test vectors for the primitives, fixed
// vectors for our own derivations (so the format cannot drift), padding, and that every tampering
// fails with a typed error, never a garbage record.
import { describe, expect, it } from 'vitest';
import {
  additionalData,
  dbName,
  fromBase64Url,
  MAX_PLAINTEXT,
  PAD_BUCKET,
  padPayload,
  parseDoc,
  SyncFormatError,
  type SyncPayload,
  toBase64Url,
  toHex,
  unpadPayload,
} from '../../src/domain/sync/format';
import {
  type ClassKeys,
  type DbKeys,
  dbKeysFromClass,
  docId,
  encKeyBytes,
  hkdf,
  idKeyBytes,
  importEncKey,
  importIdKey,
  newClassKeys,
  openDoc,
  SyncCryptoError,
  sealDoc,
} from '../../src/sync/crypto';
import { helloId, openHello, sealHello } from '../../src/sync/hello';

const hex = (s: string) => new Uint8Array((s.match(/../g) ?? []).map((b) => Number.parseInt(b, 16)));
const range = (from: number, to: number) =>
  new Uint8Array(Array.from({ length: to - from + 1 }, (_, i) => from + i));
const utf8 = (s: string) => new TextEncoder().encode(s);

const FIXED: ClassKeys = { classKey: range(0, 31), idsKey: range(32, 63) };
const MAIN = dbName('0123456789abcdef', 'main');
const SHOWN = dbName('0123456789abcdef', 'shown');

const recognition = {
  id: '5b0f8a4e-2c1d-4e7f-9a3b-6c5d4e3f2a1b',
  classId: 'c1',
  pupilId: 'p1',
  strengthId: 's1',
  text: 'Ada hjalp Nils med å bære stolene',
  noticedBy: { kind: 'teacher' },
  source: 'teacher',
  status: 'approved',
  createdAt: 1,
  updatedAt: 2,
};
const rec: SyncPayload = { t: 'recognitions', r: recognition };

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof SyncCryptoError || e instanceof SyncFormatError) return `${e.name}:${e.code}`;
    throw e;
  }
  throw new Error('expected a typed error, got a value');
}

describe('primitives against published vectors', () => {
  it('HKDF-SHA-256 gives RFC 5869 test cases 1, 2 and 3', async () => {
    const ikm = new Uint8Array(22).fill(0x0b);
    expect(toHex(await hkdf(ikm, range(0x00, 0x0c), range(0xf0, 0xf9), 42))).toBe(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    );
    expect(toHex(await hkdf(range(0x00, 0x4f), range(0x60, 0xaf), range(0xb0, 0xff), 82))).toBe(
      'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c' +
        '59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71' +
        'cc30c58179ec3e87c14c01d5c1f3434f1d87',
    );
    expect(toHex(await hkdf(ikm, new Uint8Array(0), new Uint8Array(0), 42))).toBe(
      '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8',
    );
  });

  it('AES-256-GCM gives the GCM specification test case 16 (with additional data)', async () => {
    const key = await globalThis.crypto.subtle.importKey(
      'raw',
      hex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308'),
      'AES-GCM',
      false,
      ['encrypt'],
    );
    const out = await globalThis.crypto.subtle.encrypt(
      {
        name: 'AES-GCM',
        iv: hex('cafebabefacedbaddecaf888'),
        additionalData: hex('feedfacedeadbeeffeedfacedeadbeefabaddad2'),
      },
      key,
      hex(
        'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
          '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
      ),
    );
    expect(toHex(new Uint8Array(out))).toBe(
      '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa' +
        '8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662' +
        '76fc6ece0f4e1768cddf8853bb2d551b',
    );
  });

  it('HMAC-SHA-256 gives RFC 4231 test case 2', async () => {
    const key = await globalThis.crypto.subtle.importKey(
      'raw',
      utf8('Jefe'),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const mac = await globalThis.crypto.subtle.sign('HMAC', key, utf8('what do ya want for nothing?'));
    expect(toHex(new Uint8Array(mac))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });
});

describe('our derivations are fixed (a change here breaks every paired device)', () => {
  it('sub-keys per database and epoch, and document ids', async () => {
    expect(toHex(await encKeyBytes(FIXED.classKey, MAIN, 0))).toBe(ENC_MAIN_0);
    expect(toHex(await idKeyBytes(FIXED.idsKey, MAIN))).toBe(ID_MAIN);
    const id = await docId(
      await importIdKey(await idKeyBytes(FIXED.idsKey, MAIN)),
      'recognitions',
      recognition.id,
    );
    expect(id).toBe(DOC_ID_MAIN);
  });

  it('differ per database, epoch and table', async () => {
    const enc = new Set(
      await Promise.all([
        encKeyBytes(FIXED.classKey, MAIN, 0),
        encKeyBytes(FIXED.classKey, MAIN, 1),
        encKeyBytes(FIXED.classKey, SHOWN, 0),
      ]).then((ks) => ks.map(toHex)),
    );
    expect(enc.size).toBe(3);
    const idMain = await importIdKey(await idKeyBytes(FIXED.idsKey, MAIN));
    const idShown = await importIdKey(await idKeyBytes(FIXED.idsKey, SHOWN));
    const ids = new Set([
      await docId(idMain, 'recognitions', 'x'),
      await docId(idMain, 'pupils', 'x'),
      await docId(idShown, 'recognitions', 'x'),
    ]);
    expect(ids.size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses keys of the wrong length', async () => {
    expect(await codeOf(encKeyBytes(new Uint8Array(16), MAIN, 0))).toBe('SyncCryptoError:bad-key');
    expect(await codeOf(importEncKey(new Uint8Array(31)))).toBe('SyncCryptoError:bad-key');
    expect(await codeOf(encKeyBytes(FIXED.classKey, MAIN, -1))).toBe('SyncCryptoError:bad-key');
  });
});

// Pinned for format version 1; computed independently with node:crypto (hkdfSync, createHmac) from
// the inputs above and the salt and info strings of docs/sync.md §4.
const ENC_MAIN_0 = '4acc88a0f78721166b07ce88964a228be705704aa2ea76c2e335d9a27a4f31eb';
const ID_MAIN = '0fc5857ca758bc553d0100f28ea87d8d7669f33e729a6cc6e66cb1585ac58291';
const DOC_ID_MAIN = 'b240ad6f78ede2667e2e0c8a6fc446ac';

describe('padding and the document shape', () => {
  it('pads to whole buckets of spaces and reads back', () => {
    const tiny: SyncPayload = { t: 'settings', r: { key: 'recognize.starters', value: [], updatedAt: 1 } };
    const small = padPayload(tiny);
    expect(small.length).toBe(PAD_BUCKET);
    expect(unpadPayload(small)).toEqual(tiny);
    const big: SyncPayload = { t: 'recognitions', r: { ...recognition, text: 'x'.repeat(300) } };
    const padded = padPayload(big);
    expect(padded.length % PAD_BUCKET).toBe(0);
    expect(padded.length).toBeGreaterThan(PAD_BUCKET);
    expect(padded[padded.length - 1]).toBe(0x20);
    expect(unpadPayload(padded)).toEqual(big);
  });

  it('two texts of different length in one bucket give the same size', () => {
    const a = padPayload({ t: 'recognitions', r: { ...recognition, text: 'Ja' } });
    const b = padPayload({ t: 'recognitions', r: { ...recognition, text: 'Ja, hun hjalp alle i klassen' } });
    expect(a.length).toBe(b.length);
  });

  it('a change above the limit is refused as too large', () => {
    const huge: SyncPayload = { t: 'dreamItems', r: { id: 'd', text: 'x'.repeat(MAX_PLAINTEXT) } };
    expect(() => padPayload(huge)).toThrow(expect.objectContaining({ code: 'too-large' }));
  });

  it('unpadding refuses what is not a payload', () => {
    const bad = (json: string) => {
      const out = new Uint8Array(PAD_BUCKET).fill(0x20);
      out.set(utf8(json));
      return () => unpadPayload(out);
    };
    expect(bad('{"t":"nope","r":{}}')).toThrow(expect.objectContaining({ code: 'bad-payload' }));
    expect(bad('{"t":"pupils","r":[]}')).toThrow(expect.objectContaining({ code: 'bad-payload' }));
    expect(bad('{"t":"pupils","r":{},"x":1}')).toThrow(expect.objectContaining({ code: 'bad-payload' }));
    expect(bad('{"t":"pupils","tomb":{"table":"classes","id":"a","deletedAt":1}}')).toThrow(
      expect.objectContaining({ code: 'bad-payload' }),
    );
    expect(bad('not json')).toThrow(expect.objectContaining({ code: 'bad-payload' }));
    expect(() => unpadPayload(new Uint8Array(100))).toThrow(expect.objectContaining({ code: 'bad-payload' }));
  });

  it('base64url round-trips every length and refuses other text', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = range(200, 200 + n - 1).map((b) => b & 0xff);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
    expect(toBase64Url(utf8('foobar'))).toBe('Zm9vYmFy');
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(() => fromBase64Url('Zm9v+')).toThrow(SyncFormatError);
    expect(() => fromBase64Url('Zh')).toThrow(SyncFormatError); // not canonical: stray bits
  });

  it('database names', () => {
    expect(MAIN).toBe('dk-0123456789abcdef-main');
    expect(dbName('0123456789abcdef', 'inbox', 'p3')).toBe('dk-0123456789abcdef-in-p3');
    expect(() => dbName('0123', 'main')).toThrow(SyncFormatError);
    expect(() => dbName('0123456789abcdef', 'inbox')).toThrow(SyncFormatError);
    expect(additionalData(MAIN, 'ab', 1, 0)).toBe('dk-0123456789abcdef-main\nab\n1\n0');
  });
});

describe('sealing and opening a document', () => {
  const keysFor = (db: string, epoch = 0, keys = FIXED) => dbKeysFromClass(keys, db, epoch);

  it('round-trips a record and a deletion; the server sees only the format fields', async () => {
    const keys = await keysFor(MAIN);
    const doc = await sealDoc(keys, rec);
    expect(Object.keys(doc).sort()).toEqual(['_id', 'c', 'iv', 'k', 'v']);
    expect(doc._id).toBe(DOC_ID_MAIN);
    expect(JSON.stringify(doc)).not.toContain('Ada');
    expect(JSON.stringify(doc)).not.toContain('recognitions');
    expect(await openDoc(keys, { ...doc, _rev: '1-abc' })).toEqual(rec);

    const tomb: SyncPayload = {
      t: 'recognitions',
      tomb: { table: 'recognitions', id: recognition.id, deletedAt: 9 },
    };
    const gone = await sealDoc(keys, tomb);
    expect(gone._deleted).toBe(true);
    expect(gone._id).toBe(doc._id);
    expect(await openDoc(keys, gone)).toEqual(tomb);
  });

  it('a setting is named by its key', async () => {
    const keys = await keysFor(MAIN);
    const setting: SyncPayload = {
      t: 'settings',
      r: { key: 'recognize.starters', value: ['Jeg så'], updatedAt: 1 },
    };
    const doc = await sealDoc(keys, setting);
    expect(doc._id).toBe(await docId(keys.id, 'settings', 'recognize.starters'));
    expect(await openDoc(keys, doc)).toEqual(setting);
  });

  it('a fresh IV each time: the same record never gives the same ciphertext', async () => {
    const keys = await keysFor(MAIN);
    const [a, b] = [await sealDoc(keys, rec), await sealDoc(keys, rec)];
    expect(a._id).toBe(b._id);
    expect(a.iv).not.toBe(b.iv);
    expect(a.c).not.toBe(b.c);
  });

  it('a flipped bit anywhere in the ciphertext, tag or IV fails as decrypt-failed', async () => {
    const keys = await keysFor(MAIN);
    const doc = await sealDoc(keys, rec);
    const c = fromBase64Url(doc.c);
    for (const at of [0, 100, c.length - 1]) {
      const bent = c.slice();
      bent[at]! ^= 1;
      expect(await codeOf(openDoc(keys, { ...doc, c: toBase64Url(bent) }))).toBe(
        'SyncCryptoError:decrypt-failed',
      );
    }
    const iv = fromBase64Url(doc.iv);
    iv[0]! ^= 0x80;
    expect(await codeOf(openDoc(keys, { ...doc, iv: toBase64Url(iv) }))).toBe(
      'SyncCryptoError:decrypt-failed',
    );
  });

  it('moved to another id, database or epoch, or opened with another key: decrypt-failed', async () => {
    const keys = await keysFor(MAIN);
    const doc = await sealDoc(keys, rec);
    const other = await sealDoc(keys, { t: 'recognitions', r: { ...recognition, id: 'other' } });
    // Another id in the same database (the server swaps two bodies).
    expect(await codeOf(openDoc(keys, { ...doc, _id: other._id }))).toBe('SyncCryptoError:decrypt-failed');
    // Same keys, but the additional data names another database.
    expect(await codeOf(openDoc({ ...keys, db: SHOWN }, doc))).toBe('SyncCryptoError:decrypt-failed');
    // The server relabels the epoch (this device has both).
    const both: DbKeys = {
      ...keys,
      enc: new Map([...keys.enc, [1, await importEncKey(await encKeyBytes(FIXED.classKey, MAIN, 1))]]),
    };
    expect(await codeOf(openDoc(both, { ...doc, k: 1 }))).toBe('SyncCryptoError:decrypt-failed');
    // Another class's keys (the ids match, so only the tag can tell).
    const stranger = await keysFor(MAIN, 0, { classKey: range(100, 131), idsKey: FIXED.idsKey });
    expect(await codeOf(openDoc(stranger, doc))).toBe('SyncCryptoError:decrypt-failed');
  });

  it('a key epoch this device does not have: no-key', async () => {
    const keys = await keysFor(MAIN);
    const newer = await sealDoc(await keysFor(MAIN, 1), rec);
    expect(await codeOf(openDoc(keys, newer))).toBe('SyncCryptoError:no-key');
  });

  it('a valid ciphertext under the wrong id or the wrong deleted flag: wrong-record', async () => {
    const keys = await keysFor(MAIN);
    // A device with the key (not the server) writes record B under record A's id.
    const a = await sealDoc(keys, rec);
    const b: SyncPayload = { t: 'recognitions', r: { ...recognition, id: 'b' } };
    const key = keys.enc.get(0)!;
    const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
    const c = await globalThis.crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: utf8(additionalData(MAIN, a._id, 1, 0)) },
      key,
      padPayload(b),
    );
    const forged = { ...a, iv: toBase64Url(iv), c: toBase64Url(new Uint8Array(c)) };
    expect(await codeOf(openDoc(keys, forged))).toBe('SyncCryptoError:wrong-record');
    // The server marks a record deleted (its body is still the record).
    expect(await codeOf(openDoc(keys, { ...a, _deleted: true }))).toBe('SyncCryptoError:wrong-record');
  });

  it('a document that is not ours is refused before decrypting', async () => {
    const keys = await keysFor(MAIN);
    const doc = await sealDoc(keys, rec);
    expect(await codeOf(openDoc(keys, { ...doc, name: 'Ada' }))).toBe('SyncFormatError:bad-document');
    expect(await codeOf(openDoc(keys, { ...doc, _id: 'ABC' }))).toBe('SyncFormatError:bad-document');
    expect(await codeOf(openDoc(keys, { ...doc, v: 2 }))).toBe('SyncFormatError:unknown-version');
    expect(await codeOf(openDoc(keys, { ...doc, k: -1 }))).toBe('SyncFormatError:bad-document');
    expect(await codeOf(openDoc(keys, { ...doc, c: 'AAAA' }))).toBe('SyncFormatError:bad-document');
    expect(await codeOf(openDoc(keys, '<html>'))).toBe('SyncFormatError:bad-document');
    expect(() => parseDoc({ ...doc, _deleted: false })).toThrow(SyncFormatError);
  });

  it('new class keys are 32 random bytes each', () => {
    const a = newClassKeys();
    const b = newClassKeys();
    expect(a.classKey.length).toBe(32);
    expect(a.idsKey.length).toBe(32);
    expect(toHex(a.classKey)).not.toBe(toHex(b.classKey));
    expect(toHex(a.classKey)).not.toBe(toHex(a.idsKey));
  });
});

describe('a hello (docs/sync.md §6.2)', () => {
  const hello = {
    user: 'dk-0123456789abcdef-t2',
    role: 'teacher' as const,
    label: 'Lærermaskin 2',
    platform: 'Chrome, Windows',
    joinedAt: 1_764_000_000_000,
    lastSeen: 1_764_000_000_000,
  };

  it('opens as the hello it was sealed as, under the id its login names', async () => {
    const keys = await dbKeysFromClass(FIXED, 'dk-0123456789abcdef-devices', 0);
    const doc = await sealHello(keys, hello);
    expect(doc._id).toBe(await helloId(keys, hello.user));
    expect(await openHello(keys, doc)).toEqual(hello);
  });

  it('a device with the key cannot pass one login’s hello off under another’s id, nor a record as a hello', async () => {
    const keys = await dbKeysFromClass(FIXED, 'dk-0123456789abcdef-devices', 0);
    const other = await sealHello(keys, { ...hello, user: 'dk-0123456789abcdef-t1' });
    const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
    const c = await globalThis.crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: utf8(additionalData(keys.db, other._id, 1, 0)) },
      keys.enc.get(0)!,
      padPayload({ t: 'hello', r: { ...hello, id: hello.user } } as unknown as SyncPayload),
    );
    const forged = { ...other, iv: toBase64Url(iv), c: toBase64Url(new Uint8Array(c)) };
    expect(await codeOf(openHello(keys, forged))).toBe('SyncCryptoError:wrong-record');
    const record = await sealDoc(keys, {
      t: 'classes',
      r: { id: 'c1', name: '4B', yearGroup: 4, createdAt: 1, updatedAt: 1 },
    } as SyncPayload);
    expect(await codeOf(openHello(keys, record))).toBe('SyncCryptoError:wrong-record');
  });
});
