// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addBack, drawDerangement, giverOf, isDerangement, leaveOut } from '../../src/domain/derangement';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);

describe('drawDerangement', () => {
  it('is a valid derangement for n = 2..40 across many seeds', () => {
    for (let n = 2; n <= 40; n++) {
      for (let seed = 1; seed <= 60; seed++) {
        const r = drawDerangement(ids(n), seed * 7919 + n);
        expect(r.ok, `n=${n} seed=${seed}`).toBe(true);
        if (!r.ok) continue;
        expect(isDerangement(r.draws, ids(n)), `n=${n} seed=${seed}`).toBe(true);
        for (const [g, rcv] of Object.entries(r.draws)) expect(rcv).not.toBe(g);
      }
    }
  });

  it('says there are too few for n = 0 and n = 1', () => {
    expect(drawDerangement([], 1)).toEqual({ ok: false, reason: 'tooFew' });
    expect(drawDerangement(['only'], 1)).toEqual({ ok: false, reason: 'tooFew' });
  });

  it('with two pupils they draw each other', () => {
    const r = drawDerangement(['a', 'b'], 42);
    expect(r).toEqual({ ok: true, draws: { a: 'b', b: 'a' } });
  });

  it('is the same for the same seed and differs across seeds', () => {
    const a = drawDerangement(ids(25), 5);
    expect(drawDerangement(ids(25), 5)).toEqual(a);
    const distinct = new Set(
      Array.from({ length: 20 }, (_, s) => JSON.stringify(drawDerangement(ids(25), s))),
    );
    expect(distinct.size).toBeGreaterThan(15);
  });

  it('gives every receiver to every possible giver over many seeds (no fixed pattern)', () => {
    const seen = new Set<string>();
    for (let s = 0; s < 400; s++) {
      const r = drawDerangement(ids(4), s);
      if (r.ok) seen.add(JSON.stringify(r.draws));
    }
    // Four pupils have exactly nine derangements; all of them turn up.
    expect(seen.size).toBe(9);
  });

  it('ignores duplicate ids', () => {
    const r = drawDerangement(['a', 'b', 'a', 'c'], 3);
    expect(r.ok && isDerangement(r.draws, ['a', 'b', 'c'])).toBe(true);
  });
});

describe('isDerangement', () => {
  it('rejects a self-draw, a missing pupil and a double receiver', () => {
    expect(isDerangement({ a: 'a', b: 'b' }, ['a', 'b'])).toBe(false);
    expect(isDerangement({ a: 'b' }, ['a', 'b'])).toBe(false);
    expect(isDerangement({ a: 'c', b: 'c', c: 'a' }, ['a', 'b', 'c'])).toBe(false);
    expect(isDerangement({ a: 'b', b: 'c', c: 'a' }, ['a', 'b', 'c'])).toBe(true);
  });
});

describe('leaving a pupil out and adding them back', () => {
  it('leaves out one pupil and keeps a valid round; only the giver of that pupil changes', () => {
    for (let n = 3; n <= 30; n++) {
      for (let seed = 0; seed < 10; seed++) {
        const r = drawDerangement(ids(n), seed);
        if (!r.ok) throw new Error('draw');
        const out = `p${seed % n}`;
        const before = r.draws;
        const left = leaveOut(before, out);
        expect(left.ok).toBe(true);
        if (!left.ok) continue;
        const rest = ids(n).filter((x) => x !== out);
        expect(isDerangement(left.draws, rest), `n=${n}`).toBe(true);
        const changed = rest.filter((g) => left.draws[g] !== before[g]);
        expect(changed.sort()).toEqual([...left.changed].sort());
        expect(left.changed.length).toBeLessThanOrEqual(2);
      }
    }
  });

  it('breaks a pair by linking the lone pupil into another circle', () => {
    const draws = { a: 'b', b: 'a', c: 'd', d: 'c' };
    const r = leaveOut(draws, 'b');
    expect(r.ok).toBe(true);
    if (r.ok) expect(isDerangement(r.draws, ['a', 'c', 'd'])).toBe(true);
  });

  it('refuses to leave out when only two remain, and for someone not in the round', () => {
    expect(leaveOut({ a: 'b', b: 'a' }, 'a')).toEqual({ ok: false, reason: 'tooFew' });
    expect(leaveOut({ a: 'b', b: 'a' }, 'z')).toEqual({ ok: false, reason: 'notInDraw' });
  });

  it('adds a pupil back so that exactly one giver changes', () => {
    for (let n = 2; n <= 30; n++) {
      const r = drawDerangement(ids(n), n);
      if (!r.ok) throw new Error('draw');
      const back = addBack(r.draws, 'new', n * 3);
      expect(back.ok).toBe(true);
      if (!back.ok) continue;
      expect(isDerangement(back.draws, [...ids(n), 'new'])).toBe(true);
      expect(back.changed).toHaveLength(1);
      expect(back.draws[back.changed[0]!]).toBe('new');
      expect(giverOf(back.draws, 'new')).toBe(back.changed[0]);
    }
    expect(addBack({ a: 'b', b: 'a' }, 'a', 1)).toEqual({ ok: false, reason: 'alreadyIn' });
  });
});
