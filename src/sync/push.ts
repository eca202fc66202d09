// The push side of the bridge (docs/sync.md §9): a diff, not an outbox. A cycle takes the class's
// records as they are now, projects each for every database the device's role writes, serialises
// and hashes it, and compares the hash with what the mirror's winning revision holds (the push
// state, src/sync/mirror.ts). A changed record is encrypted and put into the mirror as a new
// revision; a record the state knows but the diff no longer produces (deleted here, or no longer
// belonging to that database) becomes a deleted document with tombstone ciphertext. Every write is
// seen this way, whoever made it (another tab, a backup import, a repair), with no hook in the
// first visit's code. Works on plain records: the Dexie side is src/data/sync-bridge.ts.
import type { PouchDoc } from 'pouchdb-core';
import type { TableName, Tombstone } from '../domain/backup/format';
import { TABLES } from '../domain/backup/format';
import { tombKey } from '../domain/backup/merge';
import { type DbKind, SyncFormatError, type SyncPayload } from '../domain/sync/format';
import {
  type DeviceRole,
  EVERY_CLASS,
  type ProjectionContext,
  project,
  pulls,
  type SyncRow,
  WRITES,
} from '../domain/sync/project';
import { payloadKey, sealDoc } from './crypto';
import { DELETED, loadState, type Mirror, type PushState, winningRevs, writeDocs } from './mirror';

/** What a connected class holds on this device right now (read by src/data/sync-bridge.ts). */
export interface ClassSnapshot {
  classId: string;
  /** The class's records, the strength catalogue, the class's and the shared settings. */
  records: { readonly [T in TableName]: readonly SyncRow<T>[] };
  tombstones: readonly Tombstone[];
}

export interface PushReport {
  /** Records put into a mirror as a new revision. */
  written: number;
  /** Deleted documents written (tombstone ciphertext). */
  deleted: number;
  /** Changes held back: the mirror has a revision this device has not pulled yet, or a write conflicted. */
  waiting: number;
  /** Changes over MAX_PLAINTEXT: they stay on this device (§11). */
  tooLarge: number;
}

export const emptyPushReport = (): PushReport => ({ written: 0, deleted: 0, waiting: 0, tooLarge: 0 });

/**
 * A 53-bit hash (cyrb53) of a text, with its length. It only tells this device whether a record
 * changed since it was last pushed or pulled; it never leaves the device, so it need not be a
 * cryptographic hash, and a missed change would need two serialisations of one record to collide.
 */
