// @vitest-environment node
// Pairing a teacher device by a typed code, as the settings screen does it (src/data/sync-pair.ts,
// docs/sync.md §6.2), over HTTP against the test server seeded by server/setup.sh: the connected
// laptop offers a code, the other laptop joins with it typed carelessly and gets the class; a used,
// withdrawn, wrong or expired code, an unreachable server and a failed first round store nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClass } from '../../src/data/classes';
import type { DreamClassDB } from '../../src/data/db';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import { addTeacherRecognition } from '../../src/data/recognitions';
import { listStrengths } from '../../src/data/strengths';
import { syncClass } from '../../src/data/sync-class';
import { saveLink, syncLinks } from '../../src/data/sync-connect';
import { joinByCode, offerPairing, withdrawPairing } from '../../src/data/sync-pair';
import { readConnectionFile } from '../../src/domain/sync/connection';
import { PAIRING_DB } from '../../src/sync/pairing-crypto';
import { type ClassLink, firstTeacherLink } from '../../src/sync/session';
import { findPlaintext, scanServer } from '../sync-server/scan.mjs';
import { addClass } from '../sync-server/setup.mjs';
import { on, Pouch, setup, useSyncServer } from './helpers/sync-devices';

// The browser's PouchDB (IndexedDB adapter) is not loaded in Node; the tests pass their own.
vi.mock('../../src/sync/pouch', () => ({ BrowserPouch: {} }));

const CLASS_NAME = 'Solsikkene';
const EMMA = 'Emmaline';
const TEXT = 'Bar stolene for Kaspara uten at noen spurte';

const sync = useSyncServer('pair');
const { device } = sync;

afterEach(() => {
  vi.useRealTimers();
});

/** Device A: a class with a pupil and a recognition, connected (and synced once unless offline then). */
async function connectedLaptop({ synced = true } = {}) {
  const file = await addClass(sync.server, { tablets: 1, screens: 1 });
  const A = await device('laptop');
  const classId = await on(A, async () => {
    const cls = await createClass({ name: CLASS_NAME, yearGroup: 4 });
    await addPupilsFromText(cls.id, EMMA);
    const [emma] = await listPupils(cls.id);
    const saved = await addTeacherRecognition({
      classId: cls.id,
      pupils: [emma!.id],
      strengthId: (await listStrengths())[0]!.id,
      text: TEXT,
      noticedBy: { kind: 'teacher' },
    });
    if (!saved.ok) throw new Error(saved.problem);
    return cls.id;
  });
  const read = readConnectionFile(JSON.stringify(file), [new URL(sync.server.url).origin]);
  if (!read.ok) throw new Error(read.refusal.code);
  const link = firstTeacherLink(classId, read.file.server, read.file.syncId, read.file.slots);
  await on(A, async () => {
    await saveLink(link);
    if (synced) expect(await syncClass(classId, setup.pouch)).toMatchObject({ ok: true });
  });
  return { A, classId, link, syncId: file.syncId };
}

async function offer(A: DreamClassDB, classId: string) {
  const r = await on(A, () => offerPairing(classId, setup));
  if (!r.ok) throw new Error(r.problem);
  return r.offer;
}

/** Whether the server holds a (not deleted) pairing document with that id. */
async function onServer(docId: string): Promise<boolean> {
  const scan = await scanServer(sync.server.url, sync.server.admin);
  return scan.databases.find((d) => d.name === PAIRING_DB)!.docs.some((d) => d._id === docId);
}

/** Everything a device holds that a failed join could have touched. */
async function stored(d: DreamClassDB) {
  return on(d, async () => ({ links: await syncLinks(), classes: await d.classes.count() }));
}

