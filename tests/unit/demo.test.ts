// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { listClasses } from '../../src/data/classes';
import { loadDemoClass } from '../../src/data/demo';
import { listPupils } from '../../src/data/pupils';
import { isoDate } from '../../src/domain/dates';
import { planDemo } from '../../src/domain/demo-data';
import { keptSummary } from '../../src/domain/routine-log';
import { freshDatabase } from './helpers/db';

const db = freshDatabase();
const NOW = new Date('2026-11-23T12:00:00').getTime();

describe('demo class', () => {
  it('plans 25 pupils, every pupil recognised at least once, some waiting, a dream', () => {
    const plan = planDemo('nb', NOW);
    expect(plan.names).toHaveLength(25);
    const seen = new Set(plan.recognitions.filter((r) => r.status === 'approved').map((r) => r.pupilIndex));
    expect(seen.size).toBe(25);
    expect(plan.recognitions.some((r) => r.status === 'waiting')).toBe(true);
    expect(plan.recognitions.every((r) => r.createdAt <= NOW)).toBe(true);
    expect(plan.recognitions.every((r) => !r.text.includes('{other}'))).toBe(true);
    expect(plan.dream.filter((d) => d.kind === 'dream').length).toBeGreaterThanOrEqual(3);
  });

  it('writes quotations and apostrophes typographically in every language (as the catalogue does)', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const plan = planDemo(lang, NOW);
      const texts = [
        ...plan.recognitions.map((r) => r.text),
        ...plan.dream.map((d) => d.text),
        ...plan.routines.flatMap((r) => r.runs.map((run) => run.note)),
        ...plan.checkIns.flatMap((c) => Object.values(c.answers)),
      ];
      expect(texts.length).toBeGreaterThan(40);
      expect(texts.filter((t) => /["']/.test(t))).toEqual([]);
    }
  });

  it("pupils' waiting words were written in school hours on a weekday, early on a Monday too", () => {
    const monday8 = new Date('2026-11-23T08:05:00').getTime();
    for (const now of [NOW, monday8]) {
      const waiting = planDemo('nb', now).recognitions.filter((r) => r.status === 'waiting');
      for (const r of waiting) {
        const d = new Date(r.createdAt);
        expect(r.createdAt).toBeLessThan(now);
        expect(d.getHours()).toBeGreaterThanOrEqual(8);
        expect(d.getHours()).toBeLessThan(15);
        expect([0, 6]).not.toContain(d.getDay());
      }
    }
  });

  it('loads as its own flagged class, and loading twice does not make a second', async () => {
    const id = await loadDemoClass('en', NOW);
    expect(await loadDemoClass('en', NOW)).toBe(id);
    const classes = await listClasses();
    expect(classes).toHaveLength(1);
    expect(classes[0]!.isDemo).toBe(true);
    expect(await listPupils(id)).toHaveLength(25);
    const recs = await db.current.recognitions.toArray();
    expect(recs.every((r) => r.classId === id)).toBe(true);
    expect(recs.filter((r) => r.status === 'waiting').length).toBe(4);
    expect(await db.current.focusStrengths.count()).toBe(1);
  });

  it('comes with two routines kept for four weeks (today still to do) and check-ins on the active sub-goal', async () => {
    const id = await loadDemoClass('nn', NOW);
    const routines = await db.current.routines.where('classId').equals(id).toArray();
    expect(routines.map((r) => r.name).sort()).toEqual(['Dagens styrkerunde', 'SMART-timen i veka'].sort());
    const runs = await db.current.routineRuns.where('classId').equals(id).toArray();
    // Every run is for a due weekday before today (Monday 23 Nov 2026); the noticing round runs
    // Monday to Friday, so the four weeks from Monday 26 Oct hold 20 of them, and 4 Fridays.
    expect(runs.every((r) => r.date < '2026-11-23' && r.date >= '2026-10-26')).toBe(true);
    const byRoutine = (name: string) => {
      const rid = routines.find((r) => r.name === name)!.id;
      return runs.filter((r) => r.routineId === rid);
    };
    expect(byRoutine('Dagens styrkerunde')).toHaveLength(20);
    expect(byRoutine('SMART-timen i veka')).toHaveLength(4);
    expect(runs.some((r) => r.status === 'skipped' && r.note === 'Tur til museet.')).toBe(true);
    expect(runs.filter((r) => r.status === 'done').length).toBeGreaterThan(20);
    // The routines were "added" when their log starts, so the overview counts every run as kept.
    for (const routine of routines) {
      const since = isoDate(new Date(routine.createdAt));
      expect(since).toBe('2026-10-26');
      const k = keptSummary(routine, runs, since, '2026-11-23');
      expect(k.done + k.skipped).toBe(byRoutine(routine.name).length);
      expect(k.open).toBe(routine.name === 'Dagens styrkerunde' ? 1 : 0); // today's round is still to do
    }
    const subgoal = await db.current.dreamItems.filter((d) => d.kind === 'subgoal' && !!d.active).first();
    const checkIns = await db.current.checkIns.where('classId').equals(id).toArray();
    expect(checkIns).toHaveLength(2);
    expect(checkIns.every((c) => c.subgoalId === subgoal!.id)).toBe(true);
    expect(checkIns.every((c) => c.counts.reduce((a, b) => a + b, 0) === 25)).toBe(true);
  });
});
