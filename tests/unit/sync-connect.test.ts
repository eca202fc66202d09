// @vitest-environment node
// Connecting a class and pairing a second device, over HTTP, against the test server seeded by the
// real server/setup.sh (docs/sync.md §6, §9; tests/sync-server). The first teacher device connects
// with the class connection file and makes the class keys; it pairs the co-teacher's laptop by code
// (the bundle travels encrypted through dk-pairing, read with the public pairing login) and a pupil
// tablet by QR link; both converge with it; the server holds ciphertext only; a wrong code, another
// server or a removed login change nothing.
import { describe, expect, it, vi } from 'vitest';
import { dumpDatabase, readBackupData } from '../../src/data/backup-export';
import { createClass } from '../../src/data/classes';
import type { DreamClassDB } from '../../src/data/db';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import { addTeacherRecognition } from '../../src/data/recognitions';
import { listStrengths } from '../../src/data/strengths';
import {
  openConnection,
  removeLink,
  SYNC_LINKS_KEY,
  SyncServerError,
  saveLink,
  syncLinks,
  syncRound,
} from '../../src/data/sync-connect';
import { readConnectionFile } from '../../src/domain/sync/connection';
import { pairingCodeFrom, readBundle } from '../../src/domain/sync/pairing';
import { SyncCryptoError } from '../../src/sync/crypto';
import { openBundle, PAIRING_DB, pairingSecret, sealBundle } from '../../src/sync/pairing-crypto';
import { bundleFor, type ClassLink, firstTeacherLink, linkFromBundle } from '../../src/sync/session';
import { findPlaintext, scanServer } from '../sync-server/scan.mjs';
import { addClass, type ConnectionFile } from '../sync-server/setup.mjs';
import { on, Pouch, pouchSetup as setup, useSyncServer } from './helpers/sync-devices';

// The helper loads the app's sync code, whose browser PouchDB would plug the IndexedDB adapter into the
// one PouchDB class of this process, the test server's too: the tests pass their own.
vi.mock('../../src/sync/pouch', () => ({ BrowserPouch: {} }));

const CLASS_NAME = 'Solsikkene';
const EMMA = 'Emmaline';
const OLA = 'Olavius';
const TEXT = 'Bar stolene for Kaspara uten at noen spurte';
const PAIRING_LOGIN = { username: 'dk-pairing', password: 'dk-pairing-not-a-secret' };
// PBKDF2 at full strength (310,000 rounds) is slow in a loaded test run; the rounds are a parameter.
const ROUNDS = 1000;

const sync = useSyncServer('connect');
const { device } = sync;
/** The class's connection file: a new class on the server for every test. */
let file: ConnectionFile;

/** A class's recognitions as stored on a device. */
async function recognitions(d: DreamClassDB, classId: string) {
  return (await d.recognitions.toArray()).filter((r) => r.classId === classId);
}

/** Device A's class with two pupils and one recognition, connected with the connection file. */
async function firstTeacher() {
  file = await addClass(sync.server, { tablets: 1, screens: 1 });
  const A = await device('laptop');
  const ids = await on(A, async () => {
    const cls = await createClass({ name: CLASS_NAME, yearGroup: 4 });
    await addPupilsFromText(cls.id, `${EMMA}\n${OLA}`);
    const [emma, ola] = await listPupils(cls.id);
    const saved = await addTeacherRecognition({
      classId: cls.id,
      pupils: [emma!.id],
      strengthId: (await listStrengths())[0]!.id,
      text: TEXT,
      noticedBy: { kind: 'pupil', pupilId: ola!.id },
    });
    if (!saved.ok) throw new Error(saved.problem);
    return { classId: cls.id, emma: emma!.id };
  });
  const read = readConnectionFile(JSON.stringify(file), [new URL(sync.server.url).origin]);
  if (!read.ok) throw new Error(read.refusal.code);
  const link = firstTeacherLink(ids.classId, read.file.server, read.file.syncId, read.file.slots);
  await on(A, () => saveLink(link));
  return { A, link, ...ids };
}

