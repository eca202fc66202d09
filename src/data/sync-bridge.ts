// The Dexie side of sync (docs/sync.md §9): reads a connected class as it is now for the push diff
// (src/sync/push.ts) and applies what the pull picked (src/sync/pull.ts) in one transaction per
// batch, with the backup merge's own code for deletions and the built-in catalogue. Loaded only on a
// device with a server set up: nothing on the first visit imports this file (the budget e2e test).
import Dexie, { cmp, type ObservabilitySet } from 'dexie';
import { TABLES, type TableName, type Tombstone } from '../domain/backup/format';
import { tombKey } from '../domain/backup/merge';
import type { SyncPayload } from '../domain/sync/format';
import { type DeviceRole, pulls, READS, staysOnDevice, WRITES } from '../domain/sync/project';
import { clampFuture, decidePull, erasedOnArrival, erasedPupils } from '../domain/sync/resolve';
import type { Pupil, Strength } from '../domain/types';
import type { Mirror } from '../sync/mirror';
import { type Apply, type ApplyCounts, emptyPullReport, type PullReport, pullChanges } from '../sync/pull';
import { type ClassSnapshot, emptyPushReport, type PushReport, pushDiff } from '../sync/push';
import { applyTombstones, unifyBuiltInStrengths } from './backup-import';
import { removeClass } from './classes';
import type { DreamClassDB } from './db';
import { classRecords, erasePupilRecords, REGISTRY, settingScope } from './registry';
import { TOMBSTONES } from './tombstones';
import { write } from './write';

/** The class's records, the catalogue, its own and the shared settings, and every tombstone. */
export async function readClassSnapshot(d: DreamClassDB, classId: string): Promise<ClassSnapshot> {
  return d.transaction(
    'r',
    [...TABLES, TOMBSTONES].map((t) => d.table(t)),
    async () => {
      const records = {} as Record<TableName, unknown[]>;
      for (const t of TABLES) {
        if (t === 'strengths') records[t] = await d.strengths.toArray();
        else if (t === 'settings')
          records[t] = (await d.settings.toArray()).filter((s) => {
            const scope = settingScope(s.key);
            return scope.kind === 'shared' || (scope.kind === 'class' && scope.classId === classId);
          });
        else records[t] = (await classRecords(d, t, classId)?.toArray()) ?? [];
      }
      const tombstones: Tombstone[] = await d.tombstones.toArray();
      return { classId, records: records as unknown as ClassSnapshot['records'], tombstones };
    },
  );
}

const keyOf = (t: TableName, r: Record<string, unknown>): string =>
  (t === 'settings' ? r.key : r.id) as string;

type Row = Record<string, unknown> & { updatedAt: number; createdAt?: number };

/**
 * Applies a batch of pulled winners in one transaction. Deletions first, with the backup import's
 * `applyTombstones` (a deletion wins over every copy not newer than it); a pupil or class deleted
 * that way also takes along what hangs on it here (records made while offline). Then records, by
 * `decidePull` (newest wins; a tie goes to the pulled winner, as every device picks the same leaf):
 * a record about a pupil erased here is dropped, one naming them in passing is blanked, a time more
 * than a day ahead is set to now (the push then sends the repaired record).
 */
export async function applyPulled(
  d: DreamClassDB,
  winners: readonly SyncPayload[],
  now: number,
): Promise<ApplyCounts> {
  const counts: ApplyCounts = { written: 0, deleted: 0, kept: 0, dropped: 0 };
  if (!winners.length) return counts;
  const tombs = winners.flatMap((p) => ('tomb' in p ? [p.tomb] : []));
  const records = winners.flatMap((p) => ('tomb' in p ? [] : [{ t: p.t, r: p.r as Row }]));
  await write(() =>
    d.transaction(
      'rw',
      // Naming the tombstones table: this transaction writes the pulled ones itself, with their
      // own deletedAt (src/data/tombstones.ts).
      [...TABLES, TOMBSTONES].map((t) => d.table(t)),
      async () => {
        // --- Deletions ---
        const before = new Map<string, Row>();
        for (const t of TABLES) {
          const ids = tombs.filter((s) => s.table === t).map((s) => s.id);
          if (!ids.length) continue;
          const rows = (await d.table(t).bulkGet(ids)) as (Row | undefined)[];
          ids.forEach((id, i) => {
            if (rows[i]) before.set(tombKey(t, id), rows[i]!);
          });
        }
        const stones = await applyTombstones(d, tombs);
        for (const [key, row] of before) {
          const cut = key.indexOf('\n');
          const t = key.slice(0, cut) as TableName;
          const id = key.slice(cut + 1);
          if (await d.table(t).get(id)) {
            counts.kept++;
            continue;
          }
          counts.deleted++;
          if (t === 'pupils') await erasePupilRecords(d, row as unknown as Pupil, now);
          if (t === 'classes') await removeClass(d, id, true);
        }
        counts.kept += tombs.length - before.size;

        // --- Records ---
        const strengths = records.filter((x) => x.t === 'strengths').map((x) => x.r as unknown as Strength);
        // Both devices unify at once: the older strength wins everywhere (see unifyBuiltInStrengths).
        const losers = strengths.length ? await unifyBuiltInStrengths(d, strengths, 'oldest') : new Set();
        const erased = erasedPupils([...stones.values()]);
        for (const t of TABLES) {
          const rows = records.filter((x) => x.t === t).map((x) => x.r);
          if (!rows.length) continue;
          const blank = REGISTRY[t as keyof typeof REGISTRY] as { pupilErasure?: { blank?: unknown } };
          const blankFn = blank.pupilErasure?.blank as
            | ((row: Row, pupilId: string, now: number) => boolean)
            | undefined;
          const local = (await d.table(t).bulkGet(rows.map((r) => keyOf(t, r)))) as (Row | undefined)[];
          const put: Row[] = [];
          rows.forEach((pulled, i) => {
            if (t === 'strengths' && losers.has(keyOf(t, pulled))) {
              counts.kept++;
              return;
            }
            // The registry's blank functions change the record they are given: never the pulled one.
            let r: Row = { ...pulled };
            const erasure = erasedOnArrival(t, r, erased);
            if (erasure.kind === 'drop') {
              counts.dropped++;
              return;
            }
            if (erasure.kind === 'blank' && blankFn) for (const p of erasure.pupilIds) blankFn(r, p, now);
            r = clampFuture(r, now).record;
            const deletedAt = stones.get(tombKey(t, keyOf(t, r)))?.deletedAt;
            const decision = decidePull({ record: local[i], deletedAt }, { t, r });
            if (decision.kind === 'write') put.push(r);
            else counts.kept++;
          });
          if (put.length) await d.table(t).bulkPut(put);
          counts.written += put.length;
        }
      },
    ),
  );
  return counts;
}

