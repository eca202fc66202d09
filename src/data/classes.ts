// Classes: create, rename, list and delete (with everything that belongs to them).
import type { SchoolClass } from '../domain/types';
import { db } from './db';
import { newId, write } from './write';

export function listClasses(): Promise<SchoolClass[]> {
  return db().classes.orderBy('name').toArray();
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

/** Removes a class and every record that belongs to it, in one transaction. */
export async function deleteClass(id: string): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction(
      'rw',
      [
        d.classes,
        d.pupils,
        d.recognitions,
        d.focusStrengths,
        d.dreamItems,
        d.checkIns,
        d.routines,
        d.routineRuns,
        d.friendRounds,
      ],
      async () => {
        await d.pupils.where('classId').equals(id).delete();
        await d.recognitions.where('[classId+createdAt]').between([id, -Infinity], [id, Infinity]).delete();
        await d.focusStrengths.where('[classId+start]').between([id, ''], [id, '\uffff']).delete();
        await d.dreamItems.where('[classId+kind]').between([id, ''], [id, '\uffff']).delete();
        await d.checkIns.where('[classId+date]').between([id, ''], [id, '\uffff']).delete();
        await d.routines.where('classId').equals(id).delete();
        await d.routineRuns.where('[classId+date]').between([id, ''], [id, '\uffff']).delete();
        await d.friendRounds.where('classId').equals(id).delete();
        await d.classes.delete(id);
      },
    ),
  );
}
