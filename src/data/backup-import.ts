// Backup import: applies an already validated backup (src/domain/backup/validate.ts) in ONE
// transaction, in chunks with progress. Merge: by UUID, newer `updatedAt` wins. Replace: what the
// file covers (everything, or its one class) is removed first. Any failure rolls the whole thing
// back, so the database is exactly as before.
import type Dexie from 'dexie';
import type { BackupEnvelope, TableName, Tombstone } from '../domain/backup/format';
import { TABLES } from '../domain/backup/format';
import {
  addCounts,
  buried,
  joinTombstones,
  type MergeCount,
  planMerge,
  tombKey,
} from '../domain/backup/merge';
import { type ImportProblem, type ParseResult, parseBackup } from '../domain/backup/validate';
import type { FocusStrength, Recognition, Strength } from '../domain/types';
import { removeClass } from './classes';
import { db, SCHEMA_VERSION } from './db';
import { erasePupilRecords, isDeviceSetting } from './registry';
import { TOMBSTONES } from './tombstones';
import { write } from './write';

export type ImportMode = 'merge' | 'replace';
export type ImportProgress = (done: number, total: number) => void;

export interface ImportSummary {
  mode: ImportMode;
  total: MergeCount;
  perTable: Record<TableName, MergeCount>;
}

export const CHUNK = 5000;

/** Reads and checks a file's text against this app's schema. Never touches the database. */
export function readBackupFile(text: string): Promise<ParseResult> {
  return parseBackup(text, { schemaVersion: SCHEMA_VERSION, now: Date.now() });
}

/**
 * What is stored now, as id -> updatedAt, for the incoming rows. One get per record is slow in
 * Chromium (about 0.2 ms each, 20 s for 100,000), so a big file reads the table in one go.
 */
async function storedVersions(
  d: Dexie,
  t: TableName,
  rows: readonly { id?: string; key?: string }[],
): Promise<(key: string) => { updatedAt: number } | undefined> {
  const table = d.table(t);
  const stored = await table.count();
  if (stored === 0) return () => undefined;
  let all: { id?: string; key?: string; updatedAt: number }[];
  if (rows.length * 10 < stored) {
    const keys = rows.map((r) => (t === 'settings' ? r.key! : r.id!));
    all = (await table.bulkGet(keys)).filter((x) => x !== undefined);
  } else all = await table.toArray();
  const map = new Map(all.map((r) => [t === 'settings' ? r.key! : r.id!, r]));
  return (key) => map.get(key);
}

/**
 * Every new database starts with the built-in strengths under fresh random ids. A backup from
 * another computer has the same built-ins under other ids: match them by `key`, take the file's
 * id, point this computer's records at it, and keep whichever content was edited last. Sync's pull
 * does the same when a device's first pull brings another device's catalogue (src/data/sync-bridge.ts),
 * with `keep: 'oldest'`: there both devices unify at once, each on the other's catalogue, and
 * "take the other's id" made each delete its own built-ins and then the other's (both catalogues
 * gone). The older of the two (created first, then the smaller id) wins on every device instead, so a
 * device that joins takes the class's catalogue; the incoming strengths that lose are returned, for
 * the pull not to write them (their own device deletes them, and that deletion follows).
 */
