// @vitest-environment node
// Chart aggregation: only approved recognitions count, edges of a period, focus vs others, adults vs
// pupils, one pupil's examples, and who has not been noticed (archived pupils left out).
import { afterAll, describe, expect, it } from 'vitest';
import {
  classOverview,
  evenness,
  evennessBand,
  inPeriod,
  nobodyLeftOut,
  pupilStrengths,
} from '../../src/domain/charts';
import { checkInSeries, checkInValue } from '../../src/domain/check-in-series';
import type { Period } from '../../src/domain/periods';
import type {
  CheckIn,
  DreamItem,
  FocusStrength,
  NoticedBy,
  Pupil,
  Recognition,
} from '../../src/domain/types';

// Set before the describe blocks below run their setup code (they build data at collection time).
const originalTz = process.env.TZ;
process.env.TZ = 'Europe/Oslo';
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

let seq = 0;
function rec(p: Partial<Recognition> & { at: string }): Recognition {
  const t = Date.parse(p.at);
  seq++;
  return {
    id: `r${seq}`,
    classId: 'c1',
    pupilId: 'p1',
    strengthId: 'care',
    text: `seen ${seq}`,
    noticedBy: { kind: 'teacher' } as NoticedBy,
    source: 'teacher',
    status: 'approved',
    createdAt: t,
    updatedAt: t,
    ...p,
  };
}
function pupil(id: string, name: string, archived: 0 | 1 = 0): Pupil {
  return { id, classId: 'c1', name, archived, createdAt: 0, updatedAt: 0 };
}

const NOVEMBER: Period = { kind: 'month', start: '2026-11-01', end: '2026-11-30' };

describe('only approved recognitions count', () => {
  it('waiting and declined never count, in any chart', () => {
    const recs = [
      rec({ at: '2026-11-10T10:00:00+01:00' }),
      rec({ at: '2026-11-10T10:00:00+01:00', status: 'waiting' }),
      rec({ at: '2026-11-10T10:00:00+01:00', status: 'declined' }),
    ];
    expect(inPeriod(recs, NOVEMBER)).toHaveLength(1);
    expect(classOverview({ period: NOVEMBER, recognitions: recs, focus: [] }).total).toBe(1);
    expect(pupilStrengths({ period: NOVEMBER, pupilId: 'p1', recognitions: recs }).total).toBe(1);
    expect(nobodyLeftOut({ period: NOVEMBER, pupils: [pupil('p1', 'Ola')], recognitions: recs }).total).toBe(
      1,
    );
  });

  it('the period includes its first and last local day and nothing outside', () => {
    const recs = [
      rec({ at: '2026-10-31T23:59:59+01:00' }),
      rec({ at: '2026-11-01T00:00:00+01:00' }),
      rec({ at: '2026-11-30T23:59:59+01:00' }),
      rec({ at: '2026-12-01T00:00:00+01:00' }),
    ];
    expect(inPeriod(recs, NOVEMBER).map((r) => r.id)).toEqual([recs[1]!.id, recs[2]!.id]);
  });
});

