// Backup import: applies an already validated backup (src/domain/backup/validate.ts) in ONE
// transaction, in chunks with progress. Merge: by UUID, newer `updatedAt` wins. Replace: what the
// file covers (everything, or its one class) is removed first. Any failure rolls the whole thing
// back, so the database is exactly as before.
import type Dexie from 'dexie';
import type { BackupEnvelope, TableName } from '../domain/backup/format';
import { CLASS_TABLES, TABLES } from '../domain/backup/format';
import { addCounts, type MergeCount, planMerge } from '../domain/backup/merge';
import { type ImportProblem, type ParseResult, parseBackup } from '../domain/backup/validate';
import type { FocusStrength, Recognition, Strength } from '../domain/types';
import { db, SCHEMA_VERSION } from './db';
import { write } from './write';

export type ImportMode = 'merge' | 'replace';
export type ImportProgress = (done: number, total: number) => void;

export interface ImportSummary {
  mode: ImportMode;
  total: MergeCount;
  perTable: Record<TableName, MergeCount>;
}

export const CHUNK = 5000;
/** Settings about this computer's backups; a replace keeps them (see docs/backup-format.md). */
const DEVICE_SETTINGS = 'backup.';

/** Reads and checks a file's text against this app's schema. Never touches the database. */
export function readBackupFile(text: string): Promise<ParseResult> {
  return parseBackup(text, { schemaVersion: SCHEMA_VERSION, now: Date.now() });
}

/** Where each class table's records of one class live (the index and its range). */
const CLASS_RANGES: Record<(typeof CLASS_TABLES)[number], [string, unknown, unknown] | null> = {
  pupils: null,
  recognitions: ['[classId+createdAt]', -Infinity, Infinity],
  focusStrengths: ['[classId+start]', '', '\uffff'],
  dreamItems: ['[classId+kind]', '', '\uffff'],
  checkIns: ['[classId+date]', '', '\uffff'],
  routines: null,
  routineRuns: ['[classId+date]', '', '\uffff'],
  friendRounds: null,
};

async function removeClassRecords(d: Dexie, classId: string): Promise<void> {
  for (const t of CLASS_TABLES) {
    const r = CLASS_RANGES[t];
    const coll = r
      ? d.table(t).where(r[0]).between([classId, r[1]], [classId, r[2]], true, true)
      : d.table(t).where('classId').equals(classId);
    await coll.delete();
  }
  await d.table('classes').delete(classId);
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
 * id, point this computer's records at it, and keep whichever content was edited last.
 */
async function unifyBuiltInStrengths(d: Dexie, incoming: readonly Strength[]): Promise<void> {
  const byKey = new Map(incoming.filter((s) => s.key).map((s) => [s.key!, s]));
  if (!byKey.size) return;
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
    remap.set(l.id, inc.id);
    if (l.updatedAt > inc.updatedAt) keepLocal.push({ ...l, id: inc.id });
  }
  if (!remap.size) return;
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
  await write(() =>
    d.transaction(
      'rw',
      TABLES.map((t) => d.table(t)),
      async () => {
        if (mode === 'replace') {
          if (backup.scope.kind === 'all') {
            // This computer's own backup bookkeeping (reminder, last backup) stays.
            const own = await d.table('settings').where('key').startsWith(DEVICE_SETTINGS).toArray();
            for (const t of TABLES) await d.table(t).clear();
            await d.table('settings').bulkAdd(own);
          } else await removeClassRecords(d, backup.scope.classId);
        }
        if (mode === 'merge' || backup.scope.kind === 'class')
          await unifyBuiltInStrengths(d, backup.data.strengths);
        for (const t of TABLES) {
          const rows = backup.data[t] as { id?: string; key?: string; updatedAt: number }[];
          const table = d.table(t);
          let count: MergeCount = { added: 0, updated: 0, kept: 0 };
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
              const existing = chunk.map((r) => known(t === 'settings' ? r.key! : r.id!));
              const plan = planMerge(chunk, existing);
              if (plan.write.length) await table.bulkPut(plan.write);
              count = addCounts(count, plan.count);
            }
            done += chunk.length;
            onProgress?.(done, total);
          }
          perTable[t] = count;
        }
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
