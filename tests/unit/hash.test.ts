// @vitest-environment node
// The one string hash: FNV-1a (the published test vectors), and the spread variant the board's
// rotation orders by (its values pinned, so a saved rotation keeps its order across versions).
import { describe, expect, it } from 'vitest';
import { fnv1a, seededRandom, spreadHash } from '../../src/domain/hash';

// Computed with the board rotation's hash as it stood before the fold (src/domain/rotation.ts).
const PINNED = [2343864211, 3963905340];

describe('hash', () => {
  it('FNV-1a, 32 bit', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('the spread hash differs for near inputs and stays the same across versions', () => {
    expect(spreadHash('p1:7')).not.toBe(spreadHash('p1:8'));
    expect([spreadHash('p1:7'), spreadHash('p1:8')]).toEqual(PINNED);
  });

  it('the seeded random source repeats for a seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});