async function round(d: DreamClassDB, link: ClassLink) {
  const c = await openConnection(d, link, setup);
  return on(d, () => syncRound(d, c));
}

/** A teacher device publishes a pairing document for `slot`; returns the code to show. */
async function publishPairing(link: ClassLink, slotUser: string, now = Date.now()) {
  const slot = link.slots!.find((s) => s.user === slotUser)!;
  const bundle = await bundleFor(link, slot, now);
  const code = pairingCodeFrom(crypto.getRandomValues(new Uint8Array(12)));
  const secret = (await pairingSecret(code, ROUNDS))!;
  const doc = await sealBundle(secret, bundle);
  const pairingDb = new Pouch(`${link.server}/${PAIRING_DB}`, {
    adapter: 'http',
    skip_setup: true,
    auth: { username: link.user, password: link.password },
  });
  await pairingDb.put({ ...doc });
  return { code, bundle };
}

/** What the new device does with a typed code: fetch that one document with the public login, open it. */
async function fetchPairing(serverUrl: string, code: string) {
  const secret = (await pairingSecret(code, ROUNDS))!;
  const pairingDb = new Pouch(`${serverUrl}/${PAIRING_DB}`, {
    adapter: 'http',
    skip_setup: true,
    auth: PAIRING_LOGIN,
  });
  const doc = await pairingDb.get(secret.docId).catch(() => null);
  if (!doc) return { ok: false as const, refusal: 'no-such-code' };
  return openBundle(secret, doc, Date.now());
}

