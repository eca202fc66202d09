// @vitest-environment node
// Revocation that holds against a removed teacher device that does not play along (docs/sync.md §7),
// over HTTP against the test server seeded by server/setup.sh. Every device makes its own password
// right after it joins, so the code's password (the class's slot list knows it) opens nothing; a
// password change cut short by a closed tab loses no login; and removing a teacher device leaves it no
// password that opens any database of the class: the free slots get new passwords, a slot it may
// have changed itself is retired, the codes it could have read are withdrawn, no role is let in, and
// a device still on a password it knew is cut off and named. Those who stay go on working.
import { describe, expect, it, vi } from 'vitest';
import type { DreamClassDB } from '../../src/data/db';
import { listWaiting } from '../../src/data/recognitions';
import { syncClass } from '../../src/data/sync-class';
import { saveLink, syncLinks } from '../../src/data/sync-connect';
import {
  type DeviceLink,
  keepOwnPassword,
  listDevices,
  readHellos,
  removeDevice,
} from '../../src/data/sync-devices';
import { joinByCode, offerPairing, offerTabletPairing } from '../../src/data/sync-pair';
import { type Login, on, setup, useSyncServer } from './helpers/sync-devices';
import { join, naming, pupilWords, tabletOf } from './helpers/sync-join';

vi.mock('../../src/sync/pouch', () => ({ BrowserPouch: {} }));

const sync = useSyncServer('revoke');
const { http, adminLogin: admin } = sync;

const linkOn = async (d: DreamClassDB) => (await on(d, syncLinks))[0] as DeviceLink;
const userPath = (user: string) => `_users/org.couchdb.user:${encodeURIComponent(user)}`;

/** Changes a login's password as that login (what any device, or a modified one, can do). */
async function changePassword(login: Login, password: string, as: Login = login) {
  const doc = (await http(as, 'GET', userPath(login.user))).body;
  const put = await http(as, 'PUT', userPath(login.user), { ...doc, password });
  expect(put.status).toBeLessThan(300);
}

async function coTeacher(A: DreamClassDB, classId: string) {
  const offered = await on(A, () => offerPairing(classId, setup, naming));
  if (!offered.ok) throw new Error(offered.problem);
  return join(sync, offered.offer.code, 'co-teacher');
}

const tablet = async (by: DreamClassDB, classId: string) => (await tabletOf(sync, by, classId)).T;
const status = async (login: Login, db: string) => (await http(login, 'GET', `${db}/_all_docs`)).status;
const roundOn = (d: DreamClassDB, classId: string) => on(d, () => syncClass(classId, setup.pouch));

describe('a device’s own password', () => {
  it('is made on joining: the password in the code and the slot list opens nothing, and the device syncs on', async () => {
    const { A, classId, syncId, slots } = await sync.laptop('Solsikkene', ['Emmaline'], {
      tablets: 1,
      screens: 0,
    });
    // The laptop connected with the file makes its own too (its loop does after a good round).
    expect(await on(A, () => keepOwnPassword(classId))).toBe(true);
    const t1 = slots.find((s) => s.role === 'teacher')!;
    expect(await status(t1, `dk-${syncId}-main`)).toBe(401);
    expect((await linkOn(A)).own).toBe(true);
    expect(await roundOn(A, classId)).toMatchObject({ ok: true });

    const T = await tablet(A, classId);
    const linkT = await linkOn(T);
    expect(linkT.own).toBe(true);
    const p1 = slots.find((s) => s.role === 'tablet')!;
    expect(linkT.password).not.toBe(p1.password);
    expect(await status(p1, `dk-${syncId}-roster`)).toBe(401);
    expect(await status(linkT, `dk-${syncId}-roster`)).toBe(200);
    expect(await roundOn(T, classId)).toMatchObject({ ok: true });
    // Nobody else has it: not the class's shared slot list.
    const listed = (await linkOn(A)).slots?.find((s) => s.user === linkT.user);
    expect(listed?.password).not.toBe(linkT.password);
  });

  it('is not lost when the tab closed between the server’s change and the link’s: the next round finds it', async () => {
    const { A, classId, syncId } = await sync.laptop('Solsikkene', ['Emmaline'], { tablets: 0, screens: 0 });
    const link = await linkOn(A);
    const next = 'kept-aside-before-the-server-was-asked';
    await on(A, () => saveLink({ ...link, nextPassword: next } as DeviceLink));
    await changePassword(link, next);
    // The link still says the old password, which the server no longer takes.
    expect(await status(link, `dk-${syncId}-main`)).toBe(401);
    expect(await roundOn(A, classId)).toMatchObject({ ok: true });
    const now = await linkOn(A);
    expect(now).toMatchObject({ password: next, own: true });
    expect(now.nextPassword).toBeUndefined();
  });
  it('lets work that read the link before the change go on with the new password', async () => {
    const { A, classId } = await sync.laptop('Solsikkene', ['Emmaline'], { tablets: 1, screens: 0 });
    const stale = await linkOn(A);
    await on(A, () => keepOwnPassword(classId));
    expect(await status(stale, `dk-${stale.syncId}-devices`)).toBe(401);
    // The device list's reads carry the link they started with; the server's 401 sends them again.
    await expect(on(A, () => readHellos(stale))).resolves.toEqual([]);
  });
});

