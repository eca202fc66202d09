// @vitest-environment node
// New passwords from IT for retired or free slots (docs/sync.md §7, docs/server.md), over HTTP against
// the test server seeded by server/setup.sh: a removal that cannot change the slot's password retires
// it; `setup.sh renew-slots` (as IT runs it, server admin) gives every slot no device uses a new
// password and writes them to a file, never touching a device in use; the teacher's laptop takes the
// file through the class's shared slot list, and the next code hands the slot out and a tablet joins
// with it. A file for another class, naming a slot the class lacks, or with passwords that no longer
// open the server changes nothing.
import { describe, expect, it, vi } from 'vitest';
import type { DreamClassDB } from '../../src/data/db';
import { listPupils } from '../../src/data/pupils';
import { syncClass } from '../../src/data/sync-class';
import { syncLinks } from '../../src/data/sync-connect';
import { type Naming, removeDevice } from '../../src/data/sync-devices';
import { offerPairing, offerTabletPairing } from '../../src/data/sync-pair';
import { renewSlots as giveFile } from '../../src/data/sync-renew';
import { type ConnectionFile, readConnectionFile } from '../../src/domain/sync/connection';
import { findPlaintext, scanServer } from '../sync-server/scan.mjs';
import { addClass, renewSlots, runSetupScript } from '../sync-server/setup.mjs';
import { type Login, on, setup, useSyncServer } from './helpers/sync-devices';
import { join as joinWith, tabletOf as pairTablet } from './helpers/sync-join';

vi.mock('../../src/sync/pouch', () => ({ BrowserPouch: {} }));

const naming: Naming = {
  labelFor: (role, n) => `${role === 'tablet' ? 'Elevbrett' : 'Lærermaskin'} ${n}`,
  platform: 'Vivaldi, Plan9',
};
const PUPILS = ['Emmaline', 'Olavius'];

const sync = useSyncServer('renew');
const { http } = sync;

const origins = () => [new URL(sync.server.url).origin];
/** The file as the app reads it (the teacher picks it in Settings). */
function read(file: unknown): ConnectionFile {
  const r = readConnectionFile(JSON.stringify(file), origins());
  if (!r.ok) throw new Error(r.refusal.code);
  return r.file;
}
const opensServer = async (login: Login) => (await http(login, 'GET', '_session')).status;
const short = (user: string) => user.slice(user.lastIndexOf('-') + 1);

const tabletOf = (A: DreamClassDB, classId: string) => pairTablet(sync, A, classId, naming);

/** A class with two tablets in use; p1 is removed and, its password not changeable, retired. */
async function classWithRetiredTablet() {
  const { A, classId, syncId } = await sync.laptop('Solsikkene', PUPILS, { tablets: 2, screens: 0 });
  const { link: t1 } = await tabletOf(A, classId);
  const { link: t2 } = await tabletOf(A, classId);
  expect([short(t1.user), short(t2.user)]).toEqual(['p1', 'p2']);
  // The tablet made a password of its own on joining (docs/sync.md §7): the laptop never learned it.
  const kept: Login = { user: t1.user, password: t1.password };
  expect(await on(A, () => removeDevice(classId, t1.user, setup.pouch))).toEqual({
    ok: true,
    slotFree: false,
  });
  expect(await on(A, () => offerTabletPairing(classId, setup, naming))).toMatchObject({
    problem: 'slots-full',
  });
  return { A, classId, syncId, retired: t1.user, kept, inUse: t2 };
}

