// @vitest-environment node
// Erasing a pupil «overalt» with the class synced through the school's server (docs/sync.md §3.4,
// §8 point 6, §13 step 12), over HTTP against the test server seeded by the real server/setup.sh:
// three teacher devices share a class; A erases Emmaline; B had edited a recognition about her and
// C wrote one while offline. Afterwards no device holds her, the recognition she noticed says "a
// classmate" everywhere, and on the server (and in every device's mirror) no leaf and no old
// revision that can still be fetched decrypts to anything that names her.
import type { PouchDatabase, PouchDoc } from 'pouchdb-core';
import { describe, expect, it, vi } from 'vitest';
import { createClass } from '../../src/data/classes';
import type { DreamClassDB } from '../../src/data/db';
import { addPupilsFromText, erasePupil, listPupils } from '../../src/data/pupils';
import { addTeacherRecognition } from '../../src/data/recognitions';
import { listStrengths } from '../../src/data/strengths';
import { type Connection, openConnection, syncRound } from '../../src/data/sync-connect';
import { readConnectionFile } from '../../src/domain/sync/connection';
import { type DbKeys, docId, openDoc } from '../../src/sync/crypto';
import { bundleFor, type ClassLink, firstTeacherLink, linkFromBundle } from '../../src/sync/session';
import { findPlaintext, scanServer } from '../sync-server/scan.mjs';
import { addClass } from '../sync-server/setup.mjs';
import { on, pouchSetup as setup, useSyncServer } from './helpers/sync-devices';

// The helper loads the app's sync code, whose browser PouchDB would plug the IndexedDB adapter into the
// one PouchDB class of this process, the test server's too: the tests pass their own.
vi.mock('../../src/sync/pouch', () => ({ BrowserPouch: {} }));

const CLASS_NAME = 'Solsikkene';
const EMMA = 'Emmaline';
const OLA = 'Olavius';
const ABOUT_EMMA = 'Bar stolene for Kaspara uten at noen spurte';
const EMMA_NOTICED = 'Hjalp Olavius med å finne sekken';

const sync = useSyncServer('erase');
const { device } = sync;

const connections = new Map<DreamClassDB, Connection>();
async function round(d: DreamClassDB, link: ClassLink) {
  const c = connections.get(d) ?? (await openConnection(d, link, setup));
  connections.set(d, c);
  return on(d, () => syncRound(d, c));
}

const authorization = () =>
  `Basic ${Buffer.from(`${sync.server.admin.user}:${sync.server.admin.password}`).toString('base64')}`;
async function adminGet(path: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(sync.server.url + path, {
    headers: { authorization: authorization(), accept: 'application/json' },
  });
  return { status: res.status, body: await res.json() };
}

type Reader = (id: string, query: string) => Promise<unknown>;

/**
 * Every body a database still hands out: every leaf (`open_revs=all&revs=true`) and every ancestor
 * revision of a leaf that can still be fetched by `?rev=`, decrypted with the database's keys.
 */
async function everyBody(ids: readonly string[], read: Reader, keys: DbKeys): Promise<string[]> {
  const out: string[] = [];
  const open = async (doc: unknown) => {
    const d = doc as PouchDoc;
    if (!d || typeof d !== 'object' || !('c' in d)) return;
    const { _revisions: _r, ...plain } = d;
    const payload = await openDoc(keys, plain);
    // A deletion's tombstone names the record's own id (her pupil id for her pupil record): it is
    // what keeps her erased on a device that was offline (§8 point 6), and holds nothing else.
    if (!('tomb' in payload)) out.push(JSON.stringify(payload));
  };
  for (const id of ids) {
    const leaves = (await read(id, 'revs=true&open_revs=all')) as { ok?: PouchDoc }[];
    for (const leaf of leaves) {
      if (!leaf.ok) continue;
      await open(leaf.ok);
      const revs = leaf.ok._revisions as { start: number; ids: string[] } | undefined;
      for (const [i, hash] of (revs?.ids ?? []).entries()) {
        if (i === 0) continue;
        await open(await read(id, `rev=${revs!.start - i}-${hash}`));
      }
    }
  }
  return out;
}

async function serverBodies(dbName: string, keys: DbKeys): Promise<string[]> {
  const db = encodeURIComponent(dbName);
  const changes = (await adminGet(`/${db}/_changes?style=all_docs`)).body as { results: { id: string }[] };
  const ids = changes.results.map((c) => c.id).filter((id) => !id.startsWith('_design/'));
  return everyBody(
    ids,
    async (id, query) => {
      const r = await adminGet(`/${db}/${encodeURIComponent(id)}?${query}`);
      return r.status === 200 ? r.body : null;
    },
    keys,
  );
}