describe('class overview', () => {
  const focus: FocusStrength[] = [
    {
      id: 'f1',
      classId: 'c1',
      strengthIds: ['cooperation'],
      period: 'week',
      start: '2026-11-09',
      end: '2026-11-15',
      createdAt: 0,
      updatedAt: 0,
    },
  ];
  const recs = [
    rec({ at: '2026-11-03T09:00:00+01:00', strengthId: 'cooperation' }),
    rec({
      at: '2026-11-10T09:00:00+01:00',
      strengthId: 'cooperation',
      noticedBy: { kind: 'pupil', pupilId: 'p2' },
    }),
    rec({
      at: '2026-11-11T09:00:00+01:00',
      strengthId: 'cooperation',
      noticedBy: { kind: 'adult', name: 'Per' },
    }),
    rec({ at: '2026-11-12T09:00:00+01:00', strengthId: 'care', noticedBy: { kind: 'classmate' } }),
    rec({ at: '2026-11-12T09:00:00+01:00', strengthId: 'care', pupilId: undefined }),
  ];
  const o = classOverview({ period: NOVEMBER, recognitions: recs, focus });

  it('counts strengths, most first, and whole-class recognitions', () => {
    expect(o.total).toBe(5);
    expect(o.byStrength).toEqual([
      { strengthId: 'cooperation', count: 3 },
      { strengthId: 'care', count: 2 },
    ]);
    expect(o.wholeClass).toBe(1);
  });

  it('puts each recognition in its week, per strength', () => {
    expect(o.overTime.map((b) => b.bucket.start)).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
    expect(o.overTime[1]!.counts).toEqual({ cooperation: 1 });
    expect(o.overTime[2]!.counts).toEqual({ cooperation: 2, care: 2 });
    expect(o.overTime.reduce((a, b) => a + b.total, 0)).toBe(5);
  });

  it('counts the focus strength only while it was the focus', () => {
    // Cooperation on 3 November was before its focus week: it counts as "other".
    expect(o.focus.focus).toBe(2);
    expect(o.focus.other).toBe(3);
    expect(o.focus.strengthIds).toEqual(['cooperation']);
    expect(o.focus.overTime[2]!.counts).toEqual({ focus: 2, other: 2 });
  });

  it('leaves out a focus that has not started yet', () => {
    const next: FocusStrength = {
      ...focus[0]!,
      id: 'f2',
      strengthIds: ['courage'],
      start: '2026-11-23',
      end: '2026-11-29',
    };
    const before = classOverview({
      period: NOVEMBER,
      recognitions: recs,
      focus: [...focus, next],
      now: Date.parse('2026-11-20T12:00:00+01:00'),
    });
    expect(before.focus.strengthIds).toEqual(['cooperation']);
    const during = classOverview({
      period: NOVEMBER,
      recognitions: recs,
      focus: [...focus, next],
      now: Date.parse('2026-11-24T12:00:00+01:00'),
    });
    expect(during.focus.strengthIds).toEqual(['cooperation', 'courage']);
  });

  it('splits adults (teacher, named adult) from pupils (pupil, erased classmate)', () => {
    expect(o.noticers.adults).toBe(3);
    expect(o.noticers.pupils).toBe(2);
  });

  it('an empty period gives empty weeks, not an error', () => {
    const empty = classOverview({ period: NOVEMBER, recognitions: [], focus: [] });
    expect(empty.total).toBe(0);
    expect(empty.byStrength).toEqual([]);
    expect(empty.overTime.every((b) => b.total === 0)).toBe(true);
  });
});

describe('one pupil', () => {
  it('groups the examples behind each strength, newest first, and leaves other pupils out', () => {
    const recs = [
      rec({ at: '2026-11-02T09:00:00+01:00', strengthId: 'care', text: 'old' }),
      rec({ at: '2026-11-20T09:00:00+01:00', strengthId: 'care', text: 'new' }),
      rec({ at: '2026-11-05T09:00:00+01:00', strengthId: 'courage' }),
      rec({ at: '2026-11-05T09:00:00+01:00', strengthId: 'courage', pupilId: 'p2' }),
    ];
    const r = pupilStrengths({ period: NOVEMBER, pupilId: 'p1', recognitions: recs });
    expect(r.total).toBe(3);
    expect(r.strengths.map((s) => [s.strengthId, s.count])).toEqual([
      ['care', 2],
      ['courage', 1],
    ]);
    expect(r.strengths[0]!.examples.map((e) => e.text)).toEqual(['new', 'old']);
  });
});

describe('nobody left out', () => {
  const pupils = [
    pupil('a', 'Amina'),
    pupil('b', 'Bo'),
    pupil('c', 'Carl'),
    pupil('d', 'Dina'),
    pupil('z', 'Zara', 1),
  ];
  const at = '2026-11-10T09:00:00+01:00';
  const recs = [
    ...Array.from({ length: 4 }, () => rec({ at, pupilId: 'a' })),
    rec({ at, pupilId: 'b' }),
    rec({ at, pupilId: 'b' }),
    rec({ at: '2026-11-12T09:00:00+01:00', pupilId: 'c' }),
    rec({ at, pupilId: 'z' }),
    rec({ at, pupilId: undefined }),
    rec({ at, pupilId: 'd', status: 'waiting' }),
  ];
  const r = nobodyLeftOut({ period: NOVEMBER, pupils, recognitions: recs, fewestLimit: 1 });

  it('names the active pupils not noticed yet (a waiting recognition does not count)', () => {
    expect(r.pupils).toBe(4);
    expect(r.noticed).toBe(3);
    expect(r.notYet.map((s) => s.pupil.name)).toEqual(['Dina']);
  });

  it('leaves archived pupils and whole-class recognitions out', () => {
    expect(r.total).toBe(7);
    expect([...r.notYet, ...r.fewest].some((s) => s.pupil.id === 'z')).toBe(false);
  });

  it('lists the fewest-noticed with when they were last noticed', () => {
    expect(r.fewest.map((s) => [s.pupil.name, s.count])).toEqual([['Carl', 1]]);
    expect(r.fewest[0]!.last).toBe(Date.parse('2026-11-12T09:00:00+01:00'));
  });

  it('keeps "fewest" short when many tie: the ones noticed longest ago first', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...pupils[0]!, id: `p${i}`, name: `P${i}` }));
    const recsMany = [
      ...many.map((p, i) =>
        rec({ at: `2026-11-${String(20 - i).padStart(2, '0')}T09:00:00+01:00`, pupilId: p.id }),
      ),
      rec({ at, pupilId: 'p0' }),
    ];
    const t = nobodyLeftOut({ period: NOVEMBER, pupils: many, recognitions: recsMany });
    // Eleven children were noticed once, one twice: five of the eleven, longest ago first.
    expect(t.fewest.map((s) => s.pupil.name)).toEqual(['P11', 'P10', 'P9', 'P8', 'P7']);
  });

  it('has no "fewest" when everyone noticed was noticed equally often', () => {
    const same = nobodyLeftOut({
      period: NOVEMBER,
      pupils: pupils.slice(0, 2),
      recognitions: [rec({ at, pupilId: 'a' }), rec({ at, pupilId: 'b' })],
    });
    expect(same.fewest).toEqual([]);
    expect(same.evenness).toBe(1);
  });

  it('counts children per number of times noticed, without names', () => {
    expect(r.histogram.slice(0, 5).map((h) => h.children)).toEqual([1, 1, 1, 0, 1]);
    expect(r.histogram.at(-1)).toMatchObject({ times: 5, orMore: true });
  });
});