export function hashText(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${s.length.toString(36)}.${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/**
 * The hash of a payload's JSON as JSON.stringify writes it (keys in the order the record has them).
 * IndexedDB keeps a record's key order, so an unchanged record hashes the same every cycle; a record
 * whose keys were reordered (an update adding a field) is pushed once more with the same content,
 * which costs a revision but never misses a change. Sorting the keys cost ten times as much
 * (0.6 s against 0.05 s for 20,000 payloads).
 */
export const hashPayload = (p: SyncPayload): string => ('tomb' in p ? DELETED : hashText(JSON.stringify(p)));

/** Documents sealed and written per bulk write. */
const CHUNK = 500;

interface Job {
  key: string;
  payload: SyncPayload;
  h: string;
}

async function pushChunk(
  m: Mirror,
  state: PushState,
  jobs: readonly Job[],
  pulled: boolean,
  appendOnly: boolean,
  report: PushReport,
): Promise<void> {
  const sealed = await Promise.all(
    jobs.map(async (job) => {
      try {
        return { key: job.key, h: job.h, doc: (await sealDoc(m.keys, job.payload)) as unknown as PouchDoc };
      } catch (err) {
        if (err instanceof SyncFormatError && err.code === 'too-large') {
          report.tooLarge++;
          return null;
        }
        throw err;
      }
    }),
  );
  const ok = sealed.filter((s) => s !== null);
  const revs = await winningRevs(
    m.db,
    ok.map((s) => s.doc._id),
  );
  const ready = ok.filter((s) => {
    const current = revs.get(s.doc._id);
    if ((pulled && current !== state.get(s.key)?.rev) || (appendOnly && current)) {
      report.waiting++;
      return false;
    }
    if (current) s.doc._rev = current;
    return true;
  });
  const written = await writeDocs(
    m.db,
    ready.map((s) => s.doc),
  );
  ready.forEach((s, i) => {
    const rev = written[i];
    if (!rev) {
      report.waiting++;
      return;
    }
    state.set(s.key, { id: s.doc._id, rev, h: s.h });
    if (s.h === DELETED) report.deleted++;
    else report.written++;
  });
  await state.save(m.db);
}

interface Wanted {
  payload: SyncPayload;
  h: string;
}

/** Every record as each database should hold it now, by record key. */
function wantedByDb(
  snap: ClassSnapshot,
  role: DeviceRole,
  ctx: ProjectionContext,
): Map<DbKind, Map<string, Wanted>> {
  const out = new Map<DbKind, Map<string, Wanted>>();
  for (const t of TABLES) {
    for (const record of snap.records[t]) {
      for (const p of project(t, record as SyncRow<typeof t>, role, ctx)) {
        if (p.record === null || (p.classId !== snap.classId && p.classId !== EVERY_CLASS)) continue;
        const payload = { t, r: p.record as unknown as Record<string, unknown> } as SyncPayload;
        const key = tombKey(t, payloadKey(payload)!);
        const db = out.get(p.db) ?? new Map<string, Wanted>();
        out.set(p.db, db);
        db.set(key, { payload, h: hashPayload(payload) });
      }
    }
  }
  return out;
}

/**
 * One push: the diff between the class as it is now and each writable mirror's push state, written
 * into the mirrors (replication to the server is PouchDB's). Run it after the pull of the same
 * cycle: a record whose mirror document has a revision this device has not pulled yet waits, so an
 * older local copy never overwrites a newer one from another device (newest wins happens on pull).
 */
export async function pushDiff(
  mirrors: readonly Mirror[],
  snap: ClassSnapshot,
  role: DeviceRole,
  ctx: ProjectionContext,
  now: number,
): Promise<PushReport> {
  const report = emptyPushReport();
  const wanted = wantedByDb(snap, role, ctx);
  const deletedAt = new Map(snap.tombstones.map((s) => [tombKey(s.table, s.id), s.deletedAt]));
  for (const m of mirrors) {
    if (!WRITES[role].includes(m.kind)) continue;
    // An inbox is append-only: documents are created once, never updated or deleted by its device.
    const appendOnly = m.kind === 'inbox';
    // In a database this device also pulls, a revision it has not pulled yet must be decided first.
    const pulled = pulls(role, m.kind);
    const want = wanted.get(m.kind) ?? new Map<string, Wanted>();
    const state = await loadState(m.db);
    const jobs: Job[] = [];
    for (const [key, w] of want) {
      const known = state.get(key);
      if (known?.h === w.h || (appendOnly && known)) continue;
      jobs.push({ key, ...w });
    }
    if (!appendOnly) {
      for (const [key, known] of state.entries) {
        if (known.h === DELETED || want.has(key)) continue;
        const cut = key.indexOf('\n');
        const table = key.slice(0, cut) as TableName;
        const id = key.slice(cut + 1);
        const tomb = { table, id, deletedAt: deletedAt.get(key) ?? now };
        jobs.push({ key, payload: { t: table, tomb }, h: DELETED });
      }
    }
    // In chunks: PouchDB's bulkDocs of 10,000 documents took 10 s where 20 of 500 took 1.3 s, and
    // each chunk's state is saved, so an interrupted first push goes on where it stopped.
    for (let i = 0; i < jobs.length; i += CHUNK) {
      await pushChunk(m, state, jobs.slice(i, i + CHUNK), pulled, appendOnly, report);
    }
  }
  return report;
}
