// @vitest-environment node
// School holidays, pure: Easter by the Gregorian algorithm, ISO weeks, the suggested breaks of a
// school year, validation and normalising on read, and routines that plan nothing in a holiday.
import { describe, expect, it } from 'vitest';
import {
  dayOff,
  easterSunday,
  holidayOn,
  holidayProblem,
  holidaysWithin,
  isoWeekMonday,
  isoWeekOf,
  normalizeHolidays,
  schoolYearOf,
  suggestedBreaks,
  weekBreak,
  weekOfHoliday,
  withHoliday,
  withoutHoliday,
  withSuggestionBack,
} from '../../src/domain/holidays';
import { keptSummary, todayState } from '../../src/domain/routine-log';
import { dueDates, dueOn, nextDue, nextOccasion } from '../../src/domain/schedule';
import type { RoutineRun, RoutineSchedule } from '../../src/domain/types';

describe('Easter', () => {
  it('falls on the dates the almanac gives', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2028)).toBe('2028-04-16');
    expect(easterSunday(2029)).toBe('2029-04-01');
    expect(easterSunday(2030)).toBe('2030-04-21');
    // The extremes of the Gregorian range: 22 March and 25 April.
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });
});

describe('ISO weeks', () => {
  it('finds the Monday of a week number, also when week 1 starts in December', () => {
    expect(isoWeekMonday(2026, 40)).toBe('2026-09-28');
    expect(isoWeekMonday(2026, 41)).toBe('2026-10-05');
    expect(isoWeekMonday(2027, 8)).toBe('2027-02-22');
    expect(isoWeekMonday(2027, 9)).toBe('2027-03-01');
    expect(isoWeekMonday(2025, 1)).toBe('2024-12-30');
    expect(isoWeekMonday(2026, 53)).toBe('2026-12-28'); // 2026 has 53 weeks
  });

  it('gives the week of a date, and its week-year', () => {
    expect(isoWeekOf('2026-10-01')).toEqual({ year: 2026, week: 40 });
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf('2027-02-26')).toEqual({ year: 2027, week: 8 });
  });

  it('knows a Monday-to-Friday week holiday by its week number', () => {
    expect(weekOfHoliday(weekBreak('autumn', 2026, 41))).toBe(41);
    expect(weekOfHoliday({ from: '2026-09-28', to: '2026-10-04' })).toBeUndefined();
    expect(weekOfHoliday({ from: '2026-09-29', to: '2026-10-03' })).toBeUndefined();
  });
});

describe('the suggested breaks of a school year', () => {
  it('runs August to July', () => {
    expect(schoolYearOf('2026-08-01')).toBe(2026);
    expect(schoolYearOf('2026-12-02')).toBe(2026);
    expect(schoolYearOf('2027-06-20')).toBe(2026);
    expect(schoolYearOf('2027-07-31')).toBe(2026);
  });

  it('offers autumn in week 40, Christmas, winter in week 8 and Easter from Holy Week to Easter Monday', () => {
    expect(suggestedBreaks(2026)).toEqual([
      { id: 'autumn-2026', kind: 'autumn', from: '2026-09-28', to: '2026-10-02' },
      // 21 December 2026 is a Monday: the whole week is off; 1 January 2027 is a Friday.
      { id: 'christmas-2026', kind: 'christmas', from: '2026-12-21', to: '2027-01-01' },
      { id: 'winter-2026', kind: 'winter', from: '2027-02-22', to: '2027-02-26' },
      // Easter Sunday 2027 is 28 March.
      { id: 'easter-2026', kind: 'easter', from: '2027-03-22', to: '2027-03-29' },
    ]);
    const y25 = suggestedBreaks(2025);
    // 2 January 2026 is a Friday: no single school day is left before the weekend.
    expect(y25[1]).toMatchObject({ from: '2025-12-22', to: '2026-01-02' });
    expect(y25[3]).toMatchObject({ from: '2026-03-30', to: '2026-04-06' });
    expect(suggestedBreaks(2027)[3]).toMatchObject({ from: '2028-04-10', to: '2028-04-17' });
  });

  it('moves a week break to another week', () => {
    expect(weekBreak('autumn', 2026, 41)).toEqual({
      id: 'autumn-2026',
      kind: 'autumn',
      from: '2026-10-05',
      to: '2026-10-09',
    });
    expect(weekBreak('winter', 2026, 9)).toMatchObject({ from: '2027-03-01', to: '2027-03-05' });
  });
});

