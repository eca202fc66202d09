// When a routine is due: weekdays, an optional time, and "every other week" counted from the
// anchor's week. Dates are calendar dates (YYYY-MM-DD) counted in whole days, so a daylight-saving
// change or a year with 53 ISO weeks cannot shift the count.
import { addDaysIso, dayNumber, fromDayNumber, isoWeekday } from './dates';
import type { Routine, RoutineSchedule } from './types';

/** Monday of the week containing the date, as a day number. */
function mondayNumber(iso: string): number {
  return dayNumber(iso) - (isoWeekday(iso) - 1);
}

/** Whole weeks from the anchor's week to the date's week (negative before the anchor). */
export function weeksBetween(anchor: string, iso: string): number {
  return Math.round((mondayNumber(iso) - mondayNumber(anchor)) / 7);
}

export function isValidTime(s: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(s);
}

export function isDue(schedule: RoutineSchedule, iso: string): boolean {
  if (!schedule.weekdays.includes(isoWeekday(iso))) return false;
  if (!schedule.everyOtherWeek) return true;
  const weeks = weeksBetween(schedule.anchor, iso);
  return weeks % 2 === 0;
}

/** Every due date from `from` to `to`, inclusive. */
export function dueDates(schedule: RoutineSchedule, from: string, to: string): string[] {
  const out: string[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to); n++) {
    const iso = fromDayNumber(n);
    if (isDue(schedule, iso)) out.push(iso);
  }
  return out;
}

/** The first due date on or after `from`, looking at most `horizon` days ahead. */
export function nextDue(schedule: RoutineSchedule, from: string, horizon = 28): string | undefined {
  for (let i = 0; i <= horizon; i++) {
    const iso = addDaysIso(from, i);
    if (isDue(schedule, iso)) return iso;
  }
  return undefined;
}

/**
 * When a routine comes up next, as the routine list says it: today until today's run is logged
 * (done or skipped), then the next due date after today.
 */
export function nextOccasion(
  schedule: RoutineSchedule,
  today: string,
  loggedToday: boolean,
): string | undefined {
  return nextDue(schedule, loggedToday ? addDaysIso(today, 1) : today);
}

/** The routines due on a date, active ones only, those with a time first by time. */
export function dueOn<T extends Pick<Routine, 'schedule' | 'active' | 'name'>>(
  routines: T[],
  iso: string,
): T[] {
  return routines
    .filter((r) => r.active && isDue(r.schedule, iso))
    .sort(
      (a, b) =>
        (a.schedule.time ?? '99:99').localeCompare(b.schedule.time ?? '99:99') ||
        a.name.localeCompare(b.name),
    );
}

/**
 * The moment a routine is due, in the local time zone of the machine: "08:30 on 2026-03-29" is
 * 08:30 on the wall clock whether or not the clocks changed that night.
 */
export function localDueTime(iso: string, time: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
}