describe('removing a teacher device', () => {
  it('leaves it no password that opens any database of the class; the devices that stay go on', async () => {
    const { A, classId, syncId, slots } = await sync.laptop('Solsikkene', ['Emmaline', 'Olavius'], {
      tablets: 3,
      screens: 0,
      teachers: 4,
    });
    await on(A, () => keepOwnPassword(classId));
    const B = await coTeacher(A, classId);
    // B reads the class's shared slot list (every teacher device that lists the devices does).
    expect(await on(B, () => listDevices(classId))).toMatchObject({ ok: true, list: { canRemove: true } });
    const T = await tablet(B, classId);
    // B leaves a code out, and (modified) plants a password of its own on a free teacher slot.
    const out = await on(B, () => offerTabletPairing(classId, setup, naming));
    if (!out.ok) throw new Error(out.problem);
    const linkB = await linkOn(B);
    const t3 = linkB.slots!.find((s) => s.user.endsWith('-t3'))!;
    await changePassword(t3, 'planted-by-the-removed-device');
    // …and lets every teacher of the server into `main` by role.
    const main = `dk-${syncId}-main`;
    const sec = (await http(linkB, 'GET', `${main}/_security`)).body as Record<string, { names: string[] }>;
    await http(linkB, 'PUT', `${main}/_security`, {
      admins: { names: sec.admins!.names, roles: [] },
      members: { names: sec.members!.names, roles: ['dk-teacher'] },
    });

    const known: Login[] = [
      linkB,
      ...linkB.slots!,
      ...slots,
      { user: t3.user, password: 'planted-by-the-removed-device' },
    ];
    expect(await on(A, () => removeDevice(classId, linkB.user, setup.pouch))).toEqual({
      ok: true,
      slotFree: false,
      cut: [],
    });

    const dbs = ['main', 'roster', 'shown', 'devices', 'in-p1', 'in-p2', 'in-p3'].map(
      (k) => `dk-${syncId}-${k}`,
    );
    const opened: string[] = [];
    for (const login of known)
      for (const db of dbs)
        if (![401, 403].includes(await status(login, db))) opened.push(`${login.user} ${db}`);
    expect(opened).toEqual([]);
    // The code it left out opens nothing either, and no role is let in anywhere.
    expect((await http(admin(), 'GET', `dk-pairing/${out.offer.docId}`)).status).toBe(404);
    for (const db of dbs) {
      const s = (await http(admin(), 'GET', `${db}/_security`)).body as Record<string, { roles?: string[] }>;
      expect([...(s.admins?.roles ?? []), ...(s.members?.roles ?? [])]).toEqual([]);
    }

    // Those who stay go on: the laptop and the tablet sync; new devices get in on renewed slots.
    expect(await roundOn(A, classId)).toMatchObject({ ok: true });
    expect(await roundOn(T, classId)).toMatchObject({ ok: true });
    const T2 = await tablet(A, classId);
    expect(await roundOn(T2, classId)).toMatchObject({ ok: true });
    const C = await coTeacher(A, classId);
    expect((await linkOn(C)).user).toMatch(/-t4$/);
    expect(await roundOn(C, classId)).toMatchObject({ ok: true });
    // The planted slot is retired, the removed device's own too: the list says so.
    expect((await linkOn(A)).retired?.sort()).toEqual([linkB.user, t3.user].sort());
  });

  it('cuts off a device still on a password the removed device knew, and names it to be paired again', async () => {
    const { A, classId, syncId } = await sync.laptop('Solsikkene', ['Emmaline'], { tablets: 1, screens: 0 });
    await on(A, () => keepOwnPassword(classId));
    const B = await coTeacher(A, classId);
    const T = await tablet(A, classId);
    // A tablet that joined before devices made their own passwords: still on the slot list's.
    const linkT = await linkOn(T);
    const listed = (await linkOn(A)).slots!.find((s) => s.user === linkT.user)!;
    await changePassword(linkT, listed.password, admin());
    const { own: _own, ...legacy } = linkT;
    await on(T, () => saveLink({ ...legacy, password: listed.password }));

    const linkB = await linkOn(B);
    expect(await on(A, () => removeDevice(classId, linkB.user, setup.pouch))).toEqual({
      ok: true,
      slotFree: false,
      cut: [{ user: linkT.user, role: 'tablet', label: 'Elevbrett 1' }],
    });
    expect(await status(listed, `dk-${syncId}-roster`)).toBe(401);
    expect(await roundOn(T, classId)).toEqual({ ok: false, problem: 'refused' });
    const list = await on(A, () => listDevices(classId));
    expect(list.ok && list.list.devices.map((d) => d.label)).toEqual(['Lærermaskin 1']);
    // Its slot has a new password only the laptop knows: a new code for it works.
    const T2 = await tablet(A, classId);
    expect((await linkOn(T2)).user).toBe(linkT.user);
    expect(await roundOn(T2, classId)).toMatchObject({ ok: true });
  });
});

