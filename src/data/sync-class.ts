// What the settings screen's sharing section does (docs/sync.md §6, §13 step 8): connect a class from
// its connection file (this is the first teacher device: new class keys) and run one sync round with
// the browser's PouchDB. Loaded with import() only when the teacher connects or syncs, so no screen
// carries PouchDB. A round's outcome comes back as a value the screen can word (never an exception).
// Rounds of one class never overlap: not in this tab (the loop, «Synkroniser nå», a pairing), and not
// across tabs where the browser has Web Locks.

import type { ConnectionFile } from '../domain/sync/connection';
import { READS } from '../domain/sync/project';
import type { LoopOutcome } from '../sync/loop';
import { BrowserPouch } from '../sync/pouch';
import { firstTeacherLink, linkDatabases } from '../sync/session';
import { db } from './db';
import { openConnection, type PouchSetup, SyncServerError, syncRound } from './sync-connect';
import { saveLink, syncLinks } from './sync-links';

export type { PouchSetup };

/**
 * A round's outcome: `ServerProblem`, or `failed` when anything else went wrong (the local database is
 * untouched by a failed round). The loop's own type, so the two cannot drift apart.
 */
export type RoundOutcome = LoopOutcome;

/** Stores the class's link made from the file (new class keys). The safety backup comes first (caller). */
export async function connectClass(classId: string, file: ConnectionFile): Promise<void> {
  await saveLink(firstTeacherLink(classId, file.server, file.syncId, file.slots));
}

/** The browser's PouchDB: IndexedDB mirrors. */
export const BROWSER_POUCH: PouchSetup = { Pouch: BrowserPouch, mirrorAdapter: 'idb' };

/** The work of each class running in this tab: its rounds, and a change of its password. */
const rounds = new Map<string, Promise<unknown>>();

/**
 * Runs `work` for a class after anything of the same class already running (its rounds, a change of
 * this device's password), in this tab and, where the browser has Web Locks, across its tabs.
 */
export function withClassLock<T>(classId: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'object' ? navigator.locks : undefined;
  const run = async (): Promise<T> =>
    locks ? await locks.request(`dk-sync-round:${classId}`, work) : work();
  const next = (rounds.get(classId) ?? Promise.resolve()).then(run, run);
  rounds.set(classId, next);
  void next.finally(() => {
    if (rounds.get(classId) === next) rounds.delete(classId);
  });
  return next;
}

/**
 * One round with the server for a connected class (the tests pass a PouchDB with memory mirrors),
 * after any round of the same class already running: two at once would push the same change twice
 * and race on the mirror's revisions.
 */
export function syncClass(classId: string, setup: PouchSetup = BROWSER_POUCH): Promise<RoundOutcome> {
  return withClassLock(classId, () => oneRound(classId, setup));
}

async function oneRound(classId: string, setup: PouchSetup, again = false): Promise<RoundOutcome> {
  try {
    const link = (await syncLinks()).find((l) => l.classId === classId);
    if (!link) return { ok: false, problem: 'failed' };
    const c = await openConnection(db(), link, setup);
    try {
      await syncRound(db(), c);
    } finally {
      // The next round opens them again; nothing stays open between rounds.
      await Promise.allSettled([...c.remotes].flatMap(([m, r]) => [m.db.close(), r.close()]));
    }
    return { ok: true, at: Date.now() };
  } catch (e) {
    if (e instanceof SyncServerError) {
      // Refused just after this device changed its own password, before it noted so (a closed tab):
      // the new password it kept aside opens the server, and the round runs again with it.
      if (e.problem === 'refused' && !again) {
        const { settlePassword } = await import('./sync-devices');
        if (await settlePassword(classId).catch(() => false)) return oneRound(classId, setup, true);
      }
      return { ok: false, problem: e.problem };
    }
    console.error(e);
    return { ok: false, problem: 'failed' };
  }
}

/**
 * Listens to the server's changes of the databases this device reads that teacher devices write
 * (`main` on a teacher device, the roster on a tablet, the roster and `shown` on a classroom screen;
 * never its own inbox) with a live `_changes` long poll each, and calls `onChange` for each change;
 * `onLost` once if a feed dies (server gone, network down), after closing them all. Answers the
 * function that closes them (docs/sync.md §9.3).
 */
export async function watchServer(
  classId: string,
  onChange: () => void,
  onLost: () => void,
  setup: PouchSetup = BROWSER_POUCH,
): Promise<(() => void) | undefined> {
  const link = (await syncLinks()).find((l) => l.classId === classId);
  const watched = link
    ? linkDatabases(link).filter((d) => d.kind !== 'inbox' && READS[link.role].includes(d.kind))
    : [];
  if (!link || watched.length === 0) return undefined;
  let closed = false;
  const feeds = watched.map(({ name }) => {
    const remote = new setup.Pouch(`${link.server}/${name}`, {
      adapter: 'http',
      skip_setup: true,
      auth: { username: link.user, password: link.password },
    });
    return { remote, feed: remote.changes({ live: true, since: 'now', return_docs: false }) };
  });
  const close = () => {
    if (closed) return;
    closed = true;
    for (const { remote, feed } of feeds) {
      feed.cancel();
      void remote.close().catch(() => {});
    }
  };
  for (const { feed } of feeds) {
    feed.on('change', () => {
      if (!closed) onChange();
    });
    feed.on('error', () => {
      if (closed) return;
      close();
      onLost();
    });
  }
  return close;
}
