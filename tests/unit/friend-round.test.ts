// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ceremonyOrder, giftsFor, periodProblem } from '../../src/domain/friend-round';
import { fnv1a } from '../../src/domain/hash';
import type { Recognition } from '../../src/domain/types';

const rec = (over: Partial<Recognition>): Recognition => ({
  id: crypto.randomUUID(),
  classId: 'c',
  pupilId: 'b',
  strengthId: 's',
  text: 't',
  noticedBy: { kind: 'pupil', pupilId: 'a' },
  source: 'pupil',
  status: 'approved',
  roundId: 'r1',
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

describe('secret-friend round', () => {
  it('checks the period: one day up to two weeks', () => {
    expect(periodProblem('2026-11-23', '2026-11-23')).toBeNull();
    expect(periodProblem('2026-11-23', '2026-12-06')).toBeNull();
    expect(periodProblem('2026-11-23', '2026-12-07')).toBe('tooLong');
    expect(periodProblem('2026-11-23', '2026-11-22')).toBe('endBeforeStart');
    expect(periodProblem('', '2026-11-22')).toBe('badDate');
  });

  it("a gift is an approved, tagged recognition written by the receiver's secret friend", () => {
    const round = { id: 'r1', draws: { a: 'b', b: 'c', c: 'a' } };
    const gifts = giftsFor(round, [
      rec({ text: 'gift' }),
      rec({ text: 'waiting', status: 'waiting' }),
      rec({ text: 'other round', roundId: 'r2' }),
      rec({ text: 'not the friend', noticedBy: { kind: 'pupil', pupilId: 'c' } }),
      rec({ text: 'teacher', noticedBy: { kind: 'teacher' } }),
      rec({ text: 'for c', pupilId: 'c', noticedBy: { kind: 'pupil', pupilId: 'b' } }),
    ]);
    expect(gifts.b!.map((r) => r.text)).toEqual(['gift']);
    expect(gifts.c!.map((r) => r.text)).toEqual(['for c']);
    expect(gifts.a).toEqual([]);
  });

  it('the ceremony shows every child exactly once, in a stable order', () => {
    for (let n = 2; n <= 40; n++) {
      const ids = Array.from({ length: n }, (_, i) => `p${i}`);
      const draws = Object.fromEntries(ids.map((id, i) => [id, ids[(i + 1) % n]!]));
      const round = { id: `round-${n}`, draws };
      const order = ceremonyOrder(round);
      expect(order).toHaveLength(n);
      expect(new Set(order)).toEqual(new Set(ids));
      expect(ceremonyOrder(round)).toEqual(order);
    }
    expect(fnv1a('a')).not.toBe(fnv1a('b'));
  });
});
