// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keptSummary, runOn, todayState } from '../../src/domain/routine-log';
import type { RoutineRun, RoutineSchedule } from '../../src/domain/types';

const schedule: RoutineSchedule = { weekdays: [1, 3, 5], everyOtherWeek: false, anchor: '2026-11-02' };
const routine = { id: 'r1', schedule, active: true };
let t = 0;
const run = (date: string, status: 'done' | 'skipped', routineId = 'r1'): RoutineRun => ({
  id: `${routineId}-${date}-${t}`,
  classId: 'c',
  routineId,
  date,
  status,
  note: '',
  createdAt: ++t,
  updatedAt: t,
});

describe('routine run log', () => {
  it("gives today's state: due, done, skipped or not due", () => {
    expect(todayState(routine, [], '2026-11-23')).toBe('due');
    expect(todayState(routine, [], '2026-11-24')).toBe('notDue');
    expect(todayState(routine, [run('2026-11-23', 'done')], '2026-11-23')).toBe('done');
    expect(todayState(routine, [run('2026-11-23', 'skipped')], '2026-11-23')).toBe('skipped');
    expect(todayState({ ...routine, active: false }, [], '2026-11-23')).toBe('notDue');
  });

  it('the newest log of a day wins', () => {
    const runs = [run('2026-11-23', 'skipped'), run('2026-11-23', 'done')];
    expect(runOn(runs, 'r1', '2026-11-23')?.status).toBe('done');
    expect(keptSummary(routine, runs, '2026-11-23', '2026-11-23')).toMatchObject({ done: 1, skipped: 0 });
  });

  it('summarises two weeks: planned, done, skipped, extra days and days with nothing logged', () => {
    const runs = [
      run('2026-11-09', 'done'),
      run('2026-11-11', 'skipped'),
      run('2026-11-13', 'done'),
      run('2026-11-14', 'done'), // a Saturday: held on an extra day
      run('2026-11-16', 'done'),
      run('2026-11-16', 'done', 'other'),
      run('2026-10-30', 'done'), // before the period
    ];
    expect(keptSummary(routine, runs, '2026-11-09', '2026-11-22')).toEqual({
      routineId: 'r1',
      planned: 6,
      done: 4,
      skipped: 1,
      extra: 1,
      open: 2,
      lastDone: '2026-11-16',
    });
  });

  it('does not count today as planned until something is logged for it (the day is not over)', () => {
    // Monday 23 Nov is due; Friday 20 Nov was done.
    const earlier = [run('2026-11-20', 'done')];
    expect(keptSummary(routine, earlier, '2026-11-20', '2026-11-23', { today: '2026-11-23' })).toMatchObject({
      planned: 1,
      done: 1,
      open: 0,
    });
    const withToday = [...earlier, run('2026-11-23', 'done')];
    expect(
      keptSummary(routine, withToday, '2026-11-20', '2026-11-23', { today: '2026-11-23' }),
    ).toMatchObject({ planned: 2, done: 2, open: 0 });
    // Without `today`, a due day counts as planned (a past period).
    expect(keptSummary(routine, earlier, '2026-11-20', '2026-11-23')).toMatchObject({ planned: 2, open: 1 });
  });
});
