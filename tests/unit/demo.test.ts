import { describe, expect, it } from 'vitest';
import { listClasses } from '../../src/data/classes';
import { loadDemoClass } from '../../src/data/demo';
import { listPupils } from '../../src/data/pupils';
import { planDemo } from '../../src/domain/demo-data';
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
});
