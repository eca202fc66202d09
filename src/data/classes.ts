// Classes: create, rename, list and delete (with everything that belongs to them).
import type Dexie from 'dexie';
import type { SchoolClass } from '../domain/types';
import { db } from './db';
import {
  CLASS_OWNED,
  classRecords,
  classSettingKeys,
  DEVICE_CLASS_POINTERS,
  STORED_TABLES,
} from './registry';
import { TOMBSTONES } from './tombstones';
import { newId, write } from './write';

export function listClasses(): Promise<SchoolClass[]> {
  return db().classes.orderBy('name').toArray();
}

/**
 * How many pupils a class has (not counting archived ones), for the home screen's class cards. Here
 * rather than in pupils.ts, so the home screen does not load the pupil-editing code (name parsing,
 * the checks against another tab's deletions) on a first visit.
 */
export function countPupils(classId: string): Promise<number> {
  return db().pupils.where('[classId+archived]').equals([classId, 0]).count();
}

export function getClass(id: string): Promise<SchoolClass | undefined> {
  return db().classes.get(id);
}

export async function createClass(input: {
  name: string;
  yearGroup: number;
  isDemo?: boolean;
}): Promise<SchoolClass> {
  const name = input.name.trim().slice(0, 40);
  if (!name) throw new Error('A class needs a name');
  const now = Date.now();
  const record: SchoolClass = {
    id: newId(),
    name,
    yearGroup: Math.min(13, Math.max(1, Math.round(input.yearGroup) || 1)),
    isDemo: input.isDemo ?? false,
    pupilTextOptional: input.yearGroup <= 2,
    createdAt: now,
    updatedAt: now,
  };
  await write(() => db().classes.add(record));
  return record;
}

export async function updateClass(
  id: string,
  changes: Partial<Pick<SchoolClass, 'name' | 'yearGroup' | 'pupilTextOptional'>>,
) {
  await write(() => db().classes.update(id, { ...changes, updatedAt: Date.now() }));
}

/**
 * Removes a class and everything it owns, in one transaction: its records in every table the
 * registry names, its settings (board options and rotation), and this device's choices that point
 * at it (the board's last class, the extension's class). Each deleted record leaves a tombstone, so
 * an older backup merged later does not bring it back.
 */
export async function deleteClass(id: string): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction(
      'rw',
      STORED_TABLES.filter((t) => t !== TOMBSTONES).map((t) => d.table(t)),
      () => removeClass(d, id),
    ),
  );
}

/**
 * The end-of-year archive: the class leaves this device but lives on in its archive file. That is
 * not a deletion, so no tombstones: importing the archive later brings the class back.
 */
export async function archiveClass(id: string): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction(
      'rw',
      // Naming the tombstones table: this transaction writes none (src/data/tombstones.ts).
      STORED_TABLES.map((t) => d.table(t)),
      () => removeClass(d, id),
    ),
  );
}

/**
 * The body of deleteClass, for callers that already hold a transaction over every table. A backup
 * replacing the class (`forReplace`) keeps this device's choices: the class comes straight back.
 */
export async function removeClass(d: Dexie, id: string, forReplace = false): Promise<void> {
  for (const t of CLASS_OWNED) await classRecords(d, t, id)!.delete();
  await d.table('settings').bulkDelete(classSettingKeys(id));
  if (!forReplace)
    for (const key of Object.values(DEVICE_CLASS_POINTERS)) {
      const row = await d.table('settings').get(key);
      if (row?.value === id) await d.table('settings').delete(key);
    }
  await d.table('classes').delete(id);
}
