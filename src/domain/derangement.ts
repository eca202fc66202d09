// Secret-friend draws: a seeded random derangement (nobody draws themselves), and the small
// changes a running round needs when a pupil is left out or added back. Pure and deterministic.
import { seededRandom } from './hash';

/** giver id -> receiver id */
export type Draws = Record<string, string>;

export type DrawResult =
  | { ok: true; draws: Draws }
  /** 0 or 1 pupils: there is nobody to draw. */
  | { ok: false; reason: 'tooFew' };

/** Fisher-Yates with the given random source. */
function shuffle<T>(xs: readonly T[], rnd: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/**
 * Draws a derangement of `ids` for the seed. Rejection sampling gives every derangement the same
 * chance (about e ≈ 2.7 tries on average); after 200 misses (practically never) Sattolo's algorithm
 * (one big circle) is used so the function always ends.
 */
export function drawDerangement(ids: readonly string[], seed: number): DrawResult {
  const unique = [...new Set(ids)];
  if (unique.length < 2) return { ok: false, reason: 'tooFew' };
  const rnd = seededRandom(seed);
  for (let attempt = 0; attempt < 200; attempt++) {
    const perm = shuffle(unique, rnd);
    if (perm.every((p, i) => p !== unique[i])) return { ok: true, draws: zip(unique, perm) };
  }
  const a = [...unique];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return { ok: true, draws: zip(unique, a) };
}

function zip(givers: string[], receivers: string[]): Draws {
  const out: Draws = {};
  givers.forEach((g, i) => {
    out[g] = receivers[i]!;
  });
  return out;
}

/** True when every id gives exactly once, receives exactly once, and nobody has themselves. */
export function isDerangement(draws: Draws, ids: readonly string[]): boolean {
  const givers = Object.keys(draws);
  const receivers = Object.values(draws);
  const set = new Set(ids);
  if (givers.length !== set.size || receivers.length !== set.size) return false;
  if (!givers.every((g) => set.has(g)) || new Set(receivers).size !== set.size) return false;
  return givers.every((g) => draws[g] !== g && set.has(draws[g]!));
}

/** Who drew `receiverId` (their secret friend). */
export function giverOf(draws: Draws, receiverId: string): string | undefined {
  return Object.keys(draws).find((g) => draws[g] === receiverId);
}

export type ChangeResult =
  | { ok: true; draws: Draws /** Pupils whose friend changed: they must look again. */; changed: string[] }
  | { ok: false; reason: 'tooFew' | 'notInDraw' | 'alreadyIn' };

/**
 * Leaves a pupil out of a drawn round: the one who drew them takes over their friend instead, so
 * everyone left still gives and receives exactly once. Needs at least 3 pupils before.
 */
export function leaveOut(draws: Draws, id: string): ChangeResult {
  if (!(id in draws)) return { ok: false, reason: 'notInDraw' };
  if (Object.keys(draws).length <= 2) return { ok: false, reason: 'tooFew' };
  const next = { ...draws };
  const receiver = next[id]!;
  const giver = giverOf(next, id)!;
  delete next[id];
  if (giver === receiver) {
    // They were a pair: the pair is broken, so re-link the lone giver into another circle.
    delete next[giver];
    const [g2] = Object.keys(next);
    const r2 = next[g2!]!;
    next[g2!] = giver;
    next[giver] = r2;
    return { ok: true, draws: next, changed: [g2!, giver] };
  }
  next[giver] = receiver;
  return { ok: true, draws: next, changed: [giver] };
}

/**
 * Adds a pupil back (or a new pupil) to a drawn round: one giver, picked with the seed, now draws
 * the newcomer, and the newcomer takes over that giver's old friend. Nobody else changes.
 */
export function addBack(draws: Draws, id: string, seed: number): ChangeResult {
  if (id in draws) return { ok: false, reason: 'alreadyIn' };
  const givers = Object.keys(draws);
  if (givers.length === 0) return { ok: false, reason: 'tooFew' };
  const rnd = seededRandom(seed);
  const giver = givers[Math.floor(rnd() * givers.length)]!;
  const next = { ...draws, [id]: draws[giver]!, [giver]: id };
  return { ok: true, draws: next, changed: [giver] };
}