/** One connected class on this device: its role and a mirror per database it reads or writes. */
export interface ClassSync {
  classId: string;
  role: DeviceRole;
  mirrors: readonly Mirror[];
}

export interface CycleReport {
  pull: PullReport;
  push: PushReport;
}

/**
 * One sync cycle between this device's database and its mirrors: first pull (every database the
 * role reads), then push the diff (every database it writes). Replication between the mirrors and
 * the server is PouchDB's and runs beside this.
 */
export async function syncCycle(d: DreamClassDB, cs: ClassSync, now = Date.now()): Promise<CycleReport> {
  const pull = emptyPullReport();
  for (const m of cs.mirrors) {
    if (!pulls(cs.role, m.kind)) continue;
    // Into the mirror only (a teacher device's roster and shown): the revisions, never the records.
    const apply: Apply = READS[cs.role].includes(m.kind)
      ? (winners) => applyPulled(d, winners, now)
      : async () => ({ written: 0, deleted: 0, kept: 0, dropped: 0 });
    const r = await pullChanges(m, apply, {
      role: cs.role,
      // A rotation another device still sends (an older version of the app) is not taken either.
      isDeviceSetting: (key) => staysOnDevice(key, settingScope),
    });
    for (const k of Object.keys(pull) as (keyof PullReport)[]) pull[k] += r[k];
  }
  const snap = await readClassSnapshot(d, cs.classId);
  const writable = cs.mirrors.filter((m) => WRITES[cs.role].includes(m.kind));
  const push =
    writable.length === 0
      ? emptyPushReport()
      : await pushDiff(writable, snap, cs.role, { rounds: snap.records.friendRounds, settingScope }, now);
  return { pull, push };
}

/**
 * Settings whose writes start no round of their own (docs/sync.md §9.3): this device's own settings
 * (they never leave it) and the board's fair rotation, which a board saves as its cards change all
 * day. The rotation still syncs, with the next round anything else starts.
 */
const isQuietSetting = (key: string): boolean => staysOnDevice(key, settingScope);

/** The single keys of a Dexie RangeSet (a tree of {from, to, l, r}), or null when it holds a range. */
function singleKeys(set: unknown): unknown[] | null {
  const keys: unknown[] = [];
  const stack: unknown[] = [set];
  while (stack.length) {
    const node = stack.pop() as { from?: unknown; to?: unknown; l?: unknown; r?: unknown } | undefined;
    if (!node || typeof node !== 'object' || !('from' in node)) continue;
    if (cmp(node.from, node.to) !== 0) return null;
    keys.push(node.from);
    stack.push(node.l, node.r);
  }
  return keys;
}

/**
 * Whether a change to `d` touched only quiet settings (above): every part is of the settings table,
 * and each names single keys that are quiet. A bulk write or a range (Dexie then marks whole ranges)
 * is never quiet.
 */
export function isQuietChange(parts: ObservabilitySet, dbName: string): boolean {
  const prefix = `idb://${dbName}/`;
  const ours = Object.keys(parts).filter((p) => p.startsWith(prefix));
  if (ours.length === 0) return true;
  return ours.every((part) => {
    if (!part.startsWith(`${prefix}settings/`)) return false;
    const keys = singleKeys(parts[part]);
    return keys?.every((k) => typeof k === 'string' && isQuietSetting(k)) ?? false;
  });
}

/**
 * Calls `run` once the database has been quiet for `waitMs` after a change, whoever made it (this
 * tab or another: Dexie's `storagemutated` event); a change to quiet settings only (isQuietChange)
 * starts nothing. Returns the function that stops listening.
 */
export function onLocalChange(d: Dexie, run: () => void, waitMs = 2000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (parts: ObservabilitySet) => {
    if (isQuietChange(parts, d.name)) return;
    clearTimeout(timer);
    timer = setTimeout(run, waitMs);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    clearTimeout(timer);
    Dexie.on.storagemutated.unsubscribe(listener);
  };
}
