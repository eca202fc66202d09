// @vitest-environment node
// The fair rotation (ALLE): everyone once before anyone twice, least-recently-shown recognitions
// first, and a small persisted state that survives reloads. Randomized runs use a seeded PRNG.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/domain/hash';
import {
  currentCard,
  EXTRA_EVERY,
  initialRotation,
  MAX_HISTORY,
  MAX_SEEN,
  nextCard,
  previousCard,
  type RotationDeck,
  type RotationState,
  restoreRotation,
} from '../../src/domain/rotation';

type Pupils = Map<string, { id: string; at: number }[]>;

function deckOf(
  pupils: Pupils,
  extras: RotationDeck['extras'] = [],
  wholeClass: { id: string; at: number }[] = [],
) {
  return {
    pupils: [...pupils]
      .filter(([, r]) => r.length > 0)
      .map(([pupilId, recognitions]) => ({ pupilId, recognitions })),
    wholeClass,
    extras,
  } satisfies RotationDeck;
}

function makeClass(n: number, recs: (i: number) => number): Pupils {
  const m: Pupils = new Map();
  for (let i = 0; i < n; i++)
    m.set(
      `p${i}`,
      Array.from({ length: recs(i) }, (_, j) => ({ id: `p${i}-r${j}`, at: 1000 * j })),
    );
  return m;
}

/** The pupil a pupil card belongs to (ids are "pN-rM" in these tests). */
const pupilOf = (id: string) => id.split('-')[0]!;

function spread(counts: Map<string, number>, who: Iterable<string>): number {
  const xs = [...who].map((p) => counts.get(p) ?? 0);
  return xs.length ? Math.max(...xs) - Math.min(...xs) : 0;
}

