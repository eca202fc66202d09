// School holidays: the common Norwegian breaks of a school year, computed here (Easter by the
// standard Gregorian algorithm, weeks by ISO week number), never fetched; and the class's own list of
// confirmed holidays, normalised on read. A confirmed holiday is a stretch of days when no routine is
// planned. A suggestion counts only once the teacher has confirmed it.
import { addDaysIso, dayNumber, fromDayNumber, isIsoDate, isoWeekday } from './dates';

export type BreakKind = 'autumn' | 'christmas' | 'winter' | 'easter';
export type HolidayKind = BreakKind | 'own';

export interface Holiday {
  /** `<kind>-<first year of the school year>` for a suggested break, a random id for the teacher's own. */
  id: string;
  kind: HolidayKind;
  /** Inclusive calendar dates (YYYY-MM-DD). */
  from: string;
  to: string;
  /** The teacher's own name for an own holiday (a suggested break is named by the catalogue). */
  name?: string;
}

export interface SchoolHolidays {
  /** Confirmed holidays: only these take routines off the plan. */
  periods: Holiday[];
  /** Suggested breaks the teacher removed, so they are not offered again. */
  dismissed: string[];
}

export const NO_HOLIDAYS: SchoolHolidays = { periods: [], dismissed: [] };
export const BREAK_KINDS: readonly BreakKind[] = ['autumn', 'christmas', 'winter', 'easter'];
/** A holiday is at most ten weeks long (longer than any summer holiday). */
export const MAX_HOLIDAY_DAYS = 70;
export const MAX_HOLIDAY_NAME = 60;
const MAX_PERIODS = 200;

