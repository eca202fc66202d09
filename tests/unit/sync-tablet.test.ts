// @vitest-environment node
// A pupil tablet joins by code and its pupils' words reach the teacher's queue (docs/sync.md §3.1,
// §6.2, §9.2), over HTTP against the test server seeded by server/setup.sh: the offer makes the tablet
// slot a member of the roster and its own inbox only; the tablet gets the roster and cannot read
// `main`; a pupil's submission on the tablet lands in the teacher's waiting list exactly once and its
// inbox document is then deleted; a garbage inbox document is dropped without failing the round.
import { describe, expect, it, vi } from 'vitest';
import { listPupils } from '../../src/data/pupils';
import { listWaiting } from '../../src/data/recognitions';
import { listStrengths } from '../../src/data/strengths';
import { syncClass } from '../../src/data/sync-class';
import { syncLinks } from '../../src/data/sync-connect';
import { joinByCode, offerTabletPairing } from '../../src/data/sync-pair';
import { sealDoc } from '../../src/sync/crypto';
import { linkKeys } from '../../src/sync/session';
import { on, setup, useSyncServer } from './helpers/sync-devices';
import { pupilWords } from './helpers/sync-join';

vi.mock('../../src/sync/pouch', () => ({ BrowserPouch: {} }));

const CLASS_NAME = 'Solsikkene';
const EMMA = 'Emmaline';
const OLA = 'Olavius';
const WORDS = 'Hjalp meg med knuten på skoen';

const sync = useSyncServer('tablet');
const { device, http, adminLogin } = sync;

/** The teacher's laptop with a class of two pupils, connected with the file and synced once. */
async function laptop() {
  const base = await sync.laptop(CLASS_NAME, [EMMA, OLA], { tablets: 1, screens: 0 });
  const tablet = base.slots.find((s) => s.role === 'tablet')!;
  return { ...base, tablet };
}

/** The laptop offers a tablet code; a new tablet joins with it. */
async function pairedTablet() {
  const base = await laptop();
  const offered = await on(base.A, () => offerTabletPairing(base.classId, setup));
  if (!offered.ok) throw new Error(offered.problem);
  const T = await device('tablet');
  const joined = await on(T, () => joinByCode(offered.offer.code, sync.server.url, setup));
  return { ...base, T, offer: offered.offer, joined };
}