describe('a tablet taken out of the class', () => {
  it('joins again with the teacher’s new code in place of its old link; its unsent words reach the queue', async () => {
    const { A, classId, syncId } = await sync.laptop('Solsikkene', ['Emmaline', 'Olavius'], {
      tablets: 2,
      screens: 0,
    });
    const T = await tablet(A, classId);
    const old = await linkOn(T);
    expect(await on(A, () => removeDevice(classId, old.user, setup.pouch))).toMatchObject({ ok: true });
    expect(await roundOn(T, classId)).toEqual({ ok: false, problem: 'refused' });

    // Words a pupil writes while it is out stay on it.
    const savedId = await pupilWords(T, classId, 'Ventet på tur');

    // Without `replacing`, the class is already here; a teacher code never replaces a tablet's link.
    const teacherCode = await on(A, () => offerPairing(classId, setup, naming));
    if (!teacherCode.ok) throw new Error(teacherCode.problem);
    expect(
      await on(T, () => joinByCode(teacherCode.offer.code, sync.server.url, setup, naming, classId)),
    ).toEqual({ ok: false, problem: 'already-here' });
    expect(await linkOn(T)).toEqual(old);

    const offered = await on(A, () => offerTabletPairing(classId, setup, naming));
    if (!offered.ok) throw new Error(offered.problem);
    expect(await on(T, () => joinByCode(offered.offer.code, sync.server.url, setup, naming))).toEqual({
      ok: false,
      problem: 'already-here',
    });
    expect(
      await on(T, () => joinByCode(offered.offer.code, sync.server.url, setup, naming, classId)),
    ).toMatchObject({ ok: true, classId, role: 'tablet' });
    const now = await linkOn(T);
    expect(now.user).toBe(`dk-${syncId}-p2`);
    expect(await roundOn(T, classId)).toMatchObject({ ok: true });
    expect(await roundOn(A, classId)).toMatchObject({ ok: true });
    expect((await on(A, () => listWaiting(classId))).map((r) => [r.id, r.text])).toEqual([
      [savedId, 'Ventet på tur'],
    ]);
  });
});
