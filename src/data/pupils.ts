// Pupils of a class: add from a pasted list, rename, archive, restore and erase.
import { cleanName, hasLetter, nameKey, type ParsedNames, parseNameList } from '../domain/names';
import { MAX_NAME, MAX_PUPILS, type Pupil } from '../domain/types';
import { type DreamClassDB, db } from './db';
import { GoneError, refTables, requireAlive } from './integrity';
import { erasePupilRecords, PUPIL_TABLES } from './registry';
import { newId, write } from './write';

export function listPupils(classId: string, archived: 0 | 1 = 0): Promise<Pupil[]> {
  return db()
    .pupils.where('[classId+archived]')
    .equals([classId, archived])
    .toArray()
    .then((ps) => ps.sort((a, b) => a.name.localeCompare(b.name, 'nb')));
}

/** Adds the new names from a pasted list; returns what was added and what was skipped. */
export async function addPupilsFromText(classId: string, text: string): Promise<ParsedNames> {
  const d = db();
  return write(() =>
    d.transaction('rw', refTables(d), async () => {
      await requireAlive(d, { classId });
      const existing = await d.pupils.where('classId').equals(classId).toArray();
      const parsed = parseNameList(
        text,
        existing.map((p) => p.name),
      );
      // A pasted spreadsheet column of 3,000 names would make the class screen stop responding.
      const wanted = existing.filter((p) => p.archived === 0).length + parsed.names.length;
      if (parsed.names.length && wanted > MAX_PUPILS)
        return { ...parsed, names: [], tooMany: { max: MAX_PUPILS, wanted } };
      const now = Date.now();
      await d.pupils.bulkAdd(
        parsed.names.map((name, i) => ({
          id: newId(),
          classId,
          name,
          archived: 0 as const,
          createdAt: now + i,
          updatedAt: now + i,
        })),
      );
      return parsed;
    }),
  );
}

export type RenameResult = 'ok' | 'empty' | 'noLetter' | 'taken';

/**
 * Renames a pupil. A pupil (or class) deleted in another tab meanwhile: nothing is written and
 * GoneError names them (`shownName`, what the screen showed).
 */
export async function renamePupil(id: string, rawName: string, shownName?: string): Promise<RenameResult> {
  const name = [...cleanName(rawName)].slice(0, MAX_NAME).join('');
  if (!name) return 'empty';
  if (!hasLetter(name)) return 'noLetter';
  const d = db();
  return write(() =>
    d.transaction('rw', refTables(d), async () => {
      const pupil = await alivePupil(d, id, shownName);
      const others = await d.pupils.where('classId').equals(pupil.classId).toArray();
      if (others.some((p) => p.id !== id && nameKey(p.name) === nameKey(name))) return 'taken';
      await d.pupils.update(id, { name, updatedAt: Date.now() });
      return 'ok';
    }),
  );
}

/** 'full': bringing the pupil back would pass MAX_PUPILS active pupils; nothing was changed. */
export type ArchiveResult = { ok: true } | { ok: false; full: { max: number } };

/**
 * Archives a pupil or brings them back. Back from the archive respects the class's limit of active
 * pupils (the same as adding pupils); a pupil or class deleted in another tab gives GoneError.
 */
export async function setArchived(id: string, archived: boolean, shownName?: string): Promise<ArchiveResult> {
  const d = db();
  return write(() =>
    d.transaction('rw', refTables(d), async (): Promise<ArchiveResult> => {
      const pupil = await alivePupil(d, id, shownName);
      if (!archived && pupil.archived === 1) {
        const active = await d.pupils.where('[classId+archived]').equals([pupil.classId, 0]).count();
        if (active + 1 > MAX_PUPILS) return { ok: false, full: { max: MAX_PUPILS } };
      }
      await d.pupils.update(id, { archived: archived ? 1 : 0, updatedAt: Date.now() });
      return { ok: true };
    }),
  );
}

/** Inside a transaction over refTables: the pupil, and their class, still exist. */
async function alivePupil(d: DreamClassDB, id: string, shownName?: string): Promise<Pupil> {
  const pupil = await d.pupils.get(id);
  if (!pupil) throw new GoneError('pupil', shownName);
  await requireAlive(d, { classId: pupil.classId });
  return pupil;
}

/**
 * Erases a pupil everywhere (src/data/registry.ts): the pupil, the recognitions about them, their
 * name on recognitions they noticed in others (which then say "a classmate"), and their place in
 * secret-friend rounds (the loop is closed). What was deleted leaves tombstones.
 */
export async function erasePupil(id: string): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction(
      'rw',
      // The settings too: the board's rotation forgets her (erasePupilRecords).
      [...PUPIL_TABLES.map((t) => d.table(t)), d.settings],
      async () => {
        const pupil = await d.pupils.get(id);
        if (pupil) await erasePupilRecords(d, pupil, Date.now());
      },
    ),
  );
}
