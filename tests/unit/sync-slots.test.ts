// @vitest-environment node
// The slots of a class and the devices in them (docs/sync.md §6.2, §7), over HTTP against the test
// server seeded by server/setup.sh: a tablet says hello in its own inbox (sealed, once a day) and the
// offering laptop sees it; the teacher's list shows it; intake never takes a hello; removing a tablet
// takes its waiting words first, then the server refuses it; a code that ran out unused gives its slot
// back (its pairing document deleted, a tablet's slot out of `_security`); a co-teacher's laptop,
// paired by code, learns the slots from the shared list and offers, removes and takes inboxes too,
// and two laptops never hand out the same slot.
import { describe, expect, it, vi } from 'vitest';
import { createClass } from '../../src/data/classes';
import type { DreamClassDB } from '../../src/data/db';
import { addPupilsFromText } from '../../src/data/pupils';
import { listWaiting } from '../../src/data/recognitions';
import { syncClass } from '../../src/data/sync-class';
import { openConnection, saveLink, syncLinks, syncRound } from '../../src/data/sync-connect';
import {
  type DeviceLink,
  listDevices,
  removeDevice,
  sweepOffers,
  writeInboxHello,
} from '../../src/data/sync-devices';
import { offerPairing, offerState, offerTabletPairing, withdrawPairing } from '../../src/data/sync-pair';
import { readConnectionFile } from '../../src/domain/sync/connection';
import { PAIRING_TTL_MS } from '../../src/domain/sync/pairing';
import { firstTeacherLink } from '../../src/sync/session';
import { findPlaintext, scanServer } from '../sync-server/scan.mjs';
import { addClass } from '../sync-server/setup.mjs';
import { on, setup, useSyncServer } from './helpers/sync-devices';
import {
  join as joinWith,
  naming,
  tabletOf as pairTablet,
  pupilWords as writeWords,
} from './helpers/sync-join';

vi.mock('../../src/sync/pouch', () => ({ BrowserPouch: {} }));

const CLASS_NAME = 'Solsikkene';
const EMMA = 'Emmaline';
const OLA = 'Olavius';
const WORDS = 'Delte matpakka si med meg';
const PLATFORM = naming.platform;
const DAY = 24 * 60 * 60 * 1000;

const sync = useSyncServer('slots');
const { device, http, adminLogin: admin } = sync;

const docsIn = async (db: string) =>
  ((await http(admin(), 'GET', `${db}/_all_docs`)).body.rows as { id: string }[])
    .map((r) => r.id)
    .filter((id) => !id.startsWith('_design/'));
const membersOf = async (db: string) =>
  ((await http(admin(), 'GET', `${db}/_security`)).body as { members: { names: string[] } }).members.names;

/** Laptop A: a class of two pupils, connected with the file, synced once. */
async function laptop(opts: { tablets?: number; teachers?: number } = {}) {
  const file = await addClass(sync.server, {
    tablets: opts.tablets ?? 1,
    screens: 0,
    teachers: opts.teachers ?? 2,
  });
  const A = await device('laptop');
  const classId = await on(A, async () => (await createClass({ name: CLASS_NAME, yearGroup: 4 })).id);
  await on(A, () => addPupilsFromText(classId, `${EMMA}\n${OLA}`));
  const read = readConnectionFile(JSON.stringify(file), [new URL(sync.server.url).origin]);
  if (!read.ok) throw new Error(read.refusal.code);
  await on(A, async () => {
    await saveLink(firstTeacherLink(classId, read.file.server, read.file.syncId, read.file.slots));
    expect(await syncClass(classId, setup.pouch)).toMatchObject({ ok: true });
  });
  return { A, classId, file, syncId: file.syncId };
}

const join = (code: string, label: string) => joinWith(sync, code, label);
const tabletOf = (by: DreamClassDB, classId: string) => pairTablet(sync, by, classId);
const pupilWords = (T: DreamClassDB, classId: string) => writeWords(T, classId, WORDS);

