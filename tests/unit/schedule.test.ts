// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, isIsoDate, isoWeekday } from '../../src/domain/dates';
import {
  dueDates,
  dueOn,
  isDue,
  localDueTime,
  nextDue,
  nextOccasion,
  weeksBetween,
} from '../../src/domain/schedule';
import type { RoutineSchedule } from '../../src/domain/types';

const weekly = (weekdays: number[], extra: Partial<RoutineSchedule> = {}): RoutineSchedule => ({
  weekdays,
  everyOtherWeek: false,
  anchor: '2026-01-05',
  ...extra,
});

describe('schedule', () => {
  it('knows the weekday of a date', () => {
    expect(isoWeekday('2026-11-23')).toBe(1); // Monday
    expect(isoWeekday('2026-11-27')).toBe(5); // Friday
    expect(isoWeekday('2027-01-03')).toBe(7); // Sunday
    expect(isoWeekday('1969-12-31')).toBe(3); // before the epoch, too
  });

  it('is due on its weekdays only', () => {
    const s = weekly([1, 3, 5]);
    const week = [
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ];
    expect(week.map((d) => isDue(s, d))).toEqual([true, false, true, false, true, false, false]);
    expect(isDue(weekly([]), '2026-11-23')).toBe(false);
  });

  it('every other week counts from the anchor week, across a year end with a 53-week year', () => {
    // 2026 has 53 ISO weeks; counting ISO week numbers would break here, counting weeks does not.
    const s = weekly([5], { everyOtherWeek: true, anchor: '2026-12-16' }); // week 51
    expect(dueDates(s, '2026-12-14', '2027-01-31')).toEqual([
      '2026-12-18',
      '2027-01-01',
      '2027-01-15',
      '2027-01-29',
    ]);
    expect(weeksBetween('2026-12-16', '2027-01-01')).toBe(2);
    expect(isDue(s, '2026-12-25')).toBe(false);
  });

  it('every other week also works before the anchor', () => {
    const s = weekly([2], { everyOtherWeek: true, anchor: '2026-03-10' });
    expect(isDue(s, '2026-02-24')).toBe(true);
    expect(isDue(s, '2026-03-03')).toBe(false);
  });

  it('finds the next due date and lists routines due today in time order', () => {
    const s = weekly([5]);
    expect(nextDue(s, '2026-11-23')).toBe('2026-11-27');
    expect(nextDue(s, '2026-11-27')).toBe('2026-11-27');
    expect(nextDue(weekly([]), '2026-11-23')).toBeUndefined();
    // Once today's run is logged, "next time" is the next due day, not today.
    const daily = weekly([1, 2, 3, 4, 5]);
    expect(nextOccasion(daily, '2026-11-23', false)).toBe('2026-11-23');
    expect(nextOccasion(daily, '2026-11-23', true)).toBe('2026-11-24');
    expect(nextOccasion(daily, '2026-11-27', true)).toBe('2026-11-30');
    expect(nextOccasion(s, '2026-11-23', true)).toBe('2026-11-27');
    const routines = [
      { name: 'B', active: true, schedule: weekly([1], { time: '13:00' }) },
      { name: 'A', active: true, schedule: weekly([1], { time: '08:30' }) },
      { name: 'C', active: true, schedule: weekly([1]) },
      { name: 'Off', active: false, schedule: weekly([1]) },
      { name: 'Tue', active: true, schedule: weekly([2]) },
    ];
    expect(dueOn(routines, '2026-11-23').map((r) => r.name)).toEqual(['A', 'B', 'C']);
  });

  it('validates dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('26-1-1')).toBe(false);
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('schedule across daylight-saving changes (Europe/Oslo)', () => {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/Oslo';
  });
  afterAll(() => {
    process.env.TZ = before;
  });

  it('keeps a weekly Sunday routine on Sundays across 2026-03-29 and 2026-10-25', () => {
    const s = weekly([7], { everyOtherWeek: true, anchor: '2026-03-15' });
    expect(dueDates(s, '2026-03-01', '2026-04-30')).toEqual([
      '2026-03-01',
      '2026-03-15',
      '2026-03-29',
      '2026-04-12',
      '2026-04-26',
    ]);
    const autumn = weekly([7], { everyOtherWeek: true, anchor: '2026-10-11' });
    expect(dueDates(autumn, '2026-10-01', '2026-11-10')).toEqual(['2026-10-11', '2026-10-25', '2026-11-08']);
    // Monday after each change is still a Monday.
    expect(isoWeekday('2026-03-30')).toBe(1);
    expect(isoWeekday('2026-10-26')).toBe(1);
  });

  it('puts the due time on the wall clock on the day the clocks change', () => {
    expect(new Date(2026, 2, 29, 12).getTimezoneOffset()).toBe(-120); // CEST after the change
    expect(localDueTime('2026-03-28', '08:30').toISOString()).toBe('2026-03-28T07:30:00.000Z');
    expect(localDueTime('2026-03-29', '08:30').toISOString()).toBe('2026-03-29T06:30:00.000Z');
    expect(localDueTime('2026-10-25', '08:30').toISOString()).toBe('2026-10-25T07:30:00.000Z');
    expect(localDueTime('2026-10-24', '08:30').toISOString()).toBe('2026-10-24T06:30:00.000Z');
  });
});
