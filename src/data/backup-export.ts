// Backup export: reads one class or everything in one read transaction and builds the file
// (src/domain/backup/format.ts). Also the full dump the tests compare, and the recognitions CSV.
import {
  type BackupData,
  type BackupScope,
  buildBackupText,
  emptyData,
  TABLES,
  type TableName,
} from '../domain/backup/format';
import { db, SCHEMA_VERSION } from './db';
import { setSetting } from './settings';

export type ExportProgress = (done: number, total: number) => void;

export type ExportTarget = { kind: 'all' } | { kind: 'class'; classId: string };

const LAST_BACKUP_KEY = 'backup.lastExportAt';

function byId<T extends { id: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Reads the records of one class (plus the shared strength catalogue) or of everything. */
export async function readBackupData(target: ExportTarget, onProgress?: ExportProgress): Promise<BackupData> {
  const d = db();
  return d.transaction(
    'r',
    TABLES.map((t) => d.table(t)),
    async () => {
      const data = emptyData();
      if (target.kind === 'all') {
        const counts = await Promise.all(TABLES.map((t) => d.table(t).count()));
        const total = counts.reduce((a, b) => a + b, 0);
        let done = 0;
        onProgress?.(0, total);
        for (const t of TABLES) {
          (data as Record<TableName, unknown[]>)[t] = await d.table(t).toArray();
          done += data[t].length;
          onProgress?.(done, total);
        }
        return data;
      }
      const id = target.classId;
      const range = (table: string, index: string, lo: unknown = -Infinity, hi: unknown = Infinity) =>
        d.table(table).where(index).between([id, lo], [id, hi], true, true).toArray();
      data.strengths = await d.strengths.toArray();
      data.classes = await d.classes.where('id').equals(id).toArray();
      data.pupils = await d.pupils.where('classId').equals(id).toArray();
      onProgress?.(1, 3);
      data.recognitions = await range('recognitions', '[classId+createdAt]');
      onProgress?.(2, 3);
      data.focusStrengths = byId(await range('focusStrengths', '[classId+start]', '', '\uffff'));
      data.dreamItems = byId(await range('dreamItems', '[classId+kind]', '', '\uffff'));
      data.checkIns = byId(await range('checkIns', '[classId+date]', '', '\uffff'));
      data.routines = await d.routines.where('classId').equals(id).toArray();
      data.routineRuns = byId(await range('routineRuns', '[classId+date]', '', '\uffff'));
      data.friendRounds = await d.friendRounds.where('classId').equals(id).toArray();
      data.recognitions = byId(data.recognitions);
      onProgress?.(3, 3);
      return data;
    },
  );
}

export interface BuiltBackup {
  text: string;
  scope: BackupScope;
  records: number;
}

/** The whole backup file for one class or everything. */
export async function exportBackup(target: ExportTarget, onProgress?: ExportProgress): Promise<BuiltBackup> {
  const data = await readBackupData(target, onProgress);
  const cls = data.classes[0];
  if (target.kind === 'class' && !cls) throw new Error('No such class');
  const scope: BackupScope =
    target.kind === 'class'
      ? { kind: 'class', classId: target.classId, className: cls!.name }
      : { kind: 'all' };
  const { text, head } = await buildBackupText({
    data,
    scope,
    appVersion: __APP_VERSION__,
    schemaVersion: SCHEMA_VERSION,
  });
  const records = Object.values(head.counts).reduce((a, b) => a + b, 0);
  return { text, scope, records };
}

/** Remember that a backup was downloaded (for the weekly reminder). */
export function markBackupSaved(now = Date.now()): Promise<void> {
  return setSetting(LAST_BACKUP_KEY, now);
}

export async function lastBackupAt(): Promise<number | null> {
  const row = await db().settings.get(LAST_BACKUP_KEY);
  // Odd stored values (1e300, a time "after" now) count as no backup, so the reminder still comes.
  const v = row?.value;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= Date.now() + 86_400_000 ? v : null;
}

/** Every table, every record, sorted by key: what the tests compare before and after. */
export async function dumpDatabase(): Promise<Record<TableName, unknown[]>> {
  const d = db();
  const out = {} as Record<TableName, unknown[]>;
  await d.transaction(
    'r',
    TABLES.map((t) => d.table(t)),
    async () => {
      for (const t of TABLES) out[t] = await d.table(t).toArray();
    },
  );
  return out;
}
