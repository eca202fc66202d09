// The one date module. A calendar day is an ISO date string (YYYY-MM-DD) in local time (school life
// happens in local time, Europe/Oslo in practice); `Date` objects are local moments at the edges
// (today, a record's day, a week's Monday). Day arithmetic on ISO strings counts whole calendar days
// (dayNumber), so a daylight-saving change or a year with 53 ISO weeks cannot shift it.

/** YYYY-MM-DD for a local date. */
export function isoDate(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Today's calendar date (YYYY-MM-DD, local time), or the day of a moment. */
export function todayIso(now: number | Date = Date.now()): string {
  return isoDate(new Date(now));
}

/** The shape of a calendar date; `isIsoDate` also checks that the day exists. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (not 2027-02-29, not 26-1-1). */
export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && ISO_DATE.test(s) && isoDate(parseIsoDate(s)) === s;
}

/** Parses YYYY-MM-DD as a local date at midnight. */
export function parseIsoDate(s: string): Date {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Monday of the week that contains d (local time). */
export function startOfWeek(d: Date): Date {
  const r = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  const dow = (r.getDay() + 6) % 7; // Monday = 0
  r.setDate(r.getDate() - dow);
  return r;
}

export function addDays(d: Date, n: number): Date {
  const r = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  r.setDate(r.getDate() + n);
  return r;
}

/** ISO-8601 week number and week-year. */
export function isoWeek(d: Date): { year: number; week: number } {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return { year: t.getUTCFullYear(), week: Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7) };
}

/** Days since 1970-01-01 for a calendar date, independent of time zones. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

export function fromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** The calendar date n days after (or before, n < 0) a calendar date. */
export function addDaysIso(iso: string, n: number): string {
  return fromDayNumber(dayNumber(iso) + n);
}

/** 1 = Monday ... 7 = Sunday. */
export function isoWeekday(iso: string): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(iso) + 3) % 7) + 7) % 7) + 1;
}
