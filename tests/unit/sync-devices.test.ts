// @vitest-environment node
// The devices of a connected class (src/data/sync-devices.ts, docs/sync.md §6.2, §7), over HTTP against
// the test server seeded by server/setup.sh: a device that joins by code says hello and the offering
// laptop reads it; a slot is not handed out twice; with every slot taken the offer says how many there
// are; removing a device makes the server refuse it (and only it), frees its slot for a new code, and
// the server never holds a label, a platform or a name in clear.
import { describe, expect, it, vi } from 'vitest';
import { createClass } from '../../src/data/classes';
import type { DreamClassDB } from '../../src/data/db';
import { addPupilsFromText } from '../../src/data/pupils';
import { syncClass } from '../../src/data/sync-class';
import { saveLink, syncLinks } from '../../src/data/sync-connect';
import { listDevices, type Naming, removeDevice, touchHello } from '../../src/data/sync-devices';
import { joinByCode, offerPairing, offerState, withdrawPairing } from '../../src/data/sync-pair';
import { readConnectionFile } from '../../src/domain/sync/connection';
import { firstTeacherLink } from '../../src/sync/session';
import { findPlaintext, scanServer } from '../sync-server/scan.mjs';
import { addClass } from '../sync-server/setup.mjs';
import { on, setup, useSyncServer } from './helpers/sync-devices';

vi.mock('../../src/sync/pouch', () => ({ BrowserPouch: {} }));

const CLASS_NAME = 'Solsikkene';
const EMMA = 'Emmaline';
const PLATFORM = 'Vivaldi, Plan9';
const naming: Naming = { labelFor: (_role, n) => `Lærermaskin ${n}`, platform: PLATFORM };

const sync = useSyncServer('devices');
const { device } = sync;

/** Laptop A: a class with a pupil, connected with the file and synced once. */
async function connectedLaptop() {
  const file = await addClass(sync.server, { tablets: 1, screens: 0 });
  const A = await device('laptop');
  const classId = await on(A, async () => {
    const cls = await createClass({ name: CLASS_NAME, yearGroup: 4 });
    await addPupilsFromText(cls.id, EMMA);
    return cls.id;
  });
  const read = readConnectionFile(JSON.stringify(file), [new URL(sync.server.url).origin]);
  if (!read.ok) throw new Error(read.refusal.code);
  await on(A, async () => {
    await saveLink(firstTeacherLink(classId, read.file.server, read.file.syncId, read.file.slots));
    expect(await syncClass(classId, setup.pouch)).toMatchObject({ ok: true });
  });
  return { A, classId, file };
}

async function pairB(A: DreamClassDB, classId: string) {
  const r = await on(A, () => offerPairing(classId, setup, naming));
  if (!r.ok) throw new Error(r.problem);
  const B = await device('co-teacher');
  expect(await on(B, () => joinByCode(r.offer.code, sync.server.url, setup, naming))).toMatchObject({
    ok: true,
  });
  return { B, offer: r.offer };
}

/** A GET on a class database with a slot's login, as the server answers it. */
async function statusFor(login: { user: string; password: string }, db: string): Promise<number> {
  const res = await fetch(`${sync.server.url}/${db}/_all_docs`, {
    headers: { Authorization: `Basic ${btoa(`${login.user}:${login.password}`)}` },
  });
  return res.status;
}

