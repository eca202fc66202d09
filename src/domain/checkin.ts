// Scaling check-ins as plain data: what makes one valid, and where the class placed itself.
import type { CheckIn } from './types';

export type CheckInProblem = 'empty' | 'badValue';

/** A check-in needs placements (whole numbers, at least one) or one class value in 1..5. */
export function checkInProblem(input: Pick<CheckIn, 'counts' | 'classValue'>): CheckInProblem | null {
  if (input.classValue !== undefined)
    return Number.isInteger(input.classValue) && input.classValue >= 1 && input.classValue <= 5
      ? null
      : 'badValue';
  if (input.counts.some((c) => !Number.isInteger(c) || c < 0)) return 'badValue';
  return input.counts.some((c) => c > 0) ? null : 'empty';
}

/** The average placement (1..5) of a check-in, or undefined when nobody placed. */
export function placement(c: Pick<CheckIn, 'counts' | 'classValue'>): number | undefined {
  if (c.classValue !== undefined) return c.classValue;
  const n = c.counts.reduce((a, b) => a + b, 0);
  if (!n) return undefined;
  return c.counts.reduce((a, b, i) => a + b * (i + 1), 0) / n;
}