async function mirrorBodies(db: PouchDatabase, keys: DbKeys): Promise<string[]> {
  const { results } = await db.changes({ style: 'all_docs' });
  const ids = results.map((c) => c.id).filter((id) => !id.startsWith('_design/'));
  return everyBody(
    ids,
    async (id, query) => {
      const q = Object.fromEntries(new URLSearchParams(query));
      const opts = q.open_revs ? { open_revs: 'all', revs: true } : { rev: q.rev };
      return (db.get as (id: string, o: object) => Promise<unknown>)(id, opts).catch(() => null);
    },
    keys,
  );
}

describe('erasing a pupil everywhere, with the class synced', () => {
  it('reaches every device, blanks her name, and leaves no body about her on the server or in a mirror', async () => {
    const file = await addClass(sync.server, { tablets: 1, screens: 1, teachers: 3 });
    const A = await device('A');
    const ids = await on(A, async () => {
      const cls = await createClass({ name: CLASS_NAME, yearGroup: 4 });
      await addPupilsFromText(cls.id, `${EMMA}\n${OLA}`);
      const [emma, ola] = await listPupils(cls.id);
      const strengthId = (await listStrengths())[0]!.id;
      const add = async (pupil: string, text: string, noticedBy: string | null) => {
        const s = await addTeacherRecognition({
          classId: cls.id,
          pupils: [pupil],
          strengthId,
          text,
          noticedBy: noticedBy ? { kind: 'pupil', pupilId: noticedBy } : { kind: 'teacher' },
        });
        if (!s.ok) throw new Error(s.problem);
        return s.ids[0]!;
      };
      return {
        classId: cls.id,
        emma: emma!.id,
        aboutEmma: await add(emma!.id, ABOUT_EMMA, ola!.id),
        emmaNoticed: await add(ola!.id, EMMA_NOTICED, emma!.id),
        strengthId,
      };
    });
    const read = readConnectionFile(JSON.stringify(file), [new URL(sync.server.url).origin]);
    if (!read.ok) throw new Error(read.refusal.code);
    const linkA = firstTeacherLink(ids.classId, read.file.server, read.file.syncId, read.file.slots);
    const pair = async (user: string) =>
      linkFromBundle(await bundleFor(linkA, linkA.slots!.find((s) => s.user === user)!, Date.now()));
    const linkB = await pair(`dk-${file.syncId}-t2`);
    const linkC = await pair(`dk-${file.syncId}-t3`);
    const B = await device('B');
    const C = await device('C');
    await round(A, linkA);
    await round(B, linkB);
    await round(C, linkC);
    expect((await B.pupils.get(ids.emma))?.name).toBe(EMMA);
    expect((await C.recognitions.get(ids.aboutEmma))?.text).toBe(ABOUT_EMMA);

    // Her documents on the server as they are before the erasure: which revision holds which body.
    const keysOf = new Map(
      (await openConnection(A, linkA, setup)).sync.mirrors.map((m) => [m.keys.db, m.keys] as const),
    );
    const before: { db: string; id: string; rev: string; c: string; hers: boolean }[] = [];
    for (const [db, keys] of keysOf) {
      for (const [t, id, hers] of [
        ['pupils', ids.emma, true],
        ['recognitions', ids.aboutEmma, true],
        ['recognitions', ids.emmaNoticed, false],
      ] as const) {
        const doc = await docId(keys.id, t, id);
        const got = await adminGet(`/${db}/${doc}`);
        if (got.status !== 200) continue;
        const { _rev, c } = got.body as { _rev: string; c: string };
        before.push({ db, id: doc, rev: _rev, c, hers });
      }
    }
    // main and roster hold her pupil record, main and shown the two recognitions.
    expect(before.length).toBe(6);

    // B edits the recognition about her and C writes one more, neither having heard of the erasure.
    await on(B, () =>
      B.recognitions.update(ids.aboutEmma, { text: 'Endret på B', updatedAt: Date.now() + 1000 }),
    );
    const onC = await on(C, async () => {
      const s = await addTeacherRecognition({
        classId: ids.classId,
        pupils: [ids.emma],
        strengthId: ids.strengthId,
        text: 'Skrevet på C uten nett',
        noticedBy: { kind: 'teacher' },
      });
      if (!s.ok) throw new Error(s.problem);
      return s.ids[0]!;
    });
    await on(A, () => erasePupil(ids.emma));
    await round(A, linkA);
    await round(B, linkB);
    await round(C, linkC);
    await round(A, linkA);
    await round(B, linkB);
    await round(C, linkC);

    for (const d of [A, B, C]) {
      expect(await d.pupils.get(ids.emma), d.name).toBeUndefined();
      expect(await d.recognitions.get(ids.aboutEmma), d.name).toBeUndefined();
      expect(await d.recognitions.get(onC), d.name).toBeUndefined();
      expect((await d.recognitions.toArray()).filter((r) => r.pupilId === ids.emma)).toEqual([]);
      const kept = await d.recognitions.get(ids.emmaNoticed);
      expect(kept?.text).toBe(EMMA_NOTICED);
      expect(kept?.noticedBy).toEqual({ kind: 'classmate' });
    }

    // The server: her documents deleted, in every leaf; the old revisions gone after compaction.
    for (const b of before) {
      const path = `/${b.db}/${b.id}`;
      const now = await adminGet(path);
      if (b.hers) {
        expect(now.status, path).toBe(404);
        const leaves = (await adminGet(`${path}?revs=true&open_revs=all`)).body as { ok?: PouchDoc }[];
        expect(leaves.length).toBeGreaterThan(0);
        expect(leaves.filter((l) => !l.ok?._deleted)).toEqual([]);
        expect(JSON.stringify(leaves)).not.toContain(b.c);
      } else {
        expect((now.body as { _rev: string })._rev).not.toBe(b.rev);
      }
      const old = await adminGet(`${path}?rev=${b.rev}`);
      expect(old.status, `${path}?rev=${b.rev}`).toBe(404);
      expect(JSON.stringify(old.body)).not.toContain(b.c);
    }
    // Nothing that names her, in any leaf or in any old revision it still hands out.
    for (const [dbName, keys] of keysOf) {
      const bodies = await serverBodies(dbName, keys);
      expect(bodies.length, dbName).toBeGreaterThan(0);
      expect(
        bodies.filter((b) => b.includes(ids.emma)),
        dbName,
      ).toEqual([]);
    }
    expect(
      findPlaintext(await scanServer(sync.server.url, sync.server.admin), [CLASS_NAME, EMMA, OLA]),
    ).toEqual([]);

    // Every device's mirror: the same.
    for (const d of [A, B, C]) {
      for (const m of connections.get(d)!.sync.mirrors) {
        const bodies = await mirrorBodies(m.db, m.keys);
        expect(
          bodies.filter((b) => b.includes(ids.emma)),
          `${d.name} ${m.kind}`,
        ).toEqual([]);
      }
    }
  }, 120_000);

  it('a server that refuses the compaction does not stop the round, and the next round compacts', async () => {
    const file = await addClass(sync.server, { tablets: 1, screens: 1, teachers: 2 });
    const A = await device('A');
    const ids = await on(A, async () => {
      const cls = await createClass({ name: CLASS_NAME, yearGroup: 4 });
      await addPupilsFromText(cls.id, `${EMMA}\n${OLA}`);
      const [emma] = await listPupils(cls.id);
      return { classId: cls.id, emma: emma!.id };
    });
    const read = readConnectionFile(JSON.stringify(file), [new URL(sync.server.url).origin]);
    if (!read.ok) throw new Error(read.refusal.code);
    const link = firstTeacherLink(ids.classId, read.file.server, read.file.syncId, read.file.slots);
    await round(A, link);
    const c = connections.get(A)!;
    const main = c.sync.mirrors.find((m) => m.kind === 'main')!;
    const path = `/${main.keys.db}/${await docId(main.keys.id, 'pupils', ids.emma)}`;
    const { _rev: old } = (await adminGet(path)).body as { _rev: string };

    const remote = c.remotes.get(main)!;
    const compact = remote.compact.bind(remote);
    remote.compact = () => Promise.reject(Object.assign(new Error('forbidden'), { status: 403 }));
    await on(A, () => erasePupil(ids.emma));
    await round(A, link);
    expect((await adminGet(path)).status).toBe(404);
    // Deleted, but the old body is still there: the erasure is not finished on the server.
    expect((await adminGet(`${path}?rev=${old}`)).status).toBe(200);

    remote.compact = compact;
    await round(A, link);
    expect((await adminGet(`${path}?rev=${old}`)).status).toBe(404);
  }, 60_000);
});
