// What the settings screen's sharing section does (docs/sync.md §6, §13 step 8): connect a class from
// its connection file (this is the first teacher device: new class keys) and run one sync round with
// the browser's PouchDB. Loaded with import() only when the teacher connects or syncs, so no screen
// carries PouchDB. A round's outcome comes back as a value the screen can word (never an exception).

import type { ConnectionFile } from '../domain/sync/connection';
import { BrowserPouch } from '../sync/pouch';
import { firstTeacherLink } from '../sync/session';
import { db } from './db';
import {
  openConnection,
  type PouchSetup,
  type ServerProblem,
  SyncServerError,
  syncRound,
} from './sync-connect';
import { saveLink, syncLinks } from './sync-links';

export type RoundOutcome =
  | { ok: true; at: number }
  /** `failed`: anything else went wrong (the local database is untouched by a failed round). */
  | { ok: false; problem: ServerProblem | 'failed' };

/** Stores the class's link made from the file (new class keys). The safety backup comes first (caller). */
export async function connectClass(classId: string, file: ConnectionFile): Promise<void> {
  await saveLink(firstTeacherLink(classId, file.server, file.syncId, file.slots));
}

/** The browser's PouchDB: IndexedDB mirrors. */
export const BROWSER_POUCH: PouchSetup = { Pouch: BrowserPouch, mirrorAdapter: 'idb' };

/** One round with the server for a connected class (the tests pass a PouchDB with memory mirrors). */
export async function syncClass(classId: string, setup: PouchSetup = BROWSER_POUCH): Promise<RoundOutcome> {
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
    if (e instanceof SyncServerError) return { ok: false, problem: e.problem };
    console.error(e);
    return { ok: false, problem: 'failed' };
  }
}