describe('fair rotation', () => {
  it('shows every pupil once before anyone twice, at every step of long randomized runs', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rnd = seededRandom(seed);
      const n = 1 + Math.floor(rnd() * 30);
      const pupils = makeClass(n, () => 1 + Math.floor(rnd() * 6));
      const deck = deckOf(pupils, rnd() < 0.5 ? ['focus', 'dream'] : []);
      const counts = new Map<string, number>();
      let s = initialRotation();
      for (let step = 0; step < 2000; step++) {
        s = nextCard(s, deck);
        const card = currentCard(s, deck)!;
        expect(card).not.toBeNull();
        if (card.kind === 'pupil') counts.set(pupilOf(card.id), (counts.get(pupilOf(card.id)) ?? 0) + 1);
        expect(spread(counts, pupils.keys())).toBeLessThanOrEqual(1);
      }
    }
  });

  it('stays fair while pupils and recognitions come and go mid-run', () => {
    for (let seed = 100; seed < 115; seed++) {
      const rnd = seededRandom(seed);
      const pupils = makeClass(12, () => 1 + Math.floor(rnd() * 3));
      let nextPupil = 12;
      let nextRec = 0;
      // Pupils present (with a recognition) since the start, without a break.
      const steady = new Set(pupils.keys());
      const counts = new Map<string, number>();
      let s = initialRotation();
      for (let step = 0; step < 3000; step++) {
        const r = rnd();
        if (r < 0.02) {
          pupils.set(`p${nextPupil++}`, [{ id: `p${nextPupil - 1}-n${nextRec++}`, at: step }]);
        } else if (r < 0.035 && pupils.size > 2) {
          const victim = [...pupils.keys()][Math.floor(rnd() * pupils.size)]!;
          pupils.delete(victim);
          steady.delete(victim);
        } else if (r < 0.06) {
          const p = [...pupils.keys()][Math.floor(rnd() * pupils.size)]!;
          pupils.get(p)!.push({ id: `${p}-n${nextRec++}`, at: step });
        } else if (r < 0.08) {
          const p = [...pupils.keys()][Math.floor(rnd() * pupils.size)]!;
          const list = pupils.get(p)!;
          list.splice(Math.floor(rnd() * list.length), 1);
          if (list.length === 0) steady.delete(p);
        }
        const deck = deckOf(pupils, ['focus']);
        s = nextCard(s, deck);
        const card = currentCard(s, deck)!;
        expect(card).not.toBeNull();
        if (card.kind === 'pupil') {
          const p = pupilOf(card.id);
          expect(pupils.get(p)?.some((x) => x.id === card.id)).toBe(true);
          counts.set(p, (counts.get(p) ?? 0) + 1);
        }
        expect(spread(counts, steady)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('lets a newcomer in during the current round, before anyone has a second extra turn', () => {
    const pupils = makeClass(10, () => 2);
    let s = initialRotation();
    for (let i = 0; i < 13; i++) s = nextCard(s, deckOf(pupils));
    pupils.set('p99', [{ id: 'p99-r0', at: 5 }]);
    const deck = deckOf(pupils);
    const counts = new Map<string, number>();
    for (let i = 0; i < 30; i++) {
      s = nextCard(s, deck);
      const p = pupilOf((currentCard(s, deck) as { id: string }).id);
      if (p === 'p99') break;
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(1);
  });

  it('does not let a pupil archived and restored in the same round have a second turn', () => {
    const pupils = makeClass(5, () => 1);
    let s = initialRotation();
    s = nextCard(s, deckOf(pupils));
    const first = pupilOf((currentCard(s, deckOf(pupils)) as { id: string }).id);
    const saved = pupils.get(first)!;
    pupils.delete(first);
    s = nextCard(s, deckOf(pupils));
    pupils.set(first, saved);
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      s = nextCard(s, deckOf(pupils));
      seen.push(pupilOf((currentCard(s, deckOf(pupils)) as { id: string }).id));
    }
    expect(seen).not.toContain(first);
  });

  it('shows a pupil’s recognitions least recently shown first, newest first among the unshown', () => {
    const pupils = makeClass(3, () => 4);
    const deck = deckOf(pupils);
    let s = initialRotation();
    const byPupil = new Map<string, string[]>();
    for (let i = 0; i < 3 * 8; i++) {
      s = nextCard(s, deck);
      const id = (currentCard(s, deck) as { id: string }).id;
      byPupil.set(pupilOf(id), [...(byPupil.get(pupilOf(id)) ?? []), id]);
    }
    for (const [p, ids] of byPupil) {
      expect(ids.slice(0, 4)).toEqual([`${p}-r3`, `${p}-r2`, `${p}-r1`, `${p}-r0`]);
      expect(ids.slice(4)).toEqual(ids.slice(0, 4));
    }
  });

  it('varies who opens each round, and never shows the same child twice in a row', () => {
    const pupils = makeClass(8, () => 1);
    const deck = deckOf(pupils);
    let s = initialRotation();
    const openers = new Set<string>();
    let last = '';
    for (let round = 0; round < 30; round++) {
      for (let i = 0; i < 8; i++) {
        s = nextCard(s, deck);
        const p = pupilOf((currentCard(s, deck) as { id: string }).id);
        if (i === 0) openers.add(p);
        expect(p).not.toBe(last);
        last = p;
      }
    }
    expect(openers.size).toBeGreaterThanOrEqual(5);
  });

  it('brings in one extra card after every few pupil cards, taking turns', () => {
    const pupils = makeClass(6, () => 1);
    const deck = deckOf(pupils, ['focus', 'dream', 'wholeClass'], [{ id: 'c1', at: 1 }]);
    let s = initialRotation();
    const kinds: string[] = [];
    for (let i = 0; i < 3 * (EXTRA_EVERY + 1); i++) {
      s = nextCard(s, deck);
      kinds.push(currentCard(s, deck)!.kind);
    }
    expect(kinds).toEqual([
      ...Array(EXTRA_EVERY).fill('pupil'),
      'focus',
      ...Array(EXTRA_EVERY).fill('pupil'),
      'dream',
      ...Array(EXTRA_EVERY).fill('pupil'),
      'wholeClass',
    ]);
  });

  it('shows the friendly empty card when nobody has a recognition, taking turns with the dream', () => {
    const deck = deckOf(new Map(), ['focus', 'dream']);
    let s = initialRotation();
    const kinds: string[] = [];
    for (let i = 0; i < 4; i++) {
      s = nextCard(s, deck);
      kinds.push(currentCard(s, deck)!.kind);
    }
    expect(kinds).toEqual(['empty', 'dream', 'empty', 'dream']);
    expect(currentCard(s, deckOf(makeClass(1, () => 1)))).toBeNull();
  });

  it('works with one pupil only', () => {
    const pupils = makeClass(1, () => 2);
    const deck = deckOf(pupils);
    let s = initialRotation();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      s = nextCard(s, deck);
      ids.push((currentCard(s, deck) as { id: string }).id);
    }
    expect(ids).toEqual(['p0-r1', 'p0-r0', 'p0-r1', 'p0-r0']);
  });

  it('drops an erased card at once and steps back and forward through history', () => {
    const pupils = makeClass(4, () => 1);
    let deck = deckOf(pupils);
    let s = initialRotation();
    const shown: string[] = [];
    for (let i = 0; i < 3; i++) {
      s = nextCard(s, deck);
      shown.push((currentCard(s, deck) as { id: string }).id);
    }
    s = previousCard(s, deck);
    expect((currentCard(s, deck) as { id: string }).id).toBe(shown[1]);
    s = previousCard(previousCard(s, deck), deck);
    expect((currentCard(s, deck) as { id: string }).id).toBe(shown[0]);
    s = nextCard(s, deck);
    expect((currentCard(s, deck) as { id: string }).id).toBe(shown[1]);
    // The card on screen is erased: it is no longer current, and "next" skips it.
    pupils.delete(pupilOf(shown[1]!));
    deck = deckOf(pupils);
    expect(currentCard(s, deck)).toBeNull();
    s = nextCard(s, deck);
    expect((currentCard(s, deck) as { id: string }).id).toBe(shown[2]);
  });
});

describe('rotation state persistence', () => {
  it('continues exactly where it was after a JSON round trip (a reload or the next day)', () => {
    const pupils = makeClass(17, (i) => 1 + (i % 4));
    const deck = deckOf(pupils, ['dream']);
    let a = initialRotation();
    let b = initialRotation();
    const counts = new Map<string, number>();
    for (let i = 0; i < 500; i++) {
      a = nextCard(a, deck);
      b = restoreRotation(JSON.parse(JSON.stringify(nextCard(b, deck))));
      expect(currentCard(b, deck)).toEqual(currentCard(a, deck));
      const card = currentCard(b, deck)!;
      if (card.kind === 'pupil') counts.set(pupilOf(card.id), (counts.get(pupilOf(card.id)) ?? 0) + 1);
      expect(spread(counts, pupils.keys())).toBeLessThanOrEqual(1);
    }
  });

  it('stays small and bounded over a long run with many recognitions', () => {
    const pupils = makeClass(30, () => 40);
    const deck = deckOf(pupils, ['focus', 'dream']);
    let s: RotationState = initialRotation();
    for (let i = 0; i < 10_000; i++) s = nextCard(s, deck);
    expect(s.seen.length).toBeLessThanOrEqual(MAX_SEEN);
    expect(s.history.length).toBeLessThanOrEqual(MAX_HISTORY);
    expect(s.round.length).toBeLessThanOrEqual(30);
    expect(JSON.stringify(s).length).toBeLessThan(25_000);
  });

  it('repairs or replaces a damaged stored state instead of breaking the board', () => {
    expect(restoreRotation(null)).toEqual(initialRotation());
    expect(restoreRotation({ v: 2 })).toEqual(initialRotation());
    const repaired = restoreRotation({
      v: 1,
      seq: -4,
      roundNo: 'x',
      round: ['a', 3, 'a', 'b'],
      seen: [['r1', 3], ['bad'], 7],
      history: [{ kind: 'pupil', id: 'r1' }, { kind: 'pupil' }, { kind: 'dream' }, 'x'],
      back: 5,
    });
    expect(repaired).toMatchObject({
      seq: 0,
      roundNo: 0,
      round: ['a', 'b'],
      seen: [['r1', 3]],
      history: [{ kind: 'pupil', id: 'r1' }, { kind: 'dream' }],
      back: 0,
    });
  });
});