describe('a tablet’s hello', () => {
  it('is written sealed in its inbox on joining; the offering laptop sees the code used and lists the tablet', async () => {
    const { A, classId, syncId } = await laptop();
    const { T, offer } = await tabletOf(A, classId);
    const inbox = `dk-${syncId}-in-p1`;
    expect(await docsIn(inbox)).toHaveLength(1);

    const state = await on(A, () => offerState(offer, setup));
    expect(state).toMatchObject({ joined: { user: offer.user, label: 'Elevbrett 1', role: 'tablet' } });
    // Used once: the pairing document is gone, and the code is no longer listed as out.
    expect((await http(admin(), 'GET', `dk-pairing/${offer.docId}`)).status).toBe(404);

    const listed = await on(A, () => listDevices(classId));
    if (!listed.ok) throw new Error(listed.problem);
    expect(listed.list.devices.map((d) => [d.label, d.role, d.platform])).toEqual([
      ['Lærermaskin 1', 'teacher', PLATFORM],
      ['Elevbrett 1', 'tablet', PLATFORM],
    ]);

    // The tablet's own rounds leave its hello alone: not unreadable, not invalid, not applied.
    const [linkT] = await on(T, syncLinks);
    const c = await on(T, () => openConnection(T, linkT!, setup.pouch));
    try {
      const report = await on(T, () => syncRound(T, c));
      for (const r of [report.first, report.second])
        expect(r.pull).toMatchObject({ unreadable: 0, invalid: 0 });
    } finally {
      await Promise.allSettled([...c.remotes].flatMap(([m, r]) => [m.db.close(), r.close()]));
    }
    // The teacher's round takes no hello as a submission, says nothing about it, and leaves it there.
    const warn = vi.spyOn(console, 'warn');
    try {
      expect(await on(A, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
    expect(await on(A, () => listWaiting(classId))).toEqual([]);
    expect(await docsIn(inbox)).toHaveLength(1);

    const scan = await scanServer(sync.server.url, sync.server.admin);
    expect(findPlaintext(scan, ['Elevbrett', PLATFORM, 'Vivaldi', 'hello', classId])).toEqual([]);
  });

  it('says when it was last seen at most once a day; the teacher keeps only the newest', async () => {
    const { A, classId, syncId } = await laptop();
    const { T } = await tabletOf(A, classId);
    const inbox = `dk-${syncId}-in-p1`;
    const link = async () => (await on(T, syncLinks))[0] as DeviceLink;
    // The same day again: nothing written.
    const sameDay = await link();
    await on(T, () => writeInboxHello(sameDay, naming));
    expect(await docsIn(inbox)).toHaveLength(1);
    const tomorrow = Date.now() + DAY;
    const next = await link();
    await on(T, () => writeInboxHello(next, undefined, tomorrow));
    expect(await docsIn(inbox)).toHaveLength(2);

    expect(await on(A, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
    expect(await docsIn(inbox)).toHaveLength(1);
    const listed = await on(A, () => listDevices(classId));
    if (!listed.ok) throw new Error(listed.problem);
    const tablet = listed.list.devices.find((d) => d.role === 'tablet')!;
    expect(tablet.lastSeen).toBe(tomorrow);
    expect(tablet.joinedAt).toBeLessThan(tomorrow - DAY / 2);
    // The tablet reads the deletion of its older hello without complaint.
    expect(await on(T, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
  });
});

describe('removing a tablet', () => {
  it('takes its waiting words first, then the server refuses it; its slot is retired (only the tablet knew its password)', async () => {
    const { A, classId, syncId } = await laptop();
    const { T } = await tabletOf(A, classId);
    const wordsId = await pupilWords(T, classId);
    expect(await on(T, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
    const [linkT] = await on(T, syncLinks);

    expect(await on(A, () => removeDevice(classId, linkT!.user, setup.pouch))).toEqual({
      ok: true,
      slotFree: false,
    });
    // No pupil's words lost: they are in the teacher's queue.
    expect((await on(A, () => listWaiting(classId))).map((r) => [r.id, r.text])).toEqual([[wordsId, WORDS]]);

    for (const db of ['roster', 'in-p1']) {
      expect(await membersOf(`dk-${syncId}-${db}`)).not.toContain(linkT!.user);
      // Its own password is still right, but it is no member any more.
      expect((await http(linkT!, 'GET', `dk-${syncId}-${db}/_all_docs`)).status).toBe(403);
    }
    const pupils = await T.pupils.count();
    expect(await on(T, () => syncClass(classId, setup.pouch))).toEqual({ ok: false, problem: 'refused' });
    expect(await T.pupils.count()).toBe(pupils);

    const listed = await on(A, () => listDevices(classId));
    expect(listed.ok && listed.list.devices.map((d) => d.label)).toEqual(['Lærermaskin 1']);
    expect(await docsIn(`dk-${syncId}-in-p1`)).toEqual([]);

    // Retired: the tablet made its own password on joining (docs/sync.md §7), so nobody can hand the
    // slot out again until IT renews it; the class's only tablet slot is gone.
    expect(((await on(A, syncLinks))[0] as DeviceLink).retired).toEqual([linkT!.user]);
    expect(await on(A, () => offerTabletPairing(classId, setup, naming))).toMatchObject({
      problem: 'slots-full',
    });
  });
});

describe('a code that ran out unused', () => {
  it('gives a tablet slot back: its pairing document deleted, the slot out of _security', async () => {
    const { A, classId, syncId, file } = await laptop();
    const tablet = file.slots.find((s) => s.role === 'tablet')!;
    const offered = await on(A, () => offerTabletPairing(classId, setup, naming));
    if (!offered.ok) throw new Error(offered.problem);
    expect(await membersOf(`dk-${syncId}-in-p1`)).toContain(tablet.user);
    expect(await on(A, () => offerTabletPairing(classId, setup, naming))).toMatchObject({
      problem: 'slots-full',
    });

    // Before it ran out, nothing is swept.
    const link = async () => (await on(A, syncLinks))[0] as DeviceLink;
    const before = await link();
    await on(A, () => sweepOffers(before, offered.offer.expiresAt - 1));
    expect((await http(admin(), 'GET', `dk-pairing/${offered.offer.docId}`)).status).toBe(200);

    // The offering screen was closed without withdrawing; the code ran out with no hello.
    const after = await link();
    await on(A, () => sweepOffers(after, offered.offer.expiresAt + 1));
    expect((await http(admin(), 'GET', `dk-pairing/${offered.offer.docId}`)).status).toBe(404);
    for (const db of ['roster', 'in-p1'])
      expect(await membersOf(`dk-${syncId}-${db}`)).not.toContain(tablet.user);
    expect((await link()).pending).toEqual([]);
    const again = await on(A, () => offerTabletPairing(classId, setup, naming));
    expect(again).toMatchObject({ ok: true, offer: { user: tablet.user } });
  });

  it('gives a teacher slot back and deletes its pairing document; a used code keeps its slot', async () => {
    const { A, classId } = await laptop({ teachers: 3 });
    const used = await on(A, () => offerPairing(classId, setup, naming));
    if (!used.ok) throw new Error(used.problem);
    await join(used.offer.code, 'co-teacher');
    const unused = await on(A, () => offerPairing(classId, setup, naming));
    if (!unused.ok) throw new Error(unused.problem);
    expect(await on(A, () => offerPairing(classId, setup, naming))).toMatchObject({ problem: 'slots-full' });
    const link = (await on(A, syncLinks))[0] as DeviceLink;
    await on(A, () => sweepOffers(link, unused.offer.expiresAt + PAIRING_TTL_MS));
    expect((await http(admin(), 'GET', `dk-pairing/${unused.offer.docId}`)).status).toBe(404);
    const again = await on(A, () => offerPairing(classId, setup, naming));
    expect(again).toMatchObject({ ok: true, offer: { user: unused.offer.user } });
    expect(again.ok && again.offer.user).not.toBe(used.offer.user);
  });
});

describe('a co-teacher’s laptop paired by code', () => {
  it('learns the slots from the shared list: offers a tablet, takes its inbox, removes it; the list is sealed', async () => {
    const { A, classId, file, syncId } = await laptop({ tablets: 2 });
    const offered = await on(A, () => offerPairing(classId, setup, naming));
    if (!offered.ok) throw new Error(offered.problem);
    const B = await join(offered.offer.code, 'co-teacher');
    expect((await on(B, syncLinks))[0]!.slots).toBeUndefined();

    const listed = await on(B, () => listDevices(classId));
    expect(listed).toMatchObject({ ok: true, list: { canRemove: true } });
    expect((await on(B, syncLinks))[0]!.slots?.map((s) => s.user)).toEqual(file.slots.map((s) => s.user));

    const { T } = await tabletOf(B, classId);
    const wordsId = await pupilWords(T, classId);
    expect(await on(T, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
    expect(await on(B, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
    expect((await on(B, () => listWaiting(classId))).map((r) => r.id)).toEqual([wordsId]);
    const [linkT] = await on(T, syncLinks);
    expect(await on(B, () => removeDevice(classId, linkT!.user, setup.pouch))).toEqual({
      ok: true,
      slotFree: false,
    });
    expect(await membersOf(`dk-${syncId}-in-p1`)).not.toContain(linkT!.user);
    // A learns from the shared list that B retired p1: its next tablet gets p2, and gets in.
    const { T: T2 } = await tabletOf(A, classId);
    const [link2] = await on(T2, syncLinks);
    expect(link2!.user).toBe(`dk-${syncId}-p2`);
    expect((await http(link2!, 'GET', `dk-${syncId}-roster/_all_docs`)).status).toBe(200);
    // …and has no tablet slot left to give.
    expect(await on(A, () => offerTabletPairing(classId, setup, naming))).toMatchObject({
      problem: 'slots-full',
    });

    const scan = await scanServer(sync.server.url, sync.server.admin);
    const secrets = [...file.slots.map((s) => s.password), link2!.password];
    expect(findPlaintext(scan, secrets)).toEqual([]);
  });

  it('and the first laptop never hand out the same slot', async () => {
    const { A, classId, file } = await laptop({ teachers: 3 });
    const first = await on(A, () => offerPairing(classId, setup, naming));
    if (!first.ok) throw new Error(first.problem);
    const B = await join(first.offer.code, 'co-teacher');
    await on(A, () => offerState(first.offer, setup));
    // A puts a code out for t3; B, offering at the same time, finds every teacher slot taken.
    const fromA = await on(A, () => offerPairing(classId, setup, naming));
    expect(fromA).toMatchObject({ ok: true, offer: { user: file.slots[2]!.user } });
    expect(await on(B, () => offerPairing(classId, setup, naming))).toMatchObject({
      ok: false,
      problem: 'slots-full',
    });
    // Withdrawn on A: B may hand it out now.
    if (fromA.ok) await on(A, () => withdrawPairing(fromA.offer, setup));
    expect(await on(B, () => offerPairing(classId, setup, naming))).toMatchObject({
      ok: true,
      offer: { user: file.slots[2]!.user },
    });
  });
});
