// A class's routines (copied from the template library, then the teacher's own) and the log of
// each run: one state per routine per day, done or skipped, with a note.
import { todayIso } from '../domain/dates';
import { findTemplate } from '../domain/routine-templates';
import { isValidTime } from '../domain/schedule';
import type { Lang, Routine, RoutineRun, RoutineSchedule, RoutineStep } from '../domain/types';
import { db } from './db';
import { GoneError, refTables, requireAlive } from './integrity';
import { newId, write } from './write';

export const MAX_ROUTINE_NAME = 80;
export const MAX_NOTE = 500;

export function listRoutines(classId: string): Promise<Routine[]> {
  return db()
    .routines.where('classId')
    .equals(classId)
    .toArray()
    .then((xs) =>
      xs.sort(
        (a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name, 'nb') || (a.id < b.id ? -1 : 1),
      ),
    );
}

export function getRoutine(id: string): Promise<Routine | undefined> {
  return db().routines.get(id);
}

/** A class's copy of a template, in the given language (not yet stored). */
export function routineFromTemplate(
  classId: string,
  templateKey: string,
  lang: Lang,
  today = todayIso(),
  now = Date.now(),
): Routine {
  const t = findTemplate(templateKey);
  if (!t) throw new Error(`unknown template ${templateKey}`);
  return {
    id: newId(),
    classId,
    templateKey,
    name: t.name[lang],
    steps: t.steps.map((s) => ({
      id: newId(),
      title: s.title[lang],
      text: s.text[lang],
      ...(s.timer ? { timer: structuredClone(s.timer) } : {}),
    })),
    schedule: { ...t.schedule, weekdays: [...t.schedule.weekdays], anchor: today },
    active: true,
    createdAt: now,
    updatedAt: now,
  };
}

/** Copies a template into the class, in the given language. */
export async function addRoutineFromTemplate(
  classId: string,
  templateKey: string,
  lang: Lang,
  today = todayIso(),
): Promise<Routine> {
  const routine = routineFromTemplate(classId, templateKey, lang, today);
  await addRoutine(routine);
  return routine;
}

export async function addBlankRoutine(classId: string, name: string, today = todayIso()): Promise<Routine> {
  const now = Date.now();
  const routine: Routine = {
    id: newId(),
    classId,
    name: name.trim().slice(0, MAX_ROUTINE_NAME) || '…',
    steps: [],
    schedule: { weekdays: [], everyOtherWeek: false, anchor: today },
    active: true,
    createdAt: now,
    updatedAt: now,
  };
  await addRoutine(routine);
  return routine;
}

function addRoutine(routine: Routine): Promise<void> {
  const d = db();
  return write(() =>
    d.transaction('rw', [d.routines, ...refTables(d)], async () => {
      await requireAlive(d, { classId: routine.classId });
      await d.routines.add(routine);
    }),
  );
}

export type RoutineProblem = 'nameEmpty' | 'badTime' | 'badTimer';

/** Checks an edited routine; nothing is saved when there is a problem. */
export function routineProblem(r: Pick<Routine, 'name' | 'steps' | 'schedule'>): RoutineProblem | null {
  if (!r.name.trim()) return 'nameEmpty';
  if (r.schedule.time && !isValidTime(r.schedule.time)) return 'badTime';
  for (const s of r.steps) {
    if (!s.timer) continue;
    const secs = s.timer.kind === 'irp' ? Object.values(s.timer.seconds) : [s.timer.seconds];
    if (secs.some((x) => !Number.isFinite(x) || x < 0 || x > 3600)) return 'badTimer';
    if (secs.every((x) => x === 0)) return 'badTimer';
  }
  return null;
}

export async function saveRoutine(
  id: string,
  changes: { name: string; steps: RoutineStep[]; schedule: RoutineSchedule; active: boolean },
): Promise<RoutineProblem | null> {
  const problem = routineProblem(changes);
  if (problem) return problem;
  const d = db();
  await write(() =>
    d.transaction('rw', refTables(d), async () => {
      // Removed in another tab (or its class deleted): nothing is written, GoneError says so.
      const routine = await d.routines.get(id);
      if (!routine) throw new GoneError('routine');
      await requireAlive(d, { classId: routine.classId, routineId: id });
      await d.routines.update(id, {
        name: changes.name.trim().slice(0, MAX_ROUTINE_NAME),
        steps: changes.steps.map((s) => ({ ...s, title: s.title.trim(), text: s.text.trim() })),
        schedule: {
          ...changes.schedule,
          weekdays: [...new Set(changes.schedule.weekdays)].sort(),
          time: changes.schedule.time || undefined,
        },
        active: changes.active,
        updatedAt: Date.now(),
      });
    }),
  );
  return null;
}

/** Deletes a routine and its log. */
export async function deleteRoutine(id: string): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction('rw', [d.routines, d.routineRuns], async () => {
      await d.routineRuns.where('[routineId+date]').between([id, ''], [id, '\uffff']).delete();
      await d.routines.delete(id);
    }),
  );
}

/** Logs a run for a day; logging the same routine and day again replaces the earlier state. */
export async function logRun(input: {
  classId: string;
  routineId: string;
  date: string;
  status: RoutineRun['status'];
  note?: string;
}): Promise<RoutineRun> {
  const d = db();
  return write(() =>
    d.transaction('rw', [d.routineRuns, ...refTables(d)], async () => {
      await requireAlive(d, { classId: input.classId, routineId: input.routineId });
      const existing = await d.routineRuns
        .where('[routineId+date]')
        .equals([input.routineId, input.date])
        .toArray();
      const now = Date.now();
      const note = (input.note ?? existing[0]?.note ?? '').trim().slice(0, MAX_NOTE);
      const run: RoutineRun = {
        id: existing[0]?.id ?? newId(),
        classId: input.classId,
        routineId: input.routineId,
        date: input.date,
        status: input.status,
        note,
        createdAt: existing[0]?.createdAt ?? now,
        updatedAt: now,
      };
      if (existing.length > 1) await d.routineRuns.bulkDelete(existing.slice(1).map((r) => r.id));
      await d.routineRuns.put(run);
      return run;
    }),
  );
}

export async function setRunNote(id: string, note: string): Promise<void> {
  await write(() =>
    db().routineRuns.update(id, { note: note.trim().slice(0, MAX_NOTE), updatedAt: Date.now() }),
  );
}

/** Undoes a logged run (the day is then open again). */
export async function deleteRun(id: string): Promise<void> {
  await write(() => db().routineRuns.delete(id));
}

/** A class's runs between two dates, inclusive. */
export function listRuns(classId: string, from: string, to: string): Promise<RoutineRun[]> {
  return db()
    .routineRuns.where('[classId+date]')
    .between([classId, from], [classId, to], true, true)
    .toArray();
}