describe('a pupil tablet', () => {
  it('the offer makes the tablet slot a member (never an admin) of the roster and its own inbox only', async () => {
    const { A, classId, syncId, tablet } = await laptop();
    const inbox = `dk-${syncId}-in-p1`;
    expect((await http(adminLogin(), 'GET', `${inbox}/_security`)).body.members).toMatchObject({
      names: expect.not.arrayContaining([tablet.user]),
    });
    const offered = await on(A, () => offerTabletPairing(classId, setup));
    expect(offered).toMatchObject({ ok: true, offer: { user: tablet.user } });
    for (const db of [`dk-${syncId}-roster`, inbox]) {
      const sec = (await http(adminLogin(), 'GET', `${db}/_security`)).body as {
        admins: { names: string[] };
        members: { names: string[] };
      };
      expect(sec.members.names).toContain(tablet.user);
      expect(sec.admins.names).not.toContain(tablet.user);
    }
    for (const db of ['main', 'shown', 'devices']) {
      const sec = (await http(adminLogin(), 'GET', `dk-${syncId}-${db}/_security`)).body as {
        members: { names: string[] };
      };
      expect(sec.members.names).not.toContain(tablet.user);
    }
    // The only tablet slot has a code out: a second offer finds none free.
    expect(await on(A, () => offerTabletPairing(classId, setup))).toMatchObject({
      ok: false,
      problem: 'slots-full',
      teacherSlots: 1,
    });
  });

  it('joins by code, gets the roster and strengths, and cannot read main', async () => {
    const { T, classId, syncId, tablet, joined } = await pairedTablet();
    expect(joined).toEqual({ ok: true, classId, className: CLASS_NAME, role: 'tablet' });
    const [link] = await on(T, syncLinks);
    expect(link).toMatchObject({ role: 'tablet', user: tablet.user, keys: { kind: 'dbs' } });
    expect((await on(T, () => listPupils(classId))).map((p) => p.name).sort()).toEqual([EMMA, OLA].sort());
    expect((await on(T, listStrengths)).length).toBeGreaterThan(0);
    const login = { user: link!.user, password: link!.password };
    for (const db of ['main', 'shown', 'devices']) {
      expect([401, 403]).toContain((await http(login, 'GET', `dk-${syncId}-${db}/_all_docs`)).status);
    }
    expect((await http(login, 'GET', `dk-${syncId}-roster/_all_docs`)).status).toBe(200);
  });

  it('a pupil’s words on the tablet reach the teacher’s waiting list exactly once, and the inbox document is then deleted', async () => {
    const { A, T, classId, syncId } = await pairedTablet();
    const inbox = `dk-${syncId}-in-p1`;
    const inboxDocs = async () =>
      ((await http(adminLogin(), 'GET', `${inbox}/_all_docs`)).body.rows as { id: string }[]).filter(
        (r) => !r.id.startsWith('_design/'),
      );
    // Only the tablet's hello, written on joining.
    const hello = await inboxDocs();
    expect(hello).toHaveLength(1);
    const saved = { id: await pupilWords(T, classId, WORDS) };
    expect(await on(T, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
    // The hello and the pupil's words.
    expect(await inboxDocs()).toEqual(expect.arrayContaining(hello));
    expect(await inboxDocs()).toHaveLength(2);
    // The server holds ciphertext only.
    const raw = JSON.stringify(
      (await http(adminLogin(), 'GET', `${inbox}/_all_docs?include_docs=true`)).body,
    );
    expect(raw).not.toContain(WORDS);

    expect(await on(A, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
    const waiting = await on(A, () => listWaiting(classId));
    expect(waiting.map((r) => [r.id, r.text, r.status, r.source])).toEqual([
      [saved.id, WORDS, 'waiting', 'pupil'],
    ]);
    // Taken: the inbox document is deleted once main holds the recognition; the hello stays.
    expect(await inboxDocs()).toEqual(hello);
    // Another round on both: still exactly one, and the tablet no longer holds the sent words.
    expect(await on(A, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
    expect(await on(T, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
    expect(await on(T, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
    expect(await on(A, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
    expect((await A.recognitions.toArray()).filter((r) => r.text === WORDS)).toHaveLength(1);
    expect(await T.recognitions.count()).toBe(0);
  });

  it('a garbage inbox document is dropped with a log line and the round still succeeds', async () => {
    const { A, T, classId, syncId } = await pairedTablet();
    const [link] = await on(T, syncLinks);
    const login = { user: link!.user, password: link!.password };
    const put = await http(login, 'PUT', `dk-${syncId}-in-p1/${'ab'.repeat(16)}`, {
      v: 1,
      k: 0,
      iv: 'AAAAAAAAAAAAAAAA',
      c: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(put.status).toBeLessThan(300);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(await on(A, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('dropped'));
    } finally {
      warn.mockRestore();
    }
    expect(await on(A, () => listWaiting(classId))).toEqual([]);
  });

  it('a well-sealed submission that claims to be approved, or names a pupil of no class, never reaches the board or the queue', async () => {
    const { A, T, classId, syncId } = await pairedTablet();
    const [link] = await on(T, syncLinks);
    const inbox = `dk-${syncId}-in-p1`;
    const keys = (await linkKeys(link!)).find((k) => k.kind === 'inbox')!.keys;
    const [emma, ola] = await on(T, () => listPupils(classId));
    const strengthId = (await on(T, listStrengths))[0]!.id;
    const base = {
      classId,
      pupilId: emma!.id,
      strengthId,
      text: WORDS,
      noticedBy: { kind: 'pupil', pupilId: ola!.id },
      source: 'pupil',
      createdAt: Date.now(),
      updatedAt: Date.now(),
    };
    const hostile = [
      { ...base, id: crypto.randomUUID(), status: 'approved' },
      { ...base, id: crypto.randomUUID(), status: 'waiting', pupilId: crypto.randomUUID() },
    ];
    const login = { user: link!.user, password: link!.password };
    for (const r of hostile) {
      const doc = await sealDoc(keys, { t: 'recognitions', r });
      expect((await http(login, 'PUT', `${inbox}/${doc._id}`, doc)).status).toBeLessThan(300);
    }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(await on(A, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
      expect(warn).toHaveBeenCalledTimes(2);
    } finally {
      warn.mockRestore();
    }
    expect(await A.recognitions.count()).toBe(0);
  });

  it('an inbox the server no longer has does not stop the teacher’s round', async () => {
    const { A, classId, syncId } = await laptop();
    expect((await http(adminLogin(), 'DELETE', `dk-${syncId}-in-p1`)).status).toBeLessThan(300);
    expect(await on(A, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
  });
});