describe('evenness', () => {
  it('is 1 when everyone is noticed equally, low when one child gets it all', () => {
    expect(evenness([3, 3, 3, 3])).toBe(1);
    expect(evenness([0, 0, 0, 12])).toBeCloseTo(0.25);
    expect(evenness([])).toBe(1);
    expect(evenness([0, 0])).toBe(1);
    // Few recognitions, each to a different child: as even as it can be, not "uneven".
    expect(evenness([1, 1, 1, 0, 0, 0, 0, 0, 0, 0])).toBeCloseTo(1);
    expect(evenness([3, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBeLessThan(0.5);
    expect(evennessBand(0.9)).toBe('even');
    expect(evennessBand(0.7)).toBe('fairly');
    expect(evennessBand(0.25)).toBe('uneven');
  });
});

describe('check-in series', () => {
  const goals: DreamItem[] = [
    { id: 'g2', classId: 'c1', kind: 'subgoal', text: 'Second', order: 1, createdAt: 0, updatedAt: 0 },
    {
      id: 'g1',
      classId: 'c1',
      kind: 'subgoal',
      text: 'First',
      order: 0,
      active: true,
      createdAt: 0,
      updatedAt: 0,
    },
    { id: 'g3', classId: 'c1', kind: 'subgoal', text: 'None yet', order: 2, createdAt: 0, updatedAt: 0 },
  ];
  const ci = (
    id: string,
    subgoalId: string,
    date: string,
    counts: CheckIn['counts'],
    classValue?: number,
  ): CheckIn => ({
    id,
    classId: 'c1',
    subgoalId,
    date,
    counts,
    classValue,
    answers: { ledTheWay: '', liked: '', nextStep: '' },
    createdAt: 0,
    updatedAt: 0,
  });

  it('a check-in is the mean placement, or the agreed value; empty ones are skipped', () => {
    expect(checkInValue({ counts: [0, 0, 10, 10, 0] })).toBe(3.5);
    expect(checkInValue({ counts: [0, 0, 0, 0, 0], classValue: 4 })).toBe(4);
    expect(checkInValue({ counts: [0, 0, 0, 0, 0] })).toBeNull();
  });

  it('one series per sub-goal in roadmap order, points by date, inside the period', () => {
    const s = checkInSeries({
      period: NOVEMBER,
      subgoals: goals,
      checkIns: [
        ci('x3', 'g1', '2026-11-20', [0, 0, 0, 5, 5]),
        ci('x1', 'g1', '2026-11-06', [2, 8, 0, 0, 0]),
        ci('x2', 'g2', '2026-11-27', [0, 0, 0, 0, 0], 3),
        ci('x0', 'g1', '2026-10-30', [0, 0, 0, 0, 1]),
      ],
    });
    expect(s.map((x) => x.text)).toEqual(['First', 'Second']);
    expect(s[0]!.points.map((p) => [p.date, p.value, p.placed])).toEqual([
      ['2026-11-06', 1.8, 10],
      ['2026-11-20', 4.5, 10],
    ]);
    expect(s[1]!.points[0]).toMatchObject({ value: 3, agreed: true, placed: 0 });
  });
});