export async function unifyBuiltInStrengths(
  d: Dexie,
  incoming: readonly Strength[],
  keep: 'incoming' | 'oldest' = 'incoming',
): Promise<Set<string>> {
  const losers = new Set<string>();
  const byKey = new Map(incoming.filter((s) => s.key).map((s) => [s.key!, s]));
  if (!byKey.size) return losers;
  const local: Strength[] = await d
    .table('strengths')
    .where('key')
    .anyOf([...byKey.keys()])
    .toArray();
  const remap = new Map<string, string>();
  const keepLocal: Strength[] = [];
  for (const l of local) {
    const inc = byKey.get(l.key!)!;
    if (inc.id === l.id) continue;
    if (
      keep === 'oldest' &&
      (l.createdAt < inc.createdAt || (l.createdAt === inc.createdAt && l.id < inc.id))
    ) {
      // This device's id stays; the other device's content, if edited later, comes under it.
      losers.add(inc.id);
      if (inc.updatedAt > l.updatedAt) keepLocal.push({ ...inc, id: l.id, createdAt: l.createdAt });
      continue;
    }
    remap.set(l.id, inc.id);
    if (l.updatedAt > inc.updatedAt)
      keepLocal.push({ ...l, id: inc.id, ...(keep === 'oldest' && { createdAt: inc.createdAt }) });
  }
  if (!remap.size) {
    if (keepLocal.length) await d.table('strengths').bulkPut(keepLocal);
    return losers;
  }
  await d
    .table('recognitions')
    .filter((r: Recognition) => remap.has(r.strengthId))
    .modify((r: Recognition) => {
      r.strengthId = remap.get(r.strengthId)!;
    });
  await d
    .table('focusStrengths')
    .filter((f: FocusStrength) => f.strengthIds.some((id) => remap.has(id)))
    .modify((f: FocusStrength) => {
      f.strengthIds = f.strengthIds.map((id) => remap.get(id) ?? id);
    });
  await d.table('strengths').bulkDelete([...remap.keys()]);
  if (keepLocal.length) await d.table('strengths').bulkPut(keepLocal);
  return losers;
}

/**
 * Joins the file's tombstones with this device's and deletes the records here that the file's
 * deletions are newer than. Returns every tombstone now known, by table and id. Sync's pull applies
 * pulled deletions with it too (src/data/sync-bridge.ts).
 */
export async function applyTombstones(
  d: Dexie,
  incoming: readonly Tombstone[],
): Promise<Map<string, Tombstone>> {
  const here: Tombstone[] = await d.table(TOMBSTONES).toArray();
  const { all, write: fresh } = joinTombstones(here, incoming);
  if (!fresh.length) return all;
  await d.table(TOMBSTONES).bulkPut(fresh);
  for (const t of TABLES) {
    const ids = fresh.filter((s) => s.table === t).map((s) => s.id);
    if (!ids.length) continue;
    const rows = (await d.table(t).bulkGet(ids)) as ({ updatedAt: number } | undefined)[];
    const dead = ids.filter((id, i) => rows[i] && buried(all.get(tombKey(t, id))?.deletedAt, rows[i]!));
    if (dead.length) await d.table(t).bulkDelete(dead);
  }
  return all;
}

async function forgetDeletions(d: Dexie, data: BackupEnvelope['data']): Promise<void> {
  const keys = TABLES.flatMap((t) =>
    (data[t] as { id?: string; key?: string }[]).map((r) => [t, t === 'settings' ? r.key! : r.id!]),
  );
  await d.table(TOMBSTONES).bulkDelete(keys);
}

/**
 * A file made before a class was deleted or a pupil erased here may still hold records of them
 * that this device never had (made on the other device in the meantime). They go the same way: a
 * deleted class takes its records along, an erased pupil is erased from them too.
 */
async function dropOrphansOfDeleted(
  d: Dexie,
  data: Pick<BackupEnvelope['data'], 'recognitions' | 'friendRounds' | 'pupils'> & {
    [t: string]: readonly unknown[];
  },
  stones: Map<string, Tombstone>,
): Promise<void> {
  const classIds = new Set<string>();
  for (const t of TABLES)
    for (const r of data[t] as { classId?: string }[]) if (r.classId) classIds.add(r.classId);
  for (const id of classIds)
    if (stones.has(tombKey('classes', id)) && !(await d.table('classes').get(id)))
      await removeClass(d, id, true);

  const pupilClass = new Map<string, string>();
  for (const r of data.recognitions) {
    if (r.pupilId) pupilClass.set(r.pupilId, r.classId);
    if (r.noticedBy.kind === 'pupil') pupilClass.set(r.noticedBy.pupilId, r.classId);
  }
  for (const f of data.friendRounds)
    for (const p of [...Object.keys(f.draws), ...Object.values(f.draws), ...f.absent])
      pupilClass.set(p, f.classId);
  const now = Date.now();
  for (const [id, classId] of pupilClass)
    if (stones.has(tombKey('pupils', id)) && !(await d.table('pupils').get(id)))
      await erasePupilRecords(d, { id, classId }, now);
}

