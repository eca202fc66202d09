// @vitest-environment node
// Chart periods and buckets on the school calendar, at the edges and across daylight-saving changes.
// Runs the edge cases under Europe/Oslo and under two other zones: the logic is local-time only.
import { afterAll, describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/domain/dates';
import {
  bucketIndex,
  bucketsOf,
  customPeriod,
  periodContaining,
  periodRange,
} from '../../src/domain/periods';

const originalTz = process.env.TZ;
function inZone(tz: string) {
  process.env.TZ = tz;
}
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('periods containing a day', () => {
  it('weeks run Monday to Sunday, also over a new year', () => {
    inZone('Europe/Oslo');
    expect(periodContaining('week', new Date(2026, 10, 23))).toMatchObject({
      start: '2026-11-23',
      end: '2026-11-29',
    });
    expect(periodContaining('week', new Date(2026, 10, 29))).toMatchObject({
      start: '2026-11-23',
      end: '2026-11-29',
    });
    expect(periodContaining('week', new Date(2027, 0, 1))).toMatchObject({
      start: '2026-12-28',
      end: '2027-01-03',
    });
  });

  it('months end on their last day, February in a leap year too', () => {
    expect(periodContaining('month', new Date(2028, 1, 10))).toMatchObject({
      start: '2028-02-01',
      end: '2028-02-29',
    });
    expect(periodContaining('month', new Date(2026, 11, 31))).toMatchObject({
      start: '2026-12-01',
      end: '2026-12-31',
    });
  });

  it('terms: autumn August-December, spring January-June, July looks back at spring', () => {
    expect(periodContaining('term', new Date(2026, 7, 1))).toMatchObject({
      start: '2026-08-01',
      end: '2026-12-31',
    });
    expect(periodContaining('term', new Date(2026, 11, 31, 23, 59))).toMatchObject({ start: '2026-08-01' });
    expect(periodContaining('term', new Date(2027, 0, 1))).toMatchObject({
      start: '2027-01-01',
      end: '2027-06-30',
    });
    expect(periodContaining('term', new Date(2027, 6, 15))).toMatchObject({
      start: '2027-01-01',
      end: '2027-06-30',
    });
  });

  it('school years run August to June; July belongs to the year that just ended', () => {
    expect(periodContaining('schoolYear', new Date(2026, 10, 23))).toMatchObject({
      start: '2026-08-01',
      end: '2027-06-30',
    });
    expect(periodContaining('schoolYear', new Date(2027, 5, 30))).toMatchObject({ start: '2026-08-01' });
    expect(periodContaining('schoolYear', new Date(2027, 6, 31))).toMatchObject({ start: '2026-08-01' });
    expect(periodContaining('schoolYear', new Date(2027, 7, 1))).toMatchObject({ start: '2027-08-01' });
  });

  it('custom periods put the dates in order and refuse dates that do not exist', () => {
    expect(customPeriod('2026-12-01', '2026-09-01')).toEqual({
      kind: 'custom',
      start: '2026-09-01',
      end: '2026-12-01',
    });
    expect(customPeriod('2026-02-30', '2026-03-01')).toBeNull();
    expect(customPeriod('yesterday', '2026-03-01')).toBeNull();
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
  });
});

describe('period ranges and weekly buckets in Europe/Oslo across daylight-saving changes', () => {
  it('a period starts at local midnight and ends at the next local midnight', () => {
    inZone('Europe/Oslo');
    const r = periodRange({ kind: 'custom', start: '2026-03-29', end: '2026-03-29' });
    expect(r.from).toBe(Date.parse('2026-03-29T00:00:00+01:00'));
    // The spring-forward day has 23 hours.
    expect(r.to).toBe(Date.parse('2026-03-30T00:00:00+02:00'));
    expect(r.to - r.from).toBe(23 * 3_600_000);
  });

  it('Sunday late evening after spring-forward belongs to its own week, Monday 00:10 to the next', () => {
    inZone('Europe/Oslo');
    const p = { kind: 'custom' as const, start: '2026-03-16', end: '2026-04-05' };
    const buckets = bucketsOf(p);
    expect(buckets.map((b) => [b.start, b.n])).toEqual([
      ['2026-03-16', 12],
      ['2026-03-23', 13],
      ['2026-03-30', 14],
    ]);
    expect(bucketIndex(buckets, Date.parse('2026-03-29T23:30:00+02:00'))).toBe(1);
    expect(bucketIndex(buckets, Date.parse('2026-03-30T00:10:00+02:00'))).toBe(2);
    expect(bucketIndex(buckets, Date.parse('2026-03-15T23:59:00+01:00'))).toBe(-1);
    expect(bucketIndex(buckets, Date.parse('2026-04-06T00:00:00+02:00'))).toBe(-1);
  });

  it('the autumn fall-back week is 7 days and one hour long, and its edges are right', () => {
    inZone('Europe/Oslo');
    const buckets = bucketsOf({ kind: 'custom', start: '2026-10-19', end: '2026-11-01' });
    expect(buckets).toHaveLength(2);
    expect(buckets[0]!.to - buckets[0]!.from).toBe(7 * 86_400_000 + 3_600_000);
    expect(bucketIndex(buckets, Date.parse('2026-10-25T23:30:00+01:00'))).toBe(0);
    expect(bucketIndex(buckets, Date.parse('2026-10-26T00:00:00+01:00'))).toBe(1);
  });

  it('weeks are clipped to the period: a month starting on a Thursday', () => {
    inZone('Europe/Oslo');
    const buckets = bucketsOf({ kind: 'month', start: '2026-10-01', end: '2026-10-31' });
    expect(buckets[0]!.start).toBe('2026-10-01');
    expect(buckets[1]!.start).toBe('2026-10-05');
    expect(buckets.at(-1)!.start).toBe('2026-10-26');
    expect(buckets.at(-1)!.to).toBe(Date.parse('2026-11-01T00:00:00+01:00'));
  });

  it('a school year has one bucket per week; five years fall back to months', () => {
    inZone('Europe/Oslo');
    const year = bucketsOf({ kind: 'schoolYear', start: '2026-08-01', end: '2027-06-30' });
    expect(year.every((b) => b.kind === 'week')).toBe(true);
    expect(year).toHaveLength(49);
    const five = bucketsOf({ kind: 'custom', start: '2022-08-01', end: '2027-06-30' });
    expect(five.every((b) => b.kind === 'month')).toBe(true);
    expect(five).toHaveLength(59);
    // Buckets tile the period with no gap and no overlap.
    for (let i = 1; i < five.length; i++) expect(five[i]!.from).toBe(five[i - 1]!.to);
  });
});

describe('the same calendar in other time zones', () => {
  for (const tz of ['America/New_York', 'Asia/Tokyo', 'UTC']) {
    it(`weeks start at local Monday midnight in ${tz}`, () => {
      inZone(tz);
      const buckets = bucketsOf({ kind: 'custom', start: '2026-03-02', end: '2026-03-15' });
      expect(buckets.map((b) => b.start)).toEqual(['2026-03-02', '2026-03-09']);
      expect(new Date(buckets[1]!.from).getDay()).toBe(1);
      expect(new Date(buckets[1]!.from).getHours()).toBe(0);
      // Sunday 23:59 local is still the first week.
      expect(bucketIndex(buckets, new Date(2026, 2, 8, 23, 59).getTime())).toBe(0);
      expect(bucketIndex(buckets, new Date(2026, 2, 9, 0, 0).getTime())).toBe(1);
    });
  }
});

describe('the period in the address and stepping back and forth', () => {
  it('reads and writes the period from the query string, with the term as the default', async () => {
    const { parsePeriod, periodQuery, stepPeriod } = await import('../../src/screens/charts/period-state');
    inZone('Europe/Oslo');
    const today = new Date(2026, 10, 23);
    expect(parsePeriod('', today)).toMatchObject({ kind: 'term', start: '2026-08-01' });
    expect(parsePeriod('?p=week&d=2026-03-04', today)).toMatchObject({
      start: '2026-03-02',
      end: '2026-03-08',
    });
    expect(parsePeriod('?p=custom&from=2026-02-30&to=x', today)).toMatchObject({ kind: 'term' });
    const custom = parsePeriod('?p=custom&from=2026-01-05&to=2025-12-01', today);
    expect(custom).toEqual({ kind: 'custom', start: '2025-12-01', end: '2026-01-05' });
    expect(parsePeriod(periodQuery(custom), today)).toEqual(custom);
    expect(stepPeriod(custom, 1)).toBeNull();
    // Stepping over the summer: spring term -> autumn term, and school year to school year.
    expect(stepPeriod({ kind: 'term', start: '2026-01-01', end: '2026-06-30' }, 1)).toMatchObject({
      start: '2026-08-01',
    });
    expect(stepPeriod({ kind: 'term', start: '2026-08-01', end: '2026-12-31' }, -1)).toMatchObject({
      start: '2026-01-01',
    });
    expect(stepPeriod({ kind: 'schoolYear', start: '2025-08-01', end: '2026-06-30' }, 1)).toMatchObject({
      start: '2026-08-01',
      end: '2027-06-30',
    });
    expect(stepPeriod({ kind: 'schoolYear', start: '2025-08-01', end: '2026-06-30' }, -1)).toMatchObject({
      start: '2024-08-01',
    });
    expect(stepPeriod({ kind: 'week', start: '2026-03-30', end: '2026-04-05' }, -1)).toMatchObject({
      start: '2026-03-23',
    });
  });
});