describe('connecting a class and pairing devices through the school’s server', () => {
  it('the first teacher device connects with the connection file and the server gets ciphertext only', async () => {
    const { A, link } = await firstTeacher();
    expect(link.role).toBe('teacher');
    expect(link.user).toBe(`dk-${file.syncId}-t1`);
    const r = await round(A, link);
    expect(r.first.push.written).toBeGreaterThan(5);
    // The link (login and class keys) is a device setting: it never goes into a backup.
    expect(JSON.stringify(await on(A, dumpDatabase))).toContain(link.password);
    const backup = JSON.stringify(await on(A, () => readBackupData({ kind: 'all' })));
    expect(backup).toContain(CLASS_NAME);
    expect(backup).not.toContain(link.password);
    expect(backup).not.toContain((link.keys as { classKey: string }).classKey);
    expect(backup).not.toContain(SYNC_LINKS_KEY);
    expect(await on(A, syncLinks)).toEqual([link]);

    const scan = await scanServer(sync.server.url, sync.server.admin);
    const found = findPlaintext(scan, [CLASS_NAME, EMMA, OLA, TEXT, link.classId]);
    expect(found).toEqual([]);
    const main = scan.databases.find((db: { name: string }) => db.name === `dk-${file.syncId}-main`);
    expect(main?.docs.filter((d: { _id: string }) => !d._id.startsWith('_design/')).length).toBeGreaterThan(
      5,
    );
  });

  it('the co-teacher’s laptop pairs by code, gets the class, and edits on both converge', async () => {
    const { A, link, classId, emma } = await firstTeacher();
    await round(A, link);
    const { code } = await publishPairing(link, `dk-${file.syncId}-t2`);

    // A mistyped code finds nothing and changes nothing.
    const wrongCode = pairingCodeFrom(new Uint8Array(12).fill(3));
    expect(await fetchPairing(sync.server.url, wrongCode)).toEqual({ ok: false, refusal: 'no-such-code' });

    const B = await device('co-teacher');
    const opened = await fetchPairing(sync.server.url, code.toLowerCase().replace(/-/g, ' '));
    if (!opened.ok) throw new Error(opened.refusal);
    const linkB = linkFromBundle(opened.bundle);
    expect(linkB.user).toBe(`dk-${file.syncId}-t2`);
    await on(B, () => saveLink(linkB));
    await round(B, linkB);
    const onB = await recognitions(B, classId);
    expect(onB.map((r) => r.text)).toEqual([TEXT]);
    expect((await on(B, () => listPupils(classId))).map((p) => p.name).sort()).toEqual([EMMA, OLA]);

    // Both add one while apart; after a round each (A, B, A) both have all three, none twice.
    const add = (d: DreamClassDB, text: string) =>
      on(d, async () => {
        const s = await addTeacherRecognition({
          classId,
          pupils: [emma],
          strengthId: (await listStrengths())[1]!.id,
          text,
          noticedBy: { kind: 'teacher' },
        });
        if (!s.ok) throw new Error(s.problem);
      });
    await add(A, 'Ventet på tur i hele køen');
    await add(B, 'Hjalp til med å rydde');
    await round(A, link);
    await round(B, linkB);
    await round(A, link);
    const texts = async (d: DreamClassDB) => (await recognitions(d, classId)).map((r) => r.text).sort();
    expect(await texts(A)).toEqual([TEXT, 'Hjalp til med å rydde', 'Ventet på tur i hele køen'].sort());
    expect(await texts(B)).toEqual(await texts(A));

    // The server, pairing document included, holds no name, text, class name, code or login of the bundle.
    const t2 = link.slots!.find((s) => s.user.endsWith('-t2'))!;
    const found = findPlaintext(await scanServer(sync.server.url, sync.server.admin), [
      CLASS_NAME,
      EMMA,
      OLA,
      TEXT,
      'Hjalp til med å rydde',
      classId,
      t2.password,
      code,
    ]);
    expect(found).toEqual([]);
  });

  it('a pupil tablet pairs by QR link with the roster’s and its inbox’s keys only, never the class keys', async () => {
    const { A, link, classId } = await firstTeacher();
    await round(A, link);
    const tablet = link.slots!.find((s) => s.role === 'tablet')!;
    const bundle = await bundleFor(link, tablet, Date.now());
    expect(bundle.keys.kind).toBe('dbs');
    expect(JSON.stringify(bundle)).not.toContain((link.keys as { classKey: string }).classKey);
    const read = readBundle(JSON.parse(JSON.stringify(bundle)), Date.now());
    if (!read.ok) throw new Error(read.refusal);
    const linkT = linkFromBundle(read.bundle);
    expect(Object.keys((linkT.keys as { dbs: object }).dbs).sort()).toEqual(
      [`dk-${file.syncId}-in-${tablet.user.split('-').pop()}`, `dk-${file.syncId}-roster`].sort(),
    );
    // Until a teacher device has made it a member of the roster (offerTabletPairing does, when it shows
    // a code: tests/unit/sync-tablet.test.ts), the server lets it read nothing: the round says so and
    // changes nothing on the tablet.
    const T = await device('tablet');
    await expect(round(T, linkT)).rejects.toMatchObject({ problem: 'refused' });
    expect(await recognitions(T, classId)).toEqual([]);
  });

  it('an expired pairing, another server’s connection file or a wrong password change nothing', async () => {
    const { A, link } = await firstTeacher();
    await round(A, link);
    const { code } = await publishPairing(link, `dk-${file.syncId}-t2`, Date.now() - 11 * 60 * 1000);
    expect(await fetchPairing(sync.server.url, code)).toEqual({ ok: false, refusal: 'expired' });

    expect(readConnectionFile(JSON.stringify(file), ['https://dk-sync.kommune.no'])).toMatchObject({
      ok: false,
      refusal: { code: 'server-not-allowed' },
    });

    const before = await on(A, dumpDatabase);
    const wrong = { ...link, password: 'x'.repeat(32) };
    const error = await round(A, wrong).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncServerError);
    expect((error as SyncServerError).problem).toBe('refused');
    expect(await on(A, dumpDatabase)).toEqual(before);

    // A pairing document opened with the wrong code's key does not decrypt.
    const other = (await pairingSecret(pairingCodeFrom(new Uint8Array(12).fill(9)), ROUNDS))!;
    await expect(
      openBundle(other, { _id: other.docId, iv: 'AAAAAAAAAAAAAAAA', c: 'AAAA' }, Date.now()),
    ).rejects.toBeInstanceOf(SyncCryptoError);

    await on(A, () => removeLink(link.classId));
    expect(await on(A, syncLinks)).toEqual([]);
  });
});