/** The weeks offered for the week-long breaks: autumn is week 40 or 41 and winter 8 or 9 in most counties. */
export const BREAK_WEEKS: Readonly<Record<'autumn' | 'winter', readonly number[]>> = {
  autumn: [39, 40, 41, 42],
  winter: [7, 8, 9, 10],
};
const DEFAULT_WEEK = { autumn: 40, winter: 8 } as const;

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The Monday of ISO week `week` of `year` (week 1 holds the year's first Thursday, so 4 January). */
export function isoWeekMonday(year: number, week: number): string {
  const jan4 = `${year}-01-04`;
  return fromDayNumber(dayNumber(jan4) - (isoWeekday(jan4) - 1) + (week - 1) * 7);
}

/** The ISO week (and its week-year) of a date. */
export function isoWeekOf(iso: string): { year: number; week: number } {
  const thursday = addDaysIso(iso, 4 - isoWeekday(iso));
  const year = Number(thursday.slice(0, 4));
  return { year, week: Math.floor((dayNumber(thursday) - dayNumber(`${year}-01-01`)) / 7) + 1 };
}

/** The first year of the school year (August to July) a date falls in: 2026 for 2026-08-17 and 2027-03-01. */
export function schoolYearOf(iso: string): number {
  const y = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 8 ? y : y - 1;
}

/** A week-long break: Monday to Friday of one ISO week. */
export function weekBreak(kind: 'autumn' | 'winter', schoolYear: number, week: number): Holiday {
  const year = kind === 'autumn' ? schoolYear : schoolYear + 1;
  const monday = isoWeekMonday(year, week);
  return { id: breakId(kind, schoolYear), kind, from: monday, to: addDaysIso(monday, 4) };
}

export function breakId(kind: BreakKind, schoolYear: number): string {
  return `${kind}-${schoolYear}`;
}

/** The ISO week a holiday fills from Monday to Friday, if it is exactly that. */
export function weekOfHoliday(h: Pick<Holiday, 'from' | 'to'>): number | undefined {
  if (isoWeekday(h.from) !== 1 || addDaysIso(h.from, 4) !== h.to) return undefined;
  return isoWeekOf(h.from).week;
}

/**
 * The common breaks of the school year starting in August of `schoolYear`, in date order:
 * autumn in week 40; Christmas from 22 December (21st when that is a Monday, so the week is whole)
 * to 1 January (2nd when that is a Friday, so no single school day is left); winter in week 8;
 * Easter from the Monday of Holy Week to Easter Monday.
 */
export function suggestedBreaks(schoolYear: number): Holiday[] {
  const next = schoolYear + 1;
  const dec21 = `${schoolYear}-12-21`;
  const jan2 = `${next}-01-02`;
  const easter = easterSunday(next);
  return [
    weekBreak('autumn', schoolYear, DEFAULT_WEEK.autumn),
    {
      id: breakId('christmas', schoolYear),
      kind: 'christmas',
      from: isoWeekday(dec21) === 1 ? dec21 : `${schoolYear}-12-22`,
      to: isoWeekday(jan2) === 5 ? jan2 : `${next}-01-01`,
    },
    weekBreak('winter', schoolYear, DEFAULT_WEEK.winter),
    {
      id: breakId('easter', schoolYear),
      kind: 'easter',
      from: addDaysIso(easter, -6),
      to: addDaysIso(easter, 1),
    },
  ];
}

export type HolidayProblem = 'badDate' | 'endBeforeStart' | 'tooLong';

/** Checks a holiday's dates; nothing is saved when there is a problem. */
export function holidayProblem(from: string, to: string): HolidayProblem | null {
  if (!isIsoDate(from) || !isIsoDate(to)) return 'badDate';
  if (to < from) return 'endBeforeStart';
  if (dayNumber(to) - dayNumber(from) + 1 > MAX_HOLIDAY_DAYS) return 'tooLong';
  return null;
}

const KINDS: readonly string[] = [...BREAK_KINDS, 'own'];

/** A stored (or imported, or hand-edited) value as a valid list: anything broken is left out. */
export function normalizeHolidays(raw: unknown): SchoolHolidays {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const periods: Holiday[] = [];
  const seen = new Set<string>();
  for (const p of Array.isArray(r.periods) ? r.periods : []) {
    if (!p || typeof p !== 'object') continue;
    const { id, kind, from, to, name } = p as Record<string, unknown>;
    if (typeof id !== 'string' || !id || id.length > 100 || seen.has(id)) continue;
    if (typeof kind !== 'string' || !KINDS.includes(kind)) continue;
    if (typeof from !== 'string' || typeof to !== 'string' || holidayProblem(from, to)) continue;
    seen.add(id);
    const h: Holiday = { id, kind: kind as HolidayKind, from, to };
    if (typeof name === 'string' && name.trim()) h.name = name.trim().slice(0, MAX_HOLIDAY_NAME);
    periods.push(h);
    if (periods.length >= MAX_PERIODS) break;
  }
  const dismissed = (Array.isArray(r.dismissed) ? r.dismissed : [])
    .filter((d): d is string => typeof d === 'string' && d.length > 0 && d.length <= 100)
    .slice(0, MAX_PERIODS);
  return { periods: sortHolidays(periods), dismissed: [...new Set(dismissed)] };
}

export function sortHolidays(list: readonly Holiday[]): Holiday[] {
  return [...list].sort(
    (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || (a.id < b.id ? -1 : 1),
  );
}

/** The confirmed holiday a date falls in, if any. */
export function holidayOn(periods: readonly Holiday[], iso: string): Holiday | undefined {
  return periods.find((h) => h.from <= iso && iso <= h.to);
}

/** "Is this day off?" for the schedule functions (src/domain/schedule.ts). */
export function dayOff(periods: readonly Holiday[]): (iso: string) => boolean {
  return (iso) => holidayOn(periods, iso) !== undefined;
}

/** The confirmed holidays that share at least one day with [from, to]. */
export function holidaysWithin(periods: readonly Holiday[], from: string, to: string): Holiday[] {
  return periods.filter((h) => h.from <= to && h.to >= from);
}

/** A holiday confirmed (added, or replacing the one with its id); a confirmed suggestion is no longer dismissed. */
export function withHoliday(list: SchoolHolidays, h: Holiday): SchoolHolidays {
  return {
    periods: sortHolidays([...list.periods.filter((p) => p.id !== h.id), h]),
    dismissed: list.dismissed.filter((d) => d !== h.id),
  };
}

/** A holiday removed; a suggested break is remembered as dismissed so it is not offered again. */
export function withoutHoliday(list: SchoolHolidays, id: string, kind: HolidayKind): SchoolHolidays {
  return {
    periods: list.periods.filter((p) => p.id !== id),
    dismissed: kind === 'own' || list.dismissed.includes(id) ? list.dismissed : [...list.dismissed, id],
  };
}

/** A dismissed suggestion offered again (still to be confirmed). */
export function withSuggestionBack(list: SchoolHolidays, id: string): SchoolHolidays {
  return { periods: list.periods, dismissed: list.dismissed.filter((d) => d !== id) };
}
