// Backup export: reads one class or everything in one read transaction and builds the file
// (src/domain/backup/format.ts). Also the full dump the tests compare, and the recognitions CSV.
import {
  type BackupData,
  type BackupScope,
  buildBackupText,
  emptyData,
  TABLES,
  type TableName,
  totalRecords,
} from '../domain/backup/format';
import type { Setting } from '../domain/types';
import { db, SCHEMA_VERSION } from './db';
import { BACKUP_TABLES, classRecords, classSettingKeys, isDeviceSetting } from './registry';
import { TOMBSTONES } from './tombstones';

export type ExportProgress = (done: number, total: number) => void;

export type ExportTarget = { kind: 'all' } | { kind: 'class'; classId: string };

function byId<T extends { id: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Reads the records of one class (plus the shared strength catalogue and the class's own settings)
 * or of everything, with every tombstone (they hold no content). What the registry keeps on this
 * device (the PIN, the board's and extension's choices, backup bookkeeping) never goes in.
 */
export async function readBackupData(target: ExportTarget, onProgress?: ExportProgress): Promise<BackupData> {
  const d = db();
  return d.transaction(
    'r',
    [...BACKUP_TABLES, TOMBSTONES].map((t) => d.table(t)),
    async () => {
      const data = emptyData();
      const rows = data as unknown as Record<TableName, unknown[]>;
      const travels = (s: Setting) => !isDeviceSetting(s.key);
      if (target.kind === 'all') {
        const counts = await Promise.all(BACKUP_TABLES.map((t) => d.table(t).count()));
        const total = counts.reduce((a, b) => a + b, 0);
        let done = 0;
        onProgress?.(0, total);
        for (const t of BACKUP_TABLES) {
          rows[t] = await d.table(t).toArray();
          done += rows[t].length;
          onProgress?.(done, total);
        }
        data.settings = data.settings.filter(travels);
      } else {
        const id = target.classId;
        const total = BACKUP_TABLES.length;
        onProgress?.(0, total);
        for (const [i, t] of BACKUP_TABLES.entries()) {
          if (t === 'strengths') rows[t] = await d.table(t).toArray();
          else if (t === 'settings')
            data.settings = (await d.settings.bulkGet(classSettingKeys(id))).filter(
              (s): s is Setting => s !== undefined && travels(s),
            );
          else rows[t] = byId((await classRecords(d, t, id)?.toArray()) ?? []);
          onProgress?.(i + 1, total);
        }
      }
      data.tombstones = await d.tombstones.toArray();
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
  const records = totalRecords(head.counts);
  return { text, scope, records };
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
