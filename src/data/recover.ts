// Last resort when the database cannot be opened at all: delete it and bring a checked backup
// into a fresh one. Only called after the teacher chose a file that passed validation.
import Dexie from 'dexie';
import type { BackupEnvelope } from '../domain/backup/format';
import { applyBackup, type ImportProgress } from './backup-import';
import { DB_NAME, DreamClassDB, db, useDatabase } from './db';

export async function restoreIntoFreshDatabase(
  backup: BackupEnvelope,
  onProgress?: ImportProgress,
): Promise<void> {
  try {
    db().close();
  } catch {
    // It never opened; nothing to close.
  }
  useDatabase(null);
  await Dexie.delete(DB_NAME);
  const fresh = new DreamClassDB(DB_NAME);
  await fresh.open();
  useDatabase(fresh);
  await applyBackup(backup, 'replace', onProgress);
}
