import { describe, expect, it } from 'vitest';
import {
  addRoutineFromTemplate,
  deleteRoutine,
  listRoutines,
  listRuns,
  logRun,
  routineProblem,
  saveRoutine,
} from '../../src/data/routines';
import { ROUTINE_TEMPLATES } from '../../src/domain/routine-templates';
import { freshDatabase, withClassC1 } from './helpers/db';

freshDatabase();
withClassC1();

describe('routines (data)', () => {
  it('every template is complete in all three languages', () => {
    expect(ROUTINE_TEMPLATES.map((t) => t.key)).toEqual([
      'weeklyLesson',
      'strengthOfWeek',
      'noticingRound',
      'scalingCheckIn',
      'friendRound',
    ]);
    for (const t of ROUTINE_TEMPLATES)
      for (const lang of ['nb', 'nn', 'en'] as const) {
        expect(t.name[lang], `${t.key} ${lang}`).toBeTruthy();
        for (const s of t.steps) expect(s.title[lang] && s.text[lang], `${t.key} ${lang}`).toBeTruthy();
      }
  });

  it('copies a template into a class in the chosen language, editable afterwards', async () => {
    const r = await addRoutineFromTemplate('c1', 'weeklyLesson', 'en', '2026-11-23');
    expect(r.name).toBe('Weekly SMART lesson');
    expect(r.schedule).toMatchObject({ weekdays: [5], time: '13:15', anchor: '2026-11-23' });
    expect(r.steps.some((s) => s.timer?.kind === 'irp')).toBe(true);
    expect(await saveRoutine(r.id, { ...r, name: '  ' })).toBe('nameEmpty');
    expect(await saveRoutine(r.id, { ...r, schedule: { ...r.schedule, time: '25:00' } })).toBe('badTime');
    expect(
      await saveRoutine(r.id, { ...r, name: 'Friday', schedule: { ...r.schedule, weekdays: [5, 1, 5] } }),
    ).toBeNull();
    const [saved] = await listRoutines('c1');
    expect(saved).toMatchObject({ name: 'Friday', schedule: { weekdays: [1, 5] } });
  });

  it('refuses a timer with no time in it', () => {
    expect(
      routineProblem({
        name: 'x',
        schedule: { weekdays: [], everyOtherWeek: false, anchor: '2026-01-01' },
        steps: [{ id: 's', title: '', text: '', timer: { kind: 'irp', seconds: { I: 0, R: 0, P: 0 } } }],
      }),
    ).toBe('badTimer');
  });

  it('logs one state per routine and day; logging again replaces it; deleting the routine deletes its log', async () => {
    const r = await addRoutineFromTemplate('c1', 'noticingRound', 'nb');
    await logRun({ classId: 'c1', routineId: r.id, date: '2026-11-23', status: 'skipped', note: 'Tur' });
    await logRun({ classId: 'c1', routineId: r.id, date: '2026-11-23', status: 'done' });
    await logRun({ classId: 'c1', routineId: r.id, date: '2026-11-24', status: 'done', note: 'Fint' });
    const runs = await listRuns('c1', '2026-11-23', '2026-11-23');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'done', note: 'Tur' });
    expect(await listRuns('c1', '2026-11-01', '2026-11-30')).toHaveLength(2);
    await deleteRoutine(r.id);
    expect(await listRuns('c1', '2026-11-01', '2026-11-30')).toEqual([]);
  });
});