describe('a class’s holidays', () => {
  it('refuses dates that are missing, reversed or longer than ten weeks', () => {
    expect(holidayProblem('', '2026-10-02')).toBe('badDate');
    expect(holidayProblem('2026-02-30', '2026-03-02')).toBe('badDate');
    expect(holidayProblem('2026-10-02', '2026-09-28')).toBe('endBeforeStart');
    expect(holidayProblem('2026-06-19', '2026-08-28')).toBe('tooLong');
    expect(holidayProblem('2026-06-19', '2026-08-27')).toBeNull(); // exactly 70 days
    expect(holidayProblem('2026-11-13', '2026-11-13')).toBeNull();
  });

  it('normalises on read: broken entries are left out, a duplicate id kept once, sorted by date', () => {
    const raw = {
      periods: [
        { id: 'b', kind: 'own', from: '2026-11-13', to: '2026-11-13', name: '  Planleggingsdag ' },
        { id: 'a', kind: 'autumn', from: '2026-09-28', to: '2026-10-02' },
        { id: 'a', kind: 'autumn', from: '2026-10-05', to: '2026-10-09' },
        { id: 'x', kind: 'summer', from: '2026-06-20', to: '2026-06-30' },
        { id: 'y', kind: 'own', from: '2026-10-09', to: '2026-10-01' },
        null,
        'text',
      ],
      dismissed: ['winter-2026', 7, 'winter-2026'],
    };
    expect(normalizeHolidays(raw)).toEqual({
      periods: [
        { id: 'a', kind: 'autumn', from: '2026-09-28', to: '2026-10-02' },
        { id: 'b', kind: 'own', from: '2026-11-13', to: '2026-11-13', name: 'Planleggingsdag' },
      ],
      dismissed: ['winter-2026'],
    });
    expect(normalizeHolidays(undefined)).toEqual({ periods: [], dismissed: [] });
    expect(normalizeHolidays('nonsense')).toEqual({ periods: [], dismissed: [] });
  });

  it('confirms, removes (a suggestion is remembered as removed) and offers a suggestion again', () => {
    const autumn = suggestedBreaks(2026)[0]!;
    let list = withHoliday({ periods: [], dismissed: ['autumn-2026'] }, autumn);
    expect(list).toEqual({ periods: [autumn], dismissed: [] });
    list = withHoliday(list, { ...autumn, from: '2026-10-05', to: '2026-10-09' });
    expect(list.periods).toEqual([{ ...autumn, from: '2026-10-05', to: '2026-10-09' }]);
    list = withoutHoliday(list, autumn.id, 'autumn');
    expect(list).toEqual({ periods: [], dismissed: ['autumn-2026'] });
    expect(withSuggestionBack(list, 'autumn-2026')).toEqual({ periods: [], dismissed: [] });
    const own = { id: 'o1', kind: 'own' as const, from: '2026-11-13', to: '2026-11-13' };
    expect(withoutHoliday(withHoliday(list, own), 'o1', 'own')).toEqual(list);
  });

  it('finds the holiday of a day and the holidays that touch a period', () => {
    const [autumn, christmas] = suggestedBreaks(2026);
    const periods = [autumn!, christmas!];
    expect(holidayOn(periods, '2026-10-01')?.kind).toBe('autumn');
    expect(holidayOn(periods, '2026-10-03')).toBeUndefined();
    expect(holidayOn(periods, '2027-01-01')?.kind).toBe('christmas');
    expect(holidaysWithin(periods, '2026-10-02', '2026-11-01').map((h) => h.kind)).toEqual(['autumn']);
    expect(holidaysWithin(periods, '2026-10-03', '2026-12-20')).toEqual([]);
  });
});

describe('routines in a holiday', () => {
  const daily: RoutineSchedule = { weekdays: [1, 2, 3, 4, 5], everyOtherWeek: false, anchor: '2026-08-17' };
  const friday: RoutineSchedule = { weekdays: [5], everyOtherWeek: true, anchor: '2026-12-18' };
  const breaks = suggestedBreaks(2026);
  const off = dayOff([breaks[0]!, breaks[1]!]);

  it('plans nothing on a holiday day', () => {
    // Weeks 40 and 41: ten school days, five of them the autumn break.
    expect(dueDates(daily, '2026-09-28', '2026-10-09')).toHaveLength(10);
    expect(dueDates(daily, '2026-09-28', '2026-10-09', off)).toEqual([
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-08',
      '2026-10-09',
    ]);
    const routines = [{ name: 'Runde', active: true, schedule: daily }];
    expect(dueOn(routines, '2026-09-30', off)).toEqual([]);
    expect(dueOn(routines, '2026-10-05', off)).toHaveLength(1);
    expect(todayState({ id: 'r', active: true, schedule: daily }, [], '2026-09-30', off)).toBe('notDue');
  });

  it('"next time" skips the holiday, even one longer than the usual look-ahead', () => {
    expect(nextDue(daily, '2026-09-28', 28, off)).toBe('2026-10-05');
    expect(nextOccasion(daily, '2026-09-25', true, off)).toBe('2026-10-05');
    // Every other Friday from 18 December: 1 January is in the Christmas holiday, 15 January is next.
    expect(nextOccasion(friday, '2026-12-19', false, off)).toBe('2027-01-15');
    // A holiday of ten weeks still leaves the routine a next time.
    const summer = dayOff([{ id: 's', kind: 'own', from: '2027-06-19', to: '2027-08-27' }]);
    expect(nextDue(daily, '2027-06-19', 28, summer)).toBe('2027-08-30');
  });

  it('a routine’s planned count over a period with a holiday leaves the holiday out; a run held in it is extra', () => {
    const runs: RoutineRun[] = ['2026-09-25', '2026-10-01', '2026-10-05'].map((date, i) => ({
      id: `run-${i}`,
      classId: 'c',
      routineId: 'r',
      date,
      status: 'done',
      note: '',
      createdAt: i,
      updatedAt: i,
    }));
    const routine = { id: 'r', schedule: daily };
    // 21 September to 9 October: fifteen school days, five of them the autumn break.
    expect(keptSummary(routine, runs, '2026-09-21', '2026-10-09')).toMatchObject({ planned: 15, extra: 0 });
    expect(keptSummary(routine, runs, '2026-09-21', '2026-10-09', { off })).toMatchObject({
      planned: 10,
      done: 3,
      extra: 1,
      open: 8,
    });
  });
});
