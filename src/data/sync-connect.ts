// Connecting a class to the school's sync server, and one sync round (docs/sync.md §6, §9, §13 steps
// 8-9): the links this device keeps (stored by sync-links.ts, re-exported here), the mirrors and the
// server databases of a link, and "sync now": apply what the mirrors hold, push the local diff into
// them, replicate each with the server (PouchDB's replication), and apply what came back. Loaded only
// on a device with a server set up.

import Dexie from 'dexie';
import type { PouchDatabase, PouchStatic } from 'pouchdb-core';
import { isRecord } from '../domain/guards';
import { pulls, WRITES } from '../domain/sync/project';
import { loadErased, type Mirror, saveErased } from '../sync/mirror';
import { type ClassLink, linkKeys } from '../sync/session';
import type { DreamClassDB } from './db';
import { type ClassSync, type CycleReport, syncCycle } from './sync-bridge';
import { finishIntake, type IntakeReport, intake } from './sync-intake';

export { removeLink, SYNC_LINKS_KEY, saveLink, syncLinks } from './sync-links';

/** How the sync code gets its PouchDB: IndexedDB mirrors in the browser, memory ones in the tests. */
export interface PouchSetup {
  Pouch: PouchStatic;
  mirrorAdapter: string;
}

/** A link opened: its mirrors (one per database) and the same databases on the server. */
export interface Connection {
  link: ClassLink;
  sync: ClassSync;
  remotes: ReadonlyMap<Mirror, PouchDatabase>;
  setup: PouchSetup;
}

export async function openConnection(
  d: DreamClassDB,
  link: ClassLink,
  setup: PouchSetup,
): Promise<Connection> {
  const mirrors: Mirror[] = [];
  const remotes = new Map<Mirror, PouchDatabase>();
  for (const { kind, keys } of await linkKeys(link)) {
    const mirror: Mirror = {
      kind,
      keys,
      // One mirror per server database and per local database (tests run two devices in one page).
      db: new setup.Pouch(`dk-mirror-${d.name}-${keys.db}`, {
        adapter: setup.mirrorAdapter,
        auto_compaction: true,
      }),
    };
    mirrors.push(mirror);
    remotes.set(
      mirror,
      new setup.Pouch(`${link.server}/${keys.db}`, {
        adapter: 'http',
        skip_setup: true,
        auth: { username: link.user, password: link.password },
      }),
    );
  }
  return { link, sync: { classId: link.classId, role: link.role, mirrors }, remotes, setup };
}

/** Why a round with the server did not finish. The local database is never touched by a failure. */
export type ServerProblem = 'offline' | 'refused' | 'not-couchdb';

export class SyncServerError extends Error {
  override readonly name = 'SyncServerError';
  constructor(
    readonly problem: ServerProblem,
    message: string,
  ) {
    super(message);
  }
}

/** A PouchDB HTTP error as the problem the teacher is told about. */
export function serverProblem(e: unknown): SyncServerError {
  const status = isRecord(e) && typeof e.status === 'number' ? e.status : 0;
  if (status === 401 || status === 403)
    return new SyncServerError('refused', 'The server does not let this device in.');
  if (status >= 400 && status !== 404 && status < 500)
    return new SyncServerError('not-couchdb', 'The address answers, but not as a sync server.');
  return new SyncServerError('offline', 'No contact with the server.');
}

export interface RoundReport {
  first: CycleReport;
  second: CycleReport;
  /** A teacher device: what it took from the inboxes this round. */
  intake?: IntakeReport;
}

/**
 * One round: the local diff into the mirrors, the mirrors with the server (push what this role
 * writes, pull what it reads), then what arrived into the local database. A server that cannot be
 * reached throws SyncServerError after the local work is done: everything stays on this device and
 * the next round carries it.
 */
export async function syncRound(d: DreamClassDB, c: Connection): Promise<RoundReport> {
  const { role } = c.link;
  // A teacher device takes the pupils' words from the class's inboxes first (docs/sync.md §9.2), so
  // this round's push carries them into `main`.
  const openInbox = (name: string) =>
    new c.setup.Pouch(`${c.link.server}/${name}`, {
      adapter: 'http',
      skip_setup: true,
      auth: { username: c.link.user, password: c.link.password },
    });
  let taken: IntakeReport = { added: 0, known: 0, dropped: 0, taken: [] };
  if (role === 'teacher') {
    try {
      taken = await intake(d, c.link, openInbox);
    } catch (e) {
      throw serverProblem(e);
    }
  }
  const first = await syncCycle(d, c.sync);
  for (const mirror of c.sync.mirrors) {
    const remote = c.remotes.get(mirror)!;
    const { Pouch } = c.setup;
    try {
      if (WRITES[role].includes(mirror.kind)) await replicate(Pouch, mirror.db, remote);
      if (pulls(role, mirror.kind)) await replicate(Pouch, remote, mirror.db);
    } catch (e) {
      throw serverProblem(e);
    }
  }
  const second = await syncCycle(d, c.sync);
  await finishErasure(d, c, [first, second]);
  const main = c.sync.mirrors.find((m) => m.kind === 'main');
  if (main) await finishIntake(c.link, main, taken.taken, openInbox);
  return { first, second, intake: taken };
}

/**
 * Erasure on the server (docs/sync.md §8 point 6), on a teacher device, when a pupil was erased
 * since this device last did it for a database, or a record about an erased pupil arrived in this
 * round (dropped on pull; the push of the second cycle deletes it): the second cycle's deletions,
 * blanks and retired conflict leaves go to the server now, not a round later, and then every
 * database the device writes is compacted on the server (a teacher slot is a database admin) and in
 * the mirror, so no old revision's body (her records' ciphertext) can still be fetched.
 */
async function finishErasure(d: DreamClassDB, c: Connection, reports: readonly CycleReport[]): Promise<void> {
  const { role } = c.link;
  const arrived = reports.some((r) => r.pull.dropped > 0);
  const erased = (
    await d.tombstones.where(':id').between(['pupils', Dexie.minKey], ['pupils', Dexie.maxKey]).primaryKeys()
  ).map(([, id]) => id);
  for (const mirror of c.sync.mirrors) {
    if (role !== 'teacher' || !WRITES[role].includes(mirror.kind)) continue;
    const done = await loadErased(mirror.db);
    if (!arrived && erased.every((id) => done.has(id))) continue;
    const remote = c.remotes.get(mirror)!;
    try {
      await replicate(c.setup.Pouch, mirror.db, remote);
    } catch (e) {
      throw serverProblem(e);
    }
    await mirror.db.compact();
    // A server that refuses or fails the compaction does not stop the class from syncing: the
    // erasure stays unfinished for this database and the next round tries again.
    const compacted = await remote.compact().then(
      () => true,
      () => false,
    );
    if (compacted) await saveErased(mirror.db, erased);
  }
}

async function replicate(Pouch: PouchStatic, from: PouchDatabase, to: PouchDatabase): Promise<void> {
  const r = await Pouch.replicate(from, to);
  if (r.doc_write_failures > 0) {
    const first = r.errors[0];
    throw isRecord(first) ? first : new Error('A document was refused.');
  }
}
