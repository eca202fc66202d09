// How routines have been kept: today's state of each routine and a friendly summary over a period.
// Pure: takes routines and their logged runs, gives plain numbers (never a score on a shared screen).
import { type DayOff, dueDates, isPlanned } from './schedule';
import type { Routine, RoutineRun } from './types';

export type TodayState = 'done' | 'skipped' | 'due' | 'notDue';

/** The run logged for a routine on a date (the newest, should there be two). */
export function runOn(runs: RoutineRun[], routineId: string, iso: string): RoutineRun | undefined {
  return runs
    .filter((r) => r.routineId === routineId && r.date === iso)
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

export function todayState(
  routine: Pick<Routine, 'id' | 'schedule' | 'active'>,
  runs: RoutineRun[],
  iso: string,
  off?: DayOff,
): TodayState {
  const run = runOn(runs, routine.id, iso);
  if (run) return run.status;
  return routine.active && isPlanned(routine.schedule, iso, off) ? 'due' : 'notDue';
}

export interface KeptSummary {
  routineId: string;
  /** Due dates in the period up to and including `to`, school holidays left out. */
  planned: number;
  /** Held, on a due day or any other day. */
  done: number;
  skipped: number;
  /** Held on a day it was not planned (another weekday, or in a holiday). */
  extra: number;
  /** Due days with nothing logged. */
  open: number;
  lastDone?: string;
}

/**
 * `to` may be today, a day still in progress: if nothing is logged for it yet, it is not counted
 * as planned (nor open) until it is over, so a Monday morning does not read "1 of 2".
 */
export function keptSummary(
  routine: Pick<Routine, 'id' | 'schedule'>,
  runs: RoutineRun[],
  from: string,
  to: string,
  opts: { today?: string; off?: DayOff } = {},
): KeptSummary {
  const loggedToday =
    opts.today !== undefined && runs.some((r) => r.routineId === routine.id && r.date === opts.today);
  const due = dueDates(routine.schedule, from, to, opts.off).filter((d) => d !== opts.today || loggedToday);
  const dueSet = new Set(due);
  // One state per day: the newest log for that day counts.
  const byDay = new Map<string, RoutineRun>();
  for (const r of runs) {
    if (r.routineId !== routine.id || r.date < from || r.date > to) continue;
    const prev = byDay.get(r.date);
    if (!prev || r.updatedAt > prev.updatedAt) byDay.set(r.date, r);
  }
  let done = 0;
  let skipped = 0;
  let extra = 0;
  let lastDone: string | undefined;
  for (const [day, r] of byDay) {
    if (r.status === 'done') {
      done++;
      if (!dueSet.has(day)) extra++;
      if (!lastDone || day > lastDone) lastDone = day;
    } else skipped++;
  }
  const open = due.filter((d) => !byDay.has(d)).length;
  return { routineId: routine.id, planned: due.length, done, skipped, extra, open, lastDone };
}