export async function applyBackup(
  backup: BackupEnvelope,
  mode: ImportMode,
  onProgress?: ImportProgress,
): Promise<ImportSummary> {
  const d = db();
  const total = TABLES.reduce((n, t) => n + backup.data[t].length, 0);
  const perTable = {} as Record<TableName, MergeCount>;
  let done = 0;
  onProgress?.(0, total);
  // This device's own settings (PIN, locks, board and extension choices, backup bookkeeping) are
  // never taken from a file, nor removed by one (src/data/registry.ts).
  const incoming = {
    ...backup.data,
    settings: backup.data.settings.filter((s) => !isDeviceSetting(s.key)),
    tombstones: backup.data.tombstones.filter((s) => !(s.table === 'settings' && isDeviceSetting(s.id))),
  };
  await write(() =>
    d.transaction(
      'rw',
      // Naming the tombstones table: this transaction manages them itself (src/data/tombstones.ts).
      [...TABLES, TOMBSTONES].map((t) => d.table(t)),
      async () => {
        if (mode === 'replace') {
          if (backup.scope.kind === 'all') {
            const own = (await d.table('settings').toArray()).filter((s) => isDeviceSetting(s.key));
            for (const t of [...TABLES, TOMBSTONES]) await d.table(t).clear();
            await d.table('settings').bulkAdd(own);
          } else await removeClass(d, backup.scope.classId, true);
        }
        // A replace restores the file's records as they are, even ones deleted here since.
        if (mode === 'replace') await forgetDeletions(d, incoming);
        const stones = await applyTombstones(d, incoming.tombstones);
        if (mode === 'merge' || backup.scope.kind === 'class')
          await unifyBuiltInStrengths(d, incoming.strengths);
        for (const t of TABLES) {
          const keyOf = (r: { id?: string; key?: string }) => (t === 'settings' ? r.key! : r.id!);
          const all = incoming[t] as { id?: string; key?: string; updatedAt: number }[];
          // A record deleted here (or in the file) at or after its last change stays deleted.
          const rows = all.filter((r) => !buried(stones.get(tombKey(t, keyOf(r)))?.deletedAt, r));
          const table = d.table(t);
          let count: MergeCount = { added: 0, updated: 0, kept: all.length - rows.length };
          // A class file in replace mode still merges the shared strength catalogue.
          const merging =
            mode === 'merge' || t === 'settings' || (backup.scope.kind === 'class' && t === 'strengths');
          const emptyTarget = mode === 'replace' && !merging;
          const known = emptyTarget ? null : await storedVersions(d, t, rows);
          for (let i = 0; i < rows.length; i += CHUNK) {
            const chunk = rows.slice(i, i + CHUNK);
            if (!known) {
              await table.bulkAdd(chunk);
              count.added += chunk.length;
            } else {
              const existing = chunk.map((r) => known(keyOf(r)));
              const plan = planMerge(chunk, existing);
              if (plan.write.length) await table.bulkPut(plan.write);
              count = addCounts(count, plan.count);
            }
            done += chunk.length;
            onProgress?.(done, total);
          }
          perTable[t] = count;
        }
        await dropOrphansOfDeleted(d, incoming, stones);
      },
    ),
  );
  const sum = TABLES.reduce<MergeCount>((acc, t) => addCounts(acc, perTable[t]), {
    added: 0,
    updated: 0,
    kept: 0,
  });
  return { mode, total: sum, perTable };
}

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; problem: ImportProblem };

/** Check the whole file, then apply it; a bad file is refused before anything is written. */
export async function importBackupText(
  text: string,
  mode: ImportMode,
  onProgress?: ImportProgress,
): Promise<ImportResult> {
  const parsed = await readBackupFile(text);
  if (!parsed.ok) return parsed;
  return { ok: true, summary: await applyBackup(parsed.backup, mode, onProgress) };
}