describe('setup.sh renew-slots', () => {
  it('gives new passwords to the slots no device uses only, and writes them to a private file', async () => {
    const { A, syncId, retired, kept, inUse } = await classWithRetiredTablet();
    const [own] = await on(A, syncLinks);
    const { stdout, name, file, mode } = await renewSlots(sync.server, syncId);
    expect(name).toBe(`connection-${syncId}-renewed.json`);
    expect(mode).toBe(0o600);
    expect(file).toMatchObject({
      format: 'drommeklassen-sync-connection',
      formatVersion: 1,
      renewed: true,
      server: sync.server.url,
      syncId,
    });
    // The retired tablet p1 only: never the laptop (t1), the tablet in use (p2), nor the free teacher
    // slot t2 (add-class puts every teacher slot in _security; only a removal takes one out).
    expect(file!.slots.map((s) => `${short(s.user)}:${s.role}`)).toEqual(['p1:tablet']);
    for (const s of file!.slots) expect(await opensServer(s)).toBe(200);
    expect(await opensServer(kept)).toBe(401);
    expect(file!.slots.find((s) => s.user === retired)!.password).not.toBe(kept.password);
    expect(await opensServer(own!)).toBe(200);
    expect((await http(inUse, 'GET', `dk-${syncId}-roster/_all_docs`)).status).toBe(200);
    expect(stdout).toContain('Give it to the class');
    expect(stdout).toContain('Legg inn nye passord fra IT-avdelingen');
  });

  it('refuses a malformed or unknown sync id, and writes no file when every slot is in use', async () => {
    await expect(runSetupScript(sync.server, ['renew-slots', 'klasse-4b'])).rejects.toThrow(/16 hex digits/);
    await expect(runSetupScript(sync.server, ['renew-slots', '0123456789abcdef'])).rejects.toThrow(
      /no class 0123456789abcdef/,
    );
    const full = await addClass(sync.server, { tablets: 0, screens: 0, teachers: 1 });
    // The one teacher slot is in every _security (add-class puts it there): in use.
    const none = await renewSlots(sync.server, full.syncId);
    expect(none.file).toBeUndefined();
    expect(none.stdout).toContain('every slot is in use');
    expect(await opensServer(full.slots[0]!)).toBe(200);
  });
});

describe('giving the file to the teacher’s laptop', () => {
  it('makes the retired slot usable again: a code hands it out and a tablet joins with it', async () => {
    const { A, classId, syncId, retired } = await classWithRetiredTablet();
    const { file } = await renewSlots(sync.server, syncId);
    // Until the file is given, the laptop still has no tablet slot to offer.
    expect(await on(A, () => offerTabletPairing(classId, setup, naming))).toMatchObject({
      problem: 'slots-full',
    });

    expect(await on(A, () => giveFile(classId, read(file)))).toEqual({ ok: true, renewed: 1 });
    const [link] = await on(A, syncLinks);
    expect((link as { retired?: string[] }).retired).toEqual([]);

    const { T, link: joined } = await tabletOf(A, classId);
    expect(joined.user).toBe(retired);
    expect((await http(joined, 'GET', `dk-${syncId}-roster/_all_docs`)).status).toBe(200);
    expect(await on(T, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
    expect((await on(T, () => listPupils(classId))).map((p) => p.name).sort()).toEqual(PUPILS);

    // The free teacher slot kept its password: a co-teacher's laptop still joins on it.
    const offered = await on(A, () => offerPairing(classId, setup, naming));
    expect(offered).toMatchObject({ ok: true, offer: { user: `dk-${syncId}-t2` } });
    if (offered.ok) await joinWith(sync, offered.offer.code, 'co-teacher', naming);

    // The new passwords travel in the sealed slot list only.
    const scan = await scanServer(sync.server.url, sync.server.admin);
    expect(
      findPlaintext(
        scan,
        file!.slots.map((s) => s.password),
      ),
    ).toEqual([]);
  });

  it('changes nothing for a file of another class, one naming a slot the class lacks, or an old one', async () => {
    const { A, classId, syncId } = await classWithRetiredTablet();
    const other = await addClass(sync.server, { tablets: 1, screens: 0 });
    const otherFile = (await renewSlots(sync.server, other.syncId)).file!;
    const older = (await renewSlots(sync.server, syncId)).file!;
    const good = (await renewSlots(sync.server, syncId)).file!;
    const before = await on(A, syncLinks);

    expect(await on(A, () => giveFile(classId, read(otherFile)))).toEqual({
      ok: false,
      problem: 'other-class',
    });
    const extra = {
      ...good,
      slots: [...good.slots, { user: `dk-${syncId}-p9`, role: 'tablet', password: 'x'.repeat(32) }],
    };
    expect(await on(A, () => giveFile(classId, read(extra)))).toEqual({
      ok: false,
      problem: 'unknown-slots',
    });
    expect(await on(A, () => giveFile(classId, read(older)))).toEqual({ ok: false, problem: 'stale' });
    expect(
      await on(A, () => giveFile(classId, { ...read(good), server: 'https://elsewhere.example' })),
    ).toEqual({
      ok: false,
      problem: 'other-class',
    });
    expect(await on(A, syncLinks)).toEqual(before);
    expect(await on(A, () => offerTabletPairing(classId, setup, naming))).toMatchObject({
      problem: 'slots-full',
    });

    expect(await on(A, () => giveFile(classId, read(good)))).toEqual({ ok: true, renewed: 1 });
    expect(await on(A, () => offerTabletPairing(classId, setup, naming))).toMatchObject({ ok: true });
  });
});