describe('the devices of a class', () => {
  it('the joined laptop says hello, the offering laptop reads it, and the slot is not handed out twice', async () => {
    const { A, classId, file } = await connectedLaptop();
    const { B, offer } = await pairB(A, classId);
    expect(offer.user).toBe(`dk-${file.syncId}-t2`);

    const state = await on(A, () => offerState(offer, setup));
    expect(state).toMatchObject({ joined: { user: offer.user, label: 'Lærermaskin 2', role: 'teacher' } });
    expect((await on(A, syncLinks))[0]).toMatchObject({ pending: [] });

    const listed = await on(A, () => listDevices(classId));
    if (!listed.ok) throw new Error(listed.problem);
    expect(listed.list.own).toBe(`dk-${file.syncId}-t1`);
    expect(listed.list.canRemove).toBe(true);
    expect(listed.list.devices.map((d) => [d.label, d.role, d.platform])).toEqual([
      ['Lærermaskin 1', 'teacher', PLATFORM],
      ['Lærermaskin 2', 'teacher', PLATFORM],
    ]);
    for (const d of listed.list.devices) {
      expect(d.lastSeen).toBeGreaterThanOrEqual(d.joinedAt);
      expect(Date.now() - d.joinedAt).toBeLessThan(5 * 60_000);
    }
    // B lists the same devices and, having read the class's shared slot list, may remove them too.
    const fromB = await on(B, () => listDevices(classId));
    expect(fromB).toMatchObject({ ok: true, list: { own: `dk-${file.syncId}-t2`, canRemove: true } });

    // Both teacher slots are in use: the offer says how many a class can have.
    expect(await on(A, () => offerPairing(classId, setup, naming))).toEqual({
      ok: false,
      problem: 'slots-full',
      teacherSlots: 2,
    });

    // A second round the same day writes no new hello.
    const before = await scanServer(sync.server.url, sync.server.admin);
    await on(B, () => touchHello(classId, naming));
    const after = await scanServer(sync.server.url, sync.server.admin);
    const revs = (s: typeof before) =>
      s.databases.find((d) => d.name === `dk-${file.syncId}-devices`)!.docs.map((d) => d._rev);
    expect(revs(after)).toEqual(revs(before));

    const scan = await scanServer(sync.server.url, sync.server.admin);
    expect(
      findPlaintext(scan, [CLASS_NAME, EMMA, 'Lærermaskin', PLATFORM, 'Vivaldi', 'hello', classId]),
    ).toEqual([]);
  });

  it('a code out holds its slot until it is withdrawn', async () => {
    const { A, classId } = await connectedLaptop();
    const first = await on(A, () => offerPairing(classId, setup, naming));
    if (!first.ok) throw new Error(first.problem);
    expect(await on(A, () => offerPairing(classId, setup, naming))).toMatchObject({
      ok: false,
      problem: 'slots-full',
    });
    expect(await on(A, () => withdrawPairing(first.offer, setup))).toBe(true);
    const again = await on(A, () => offerPairing(classId, setup, naming));
    expect(again).toMatchObject({ ok: true, offer: { user: first.offer.user } });
  });

  it('removing a device makes the server refuse it, and only it; its slot is retired, since only that device knew its password', async () => {
    const { A, classId, file } = await connectedLaptop();
    const { B, offer } = await pairB(A, classId);
    await on(A, () => offerState(offer, setup));
    const [t1, t2] = file.slots;
    const main = `dk-${file.syncId}-main`;
    // B made its own password on joining (docs/sync.md §7): the one in the code and the file opens nothing.
    const [linkB] = await on(B, syncLinks);
    expect(await statusFor(linkB!, main)).toBe(200);
    expect(await statusFor(t2!, main)).toBe(401);

    expect(await on(A, () => removeDevice(classId, t1!.user))).toEqual({ ok: false, problem: 'not-allowed' });
    expect(await on(B, () => removeDevice(classId, t2!.user))).toEqual({ ok: false, problem: 'not-allowed' });
    expect(await on(A, () => removeDevice(classId, t2!.user))).toEqual({
      ok: true,
      slotFree: false,
      cut: [],
    });

    // B's login opens nothing any more; A's own (made before it removed B) still does, the file's not.
    const [linkA] = await on(A, syncLinks);
    for (const kind of ['main', 'roster', 'shown', 'devices']) {
      expect(await statusFor(linkB!, `dk-${file.syncId}-${kind}`)).toBe(403);
      expect(await statusFor(linkA!, `dk-${file.syncId}-${kind}`)).toBe(200);
      expect(await statusFor(t1!, `dk-${file.syncId}-${kind}`)).toBe(401);
    }
    const pupilsB = await B.pupils.count();
    expect(await on(B, () => syncClass(classId, setup.pouch))).toEqual({ ok: false, problem: 'refused' });
    expect(await B.pupils.count()).toBe(pupilsB);
    expect(await on(A, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });

    const listed = await on(A, () => listDevices(classId));
    expect(listed.ok && listed.list.devices.map((d) => d.label)).toEqual(['Lærermaskin 1']);
    // The slot is out of every database's _security.
    const sec = await fetch(`${sync.server.url}/${main}/_security`, {
      headers: { Authorization: `Basic ${btoa(`${linkA!.user}:${linkA!.password}`)}` },
    }).then((r) => r.json());
    expect(JSON.stringify(sec)).not.toContain(t2!.user);

    // Retired: never handed out again (IT renews it), so no teacher slot is free.
    expect((await on(A, syncLinks))[0]).toMatchObject({ retired: [t2!.user] });
    expect(await on(A, () => offerPairing(classId, setup, naming))).toMatchObject({
      ok: false,
      problem: 'slots-full',
    });
  });
});