describe('pairing a teacher device by a typed code', () => {
  it('the other laptop joins with the code typed in lower case with spaces and gets the class; the code then works no more', async () => {
    const { A, classId, link, syncId } = await connectedLaptop();
    const made = await offer(A, classId);
    expect(made.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(made.expiresAt - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(made.expiresAt - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    expect(await onServer(made.docId)).toBe(true);

    const B = await device('co-teacher');
    const typed = made.code.toLowerCase().replace(/-/g, ' ');
    const joined = await on(B, () => joinByCode(typed, new URL(sync.server.url).origin, setup));
    expect(joined).toEqual({ ok: true, classId, className: CLASS_NAME, role: 'teacher' });
    const [linkB, ...more] = await on(B, syncLinks);
    expect(more).toEqual([]);
    expect(linkB).toMatchObject({ classId, role: 'teacher', user: `dk-${syncId}-t2`, server: link.server });
    expect(linkB!.slots).toBeUndefined();
    expect((await on(B, () => listPupils(classId))).map((p) => p.name)).toEqual([EMMA]);
    expect((await B.recognitions.toArray()).map((r) => r.text)).toEqual([TEXT]);

    // A code works once: its document is gone, and the same code now finds nothing.
    expect(await onServer(made.docId)).toBe(false);
    const C = await device('third');
    expect(await on(C, () => joinByCode(made.code, sync.server.url, setup))).toEqual({
      ok: false,
      problem: 'wrong-code',
    });
    expect(await stored(C)).toEqual({ links: [], classes: 0 });

    // B was paired by code: it learns the class's slots from the shared list (docs/sync.md §6.2), and
    // both teacher slots are taken, A's and its own.
    expect(await on(B, () => offerPairing(classId, setup))).toEqual({
      ok: false,
      problem: 'slots-full',
      teacherSlots: 2,
    });

    const scan = await scanServer(sync.server.url, sync.server.admin);
    expect(findPlaintext(scan, [CLASS_NAME, EMMA, TEXT, classId, made.code, typed])).toEqual([]);
  });

  it('a wrong, malformed, withdrawn or expired code, or no server, stores nothing and says which', async () => {
    const { A, classId } = await connectedLaptop();
    const B = await device('co-teacher');
    const join = (code: string, origin = sync.server.url) => on(B, () => joinByCode(code, origin, setup));

    expect(await join('K7QM-2XD9-HNC4')).toEqual({ ok: false, problem: 'wrong-code' });
    expect(await join('K7QM-2XD9')).toEqual({ ok: false, problem: 'malformed' });
    expect(await join('K7QM-2XD9-HNCU')).toEqual({ ok: false, problem: 'malformed' });

    const withdrawn = await offer(A, classId);
    expect(await on(A, () => withdrawPairing(withdrawn, setup))).toBe(true);
    expect(await onServer(withdrawn.docId)).toBe(false);
    expect(await join(withdrawn.code)).toEqual({ ok: false, problem: 'wrong-code' });

    // The server down: nothing reached, nothing stored.
    const live = await offer(A, classId);
    await sync.server.stop();
    try {
      expect(await join(live.code)).toEqual({ ok: false, problem: 'offline' });
    } finally {
      await sync.server.restart();
    }

    // Eleven minutes later on B's clock, the bundle refuses itself.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 11 * 60_000 });
    expect(await join(live.code)).toEqual({ ok: false, problem: 'expired' });
    vi.useRealTimers();

    expect(await stored(B)).toEqual({ links: [], classes: 0 });
    // The device that offered cannot join its own class twice, and its link stays its own.
    const before = await on(A, syncLinks);
    expect(await on(A, () => joinByCode(live.code, sync.server.url, setup))).toEqual({
      ok: false,
      problem: 'already-here',
    });
    expect(await on(A, syncLinks)).toEqual(before);
  });

  it('a class connected while offline is sent before the code is made, so the other laptop gets it', async () => {
    const { A, classId } = await connectedLaptop({ synced: false });
    const made = await offer(A, classId);
    const B = await device('co-teacher');
    expect(await on(B, () => joinByCode(made.code, sync.server.url, setup))).toEqual({
      ok: true,
      classId,
      className: CLASS_NAME,
      role: 'teacher',
    });
    expect((await B.recognitions.toArray()).map((r) => r.text)).toEqual([TEXT]);
  });

  it('keeps no link when the first round fails, and the same code works once the server answers', async () => {
    const { A, classId } = await connectedLaptop();
    const made = await offer(A, classId);
    const B = await device('co-teacher');
    // The pairing document arrives, then the replication finds no server.
    const replicate = vi.spyOn(Pouch, 'replicate').mockRejectedValueOnce({ status: 0 });
    expect(await on(B, () => joinByCode(made.code, sync.server.url, setup))).toEqual({
      ok: false,
      problem: 'offline',
    });
    expect(replicate).toHaveBeenCalled();
    expect(await stored(B)).toEqual({ links: [], classes: 0 });
    replicate.mockRestore();
    expect(await on(B, () => joinByCode(made.code, sync.server.url, setup))).toMatchObject({
      ok: true,
      classId,
    });
  });

  it('offers nothing for a class this device has not connected, or with a login the server refuses', async () => {
    const { A, classId, link } = await connectedLaptop();
    expect(await on(A, () => offerPairing('not-a-class', setup))).toEqual({ ok: false, problem: 'no-slot' });
    await on(A, () => saveLink({ ...link, password: 'x'.repeat(32) } satisfies ClassLink));
    const before = await scanServer(sync.server.url, sync.server.admin);
    expect(await on(A, () => offerPairing(classId, setup))).toEqual({ ok: false, problem: 'refused' });
    const after = await scanServer(sync.server.url, sync.server.admin);
    const pairing = (s: typeof before) => s.databases.find((d) => d.name === PAIRING_DB)!.docs;
    expect(pairing(after)).toEqual(pairing(before));
  });
});
