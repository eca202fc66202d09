// Writes that race with a deletion or a decision in another tab (issue 17). A write that refers to a
// pupil, class, strength, round, sub-goal or routine checks, inside its own transaction, that it
// still exists; a status change applies only to the status the teacher was shown. Otherwise the
// transaction is aborted (nothing is written) and the user reads a plain message naming what went.
import type Dexie from 'dexie';
import type { RecognitionStatus } from '../domain/types';

export type GoneKind = 'class' | 'pupil' | 'strength' | 'round' | 'subgoal' | 'routine' | 'recognition';

/** Something a write refers to was deleted (in another tab) before the write could happen. */
export class GoneError extends Error {
  override name = 'GoneError';
  constructor(
    readonly gone: GoneKind,
    readonly label?: string,
  ) {
    super(`${gone} ${label ?? ''} no longer exists`);
  }
}

/** The record's status changed (in another tab) since the teacher saw it. */
export class ChangedError extends Error {
  override name = 'ChangedError';
  constructor(readonly current: RecognitionStatus) {
    super(`status is now ${current}`);
  }
}

export interface Refs {
  classId?: string;
  pupilIds?: readonly string[];
  strengthIds?: readonly string[];
  roundId?: string;
  subgoalId?: string;
  routineId?: string;
  /** Names shown in the message, by pupil id (what the screen knew). */
  names?: Readonly<Record<string, string>>;
}

/** The tables `requireAlive` may read: include them in the write's transaction. */
export function refTables(d: Dexie): Dexie.Table[] {
  return ['classes', 'pupils', 'strengths', 'friendRounds', 'dreamItems', 'routines'].map((t) => d.table(t));
}

/**
 * Call inside a rw transaction. Throws GoneError when a referenced record is missing, or when a pupil
 * (round, sub-goal, routine) now belongs to another class than the one written to.
 */
export async function requireAlive(d: Dexie, refs: Refs): Promise<void> {
  if (refs.classId !== undefined) {
    const cls = await d.table('classes').get(refs.classId);
    if (!cls) throw new GoneError('class');
  }
  const inClass = (r: { classId?: string } | undefined) =>
    !!r && (refs.classId === undefined || r.classId === refs.classId);
  if (refs.pupilIds?.length) {
    const pupils = await d.table('pupils').bulkGet([...refs.pupilIds]);
    const i = pupils.findIndex((p) => !inClass(p));
    if (i >= 0) {
      const id = refs.pupilIds[i]!;
      throw new GoneError('pupil', refs.names?.[id]);
    }
  }
  if (refs.strengthIds?.length) {
    const strengths = await d.table('strengths').bulkGet([...refs.strengthIds]);
    if (strengths.some((s) => !s)) throw new GoneError('strength');
  }
  if (refs.roundId !== undefined && !inClass(await d.table('friendRounds').get(refs.roundId)))
    throw new GoneError('round');
  if (refs.subgoalId !== undefined && !inClass(await d.table('dreamItems').get(refs.subgoalId)))
    throw new GoneError('subgoal');
  if (refs.routineId !== undefined && !inClass(await d.table('routines').get(refs.routineId)))
    throw new GoneError('routine');
}
