// Scaling check-ins over time, pure: for each sub-goal, where the class placed itself on the 1-5
// line at each check-in (the mean of the pupils' placements, or the value the class agreed on).
import type { Period } from './periods';
import type { CheckIn, DreamItem } from './types';

export interface CheckInPoint {
  id: string;
  /** ISO date. */
  date: string;
  /** 1-5, one decimal is meaningful. */
  value: number;
  /** How many placed the class (0 when the class agreed on one value). */
  placed: number;
  counts: [number, number, number, number, number];
  agreed: boolean;
}

export interface CheckInSeries {
  subgoalId: string;
  text: string;
  active: boolean;
  reachedOn?: string;
  points: CheckInPoint[];
}

/** The value of one check-in, or null when it holds nothing to chart. */
export function checkInValue(c: Pick<CheckIn, 'counts' | 'classValue'>): number | null {
  if (typeof c.classValue === 'number' && c.classValue >= 1 && c.classValue <= 5) return c.classValue;
  let n = 0;
  let sum = 0;
  c.counts.forEach((k, i) => {
    const safe = Number.isFinite(k) && k > 0 ? k : 0;
    n += safe;
    sum += safe * (i + 1);
  });
  return n > 0 ? sum / n : null;
}

/** One series per sub-goal that has check-ins in the period; sub-goals in their roadmap order. */
export function checkInSeries(input: {
  period: Period;
  subgoals: readonly DreamItem[];
  checkIns: readonly CheckIn[];
}): CheckInSeries[] {
  const bySubgoal = new Map<string, CheckInPoint[]>();
  for (const c of input.checkIns) {
    if (c.date < input.period.start || c.date > input.period.end) continue;
    const value = checkInValue(c);
    if (value === null) continue;
    const agreed = typeof c.classValue === 'number' && c.classValue >= 1 && c.classValue <= 5;
    const point: CheckInPoint = {
      id: c.id,
      date: c.date,
      value,
      placed: agreed ? 0 : c.counts.reduce((a, b) => a + (b > 0 ? b : 0), 0),
      counts: c.counts,
      agreed,
    };
    const list = bySubgoal.get(c.subgoalId);
    if (list) list.push(point);
    else bySubgoal.set(c.subgoalId, [point]);
  }
  const goals = [...input.subgoals].filter((g) => g.kind === 'subgoal').sort((a, b) => a.order - b.order);
  return goals
    .filter((g) => bySubgoal.has(g.id))
    .map((g) => ({
      subgoalId: g.id,
      text: g.text,
      active: g.active === true,
      reachedOn: g.reachedOn,
      points: bySubgoal.get(g.id)!.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    }));
}
