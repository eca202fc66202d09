// When a routine is due: weekdays, an optional time, and "every other week" counted from the
// anchor's week. Dates are calendar dates (YYYY-MM-DD) counted in whole days, so a daylight-saving
// change or a year with 53 ISO weeks cannot shift the count. A day off (a confirmed school holiday,
// src/domain/holidays.ts) has nothing planned: `off` says which days those are.
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

/** Which days have nothing planned (school holidays); none by default. */
export type DayOff = (iso: string) => boolean;
const noDayOff: DayOff = () => false;
/** Looking for the next due date never goes further than this, holidays or not. */
const MAX_LOOKAHEAD = 400;

/** Planned on a date: due by the schedule and not a day off. */
export function isPlanned(schedule: RoutineSchedule, iso: string, off: DayOff = noDayOff): boolean {
  return isDue(schedule, iso) && !off(iso);
}

/** Every planned date from `from` to `to`, inclusive (days off left out). */
export function dueDates(
  schedule: RoutineSchedule,
  from: string,
  to: string,
  off: DayOff = noDayOff,
): string[] {
  const out: string[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to); n++) {
    const iso = fromDayNumber(n);
    if (isPlanned(schedule, iso, off)) out.push(iso);
  }
  return out;
}

/**
 * The first planned date on or after `from`, looking `horizon` school days ahead: days off do not use
 * up the horizon, so a routine still has a next time after the Christmas holiday.
 */
export function nextDue(
  schedule: RoutineSchedule,
  from: string,
  horizon = 28,
  off: DayOff = noDayOff,
): string | undefined {
  let looked = 0;
  for (let i = 0; looked <= horizon && i <= MAX_LOOKAHEAD; i++) {
    const iso = addDaysIso(from, i);
    if (off(iso)) continue;
    looked++;
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
  off: DayOff = noDayOff,
): string | undefined {
  return nextDue(schedule, loggedToday ? addDaysIso(today, 1) : today, 28, off);
}

/** The routines planned on a date (none on a day off), active ones only, those with a time first by time. */
export function dueOn<T extends Pick<Routine, 'schedule' | 'active' | 'name'>>(
  routines: T[],
  iso: string,
  off: DayOff = noDayOff,
): T[] {
  return routines
    .filter((r) => r.active && isPlanned(r.schedule, iso, off))
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
