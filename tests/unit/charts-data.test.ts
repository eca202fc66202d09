// The chart queries on a real (fake-indexeddb) database: approved only, period edges, the class's own
// rows only, focus rows that overlap the period, and one pupil's rows (archived pupils too).
import { describe, expect, it } from 'vitest';
import { loadCheckInChartData, loadClassChartData, loadPupilChartData } from '../../src/data/charts';
import { loadDemoClass } from '../../src/data/demo';
import { listPupils, setArchived } from '../../src/data/pupils';
import { classOverview, nobodyLeftOut } from '../../src/domain/charts';
import { periodContaining } from '../../src/domain/periods';
import type { Recognition } from '../../src/domain/types';
import { freshDatabase } from './helpers/db';

const db = freshDatabase();
const NOW = new Date(2026, 10, 23, 12).getTime();
const TERM = periodContaining('term', new Date(NOW));

function rec(
  classId: string,
  pupilId: string | undefined,
  at: number,
  status: Recognition['status'],
): Recognition {
  return {
    id: crypto.randomUUID(),
    classId,
    pupilId,
    strengthId: 's',
    text: 'x',
    noticedBy: { kind: 'teacher' },
    source: 'teacher',
    status,
    createdAt: at,
    updatedAt: at,
  };
}

describe('class chart data', () => {
  it('holds the approved recognitions of this class in the period only', async () => {
    const classId = await loadDemoClass('nb', NOW);
    const [p] = await listPupils(classId);
    await db.current.recognitions.bulkAdd([
      rec(classId, p!.id, new Date(2026, 7, 1).getTime(), 'approved'), // first moment of the term
      rec(classId, p!.id, new Date(2026, 6, 31, 23, 59).getTime(), 'approved'), // July: outside
      rec(classId, p!.id, new Date(2027, 0, 1).getTime(), 'approved'), // next term
      rec('other-class', p!.id, new Date(2026, 9, 1).getTime(), 'approved'),
    ]);
    const data = await loadClassChartData(classId, TERM);
    expect(data.recognitions.every((r) => r.status === 'approved' && r.classId === classId)).toBe(true);
    // 70 approved demo recognitions + the one on 1 August; the 4 waiting ones never come back.
    expect(data.recognitions).toHaveLength(71);
    expect(data.pupils).toHaveLength(25);
    expect(data.focus).toHaveLength(1);
    expect(classOverview({ period: TERM, recognitions: data.recognitions, focus: data.focus }).total).toBe(
      71,
    );
  });

  it('leaves a focus strength that ended before the period out', async () => {
    const classId = await loadDemoClass('nb', NOW);
    const week = periodContaining('week', new Date(2026, 10, 30));
    const data = await loadClassChartData(classId, week);
    expect(data.focus).toHaveLength(0);
  });

  it('counts an archived pupil in the class overview, not in "nobody left out"', async () => {
    const classId = await loadDemoClass('nb', NOW);
    const [p] = await listPupils(classId);
    await setArchived(p!.id, true);
    const data = await loadClassChartData(classId, TERM);
    const o = classOverview({ period: TERM, recognitions: data.recognitions, focus: data.focus });
    expect(o.total).toBe(70);
    const n = nobodyLeftOut({ period: TERM, pupils: data.pupils, recognitions: data.recognitions });
    expect(n.pupils).toBe(24);
    expect(n.notYet.concat(n.fewest).some((s) => s.pupil.id === p!.id)).toBe(false);
  });
});

describe('pupil chart data', () => {
  it('holds one pupil’s approved recognitions, also when the pupil is archived', async () => {
    const classId = await loadDemoClass('nb', NOW);
    const pupils = await listPupils(classId);
    const all = await db.current.recognitions.toArray();
    const target =
      pupils.find((p) => all.some((r) => r.pupilId === p.id && r.status === 'waiting')) ?? pupils[0]!;
    await setArchived(target.id, true);
    const data = await loadPupilChartData(classId, target.id, TERM);
    expect(data.pupil?.id).toBe(target.id);
    const expected = all.filter((r) => r.pupilId === target.id && r.status === 'approved').length;
    expect(data.recognitions).toHaveLength(expected);
    expect(data.recognitions.every((r) => r.status === 'approved')).toBe(true);
  });

  it('does not show a pupil of another class', async () => {
    const classId = await loadDemoClass('nb', NOW);
    const [p] = await listPupils(classId);
    const data = await loadPupilChartData('another', p!.id, TERM);
    expect(data.pupil).toBeNull();
  });
});

describe('check-in chart data', () => {
  it('reads the sub-goals and the check-ins of the period', async () => {
    const classId = await loadDemoClass('nb', NOW);
    const goals = await db.current.dreamItems.where('[classId+kind]').equals([classId, 'subgoal']).toArray();
    const base = {
      classId,
      subgoalId: goals[0]!.id,
      counts: [0, 1, 2, 3, 4] as [number, number, number, number, number],
      answers: { ledTheWay: '', liked: '', nextStep: '' },
      createdAt: 0,
      updatedAt: 0,
    };
    await db.current.checkIns.bulkAdd([
      { ...base, id: 'a', date: '2026-08-01' },
      { ...base, id: 'b', date: '2026-12-31' },
      { ...base, id: 'c', date: '2027-01-01' },
    ]);
    const data = await loadCheckInChartData(classId, TERM);
    expect(data.subgoals).toHaveLength(2);
    // The demo's own two check-ins (in the term) and 'a' and 'b'; 'c' is after the period.
    const ids = data.checkIns.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['a', 'b']));
    expect(ids).not.toContain('c');
    expect(ids).toHaveLength(4);
  });
});
