// Chart periods on the school calendar (week, month, term, school year, custom) and the time buckets
// inside them. All in local time: a Norwegian school week starts Monday 00:00 in Europe/Oslo, also
// across daylight-saving changes, so boundaries are built with the local Date constructor, never by
// adding 86,400,000 ms.
import { addDays, isIsoDate, isoDate, isoWeek, parseIsoDate, startOfWeek } from './dates';

export type PeriodKind = 'week' | 'month' | 'term' | 'schoolYear' | 'custom';

export interface Period {
  kind: PeriodKind;
  /** ISO date (YYYY-MM-DD), inclusive. */
  start: string;
  /** ISO date (YYYY-MM-DD), inclusive. */
  end: string;
}

/** The autumn term starts in August (month index 7); the school year runs August to June. */
const AUTUMN_START_MONTH = 7;

/** The period of a kind that contains `today` (local time). July, the summer holiday, belongs to the
 * term and school year that just ended: in July a teacher looks back, not forward. */
export function periodContaining(kind: Exclude<PeriodKind, 'custom'>, today: Date): Period {
  const y = today.getFullYear();
  const mo = today.getMonth();
  switch (kind) {
    case 'week': {
      const monday = startOfWeek(today);
      return { kind, start: isoDate(monday), end: isoDate(addDays(monday, 6)) };
    }
    case 'month':
      return { kind, start: isoDate(new Date(y, mo, 1)), end: isoDate(new Date(y, mo + 1, 0)) };
    case 'term':
      return mo >= AUTUMN_START_MONTH
        ? { kind, start: `${y}-08-01`, end: `${y}-12-31` }
        : { kind, start: `${y}-01-01`, end: `${y}-06-30` };
    case 'schoolYear': {
      const first = mo >= AUTUMN_START_MONTH ? y : y - 1;
      return { kind, start: `${first}-08-01`, end: `${first + 1}-06-30` };
    }
  }
}

/** A custom period; the dates are put in order. Returns null for dates that are not real dates. */
export function customPeriod(a: string, b: string): Period | null {
  if (!isIsoDate(a) || !isIsoDate(b)) return null;
  return a <= b ? { kind: 'custom', start: a, end: b } : { kind: 'custom', start: b, end: a };
}

/** [from, to) in ms since the epoch: local midnight at the start to local midnight after the end. */
export function periodRange(p: Period): { from: number; to: number } {
  return {
    from: parseIsoDate(p.start).getTime(),
    to: addDays(parseIsoDate(p.end), 1).getTime(),
  };
}

export interface Bucket {
  /** ISO date of the first day in the bucket (clipped to the period). */
  start: string;
  /** ms since epoch, inclusive. */
  from: number;
  /** ms since epoch, exclusive. */
  to: number;
  kind: 'week' | 'month';
  /** ISO week number for week buckets, month index 0-11 for month buckets. */
  n: number;
  year: number;
}

/** Longer periods are shown per month so that a chart never gets more than about a year of columns. */
export const MAX_WEEK_BUCKETS = 53;

/** The weeks (Monday to Sunday, clipped to the period) or, for long periods, the months of a period. */
export function bucketsOf(p: Period): Bucket[] {
  const startDate = parseIsoDate(p.start);
  const endExclusive = addDays(parseIsoDate(p.end), 1);
  const weeks = Math.ceil((endExclusive.getTime() - startOfWeek(startDate).getTime()) / (7 * 86_400_000));
  const out: Bucket[] = [];
  if (weeks <= MAX_WEEK_BUCKETS) {
    let cursor = startDate;
    while (cursor < endExclusive) {
      const next = addDays(startOfWeek(cursor), 7);
      const to = next < endExclusive ? next : endExclusive;
      const w = isoWeek(cursor);
      out.push({
        start: isoDate(cursor),
        from: cursor.getTime(),
        to: to.getTime(),
        kind: 'week',
        n: w.week,
        year: w.year,
      });
      cursor = to;
    }
    return out;
  }
  let cursor = startDate;
  while (cursor < endExclusive) {
    const next = new Date(cursor.getFullYear(), cursor.getMonth() + 1, 1);
    const to = next < endExclusive ? next : endExclusive;
    out.push({
      start: isoDate(cursor),
      from: cursor.getTime(),
      to: to.getTime(),
      kind: 'month',
      n: cursor.getMonth(),
      year: cursor.getFullYear(),
    });
    cursor = to;
  }
  return out;
}

/** Index of the bucket that holds `t`, or -1 outside the period. Binary search: O(log buckets). */
export function bucketIndex(buckets: readonly Bucket[], t: number): number {
  let lo = 0;
  let hi = buckets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = buckets[mid]!;
    if (t < b.from) hi = mid - 1;
    else if (t >= b.to) lo = mid + 1;
    else return mid;
  }
  return -1;
}
