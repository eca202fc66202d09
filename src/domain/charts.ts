// Chart numbers, pure: a class's strengths over a period, one pupil's strengths with the examples
// behind them, who has not been noticed yet, and how evenly noticing is spread. Only approved
// recognitions ever count (waiting and declined never do), whatever the caller passes in.
import { type Bucket, bucketIndex, bucketsOf, type Period, periodRange } from './periods';
import type { FocusStrength, NoticedBy, Pupil, Recognition } from './types';

export interface StrengthCount {
  strengthId: string;
  count: number;
}

/** One column of a chart over time: counts per series key. */
export interface BucketCounts {
  bucket: Bucket;
  total: number;
  counts: Record<string, number>;
}

export interface ClassOverview {
  period: Period;
  /** Approved recognitions in the period (the whole class counted as one). */
  total: number;
  /** Recognitions of the whole class rather than one child. */
  wholeClass: number;
  /** Most recognised first; ties by strength id for a stable order. */
  byStrength: StrengthCount[];
  /** Per week (or month) and strength. */
  overTime: BucketCounts[];
  /** Per week: recognitions of the strength that was the focus at the time vs the others. */
  focus: { overTime: BucketCounts[]; focus: number; other: number; strengthIds: string[] };
  /** Per week: noticed by adults (teacher or another adult) vs by pupils. */
  noticers: { overTime: BucketCounts[]; adults: number; pupils: number };
}

export function isApproved(r: Pick<Recognition, 'status'>): boolean {
  return r.status === 'approved';
}

export function noticerKind(n: NoticedBy): 'adults' | 'pupils' {
  return n.kind === 'teacher' || n.kind === 'adult' ? 'adults' : 'pupils';
}

/** The approved recognitions of a period: the one filter every chart goes through. */
export function inPeriod<T extends Pick<Recognition, 'status' | 'createdAt'>>(
  recs: readonly T[],
  p: Period,
): T[] {
  const { from, to } = periodRange(p);
  return recs.filter((r) => isApproved(r) && r.createdAt >= from && r.createdAt < to);
}

function sortCounts(map: Map<string, number>): StrengthCount[] {
  return [...map]
    .map(([strengthId, count]) => ({ strengthId, count }))
    .sort((a, b) => b.count - a.count || (a.strengthId < b.strengthId ? -1 : 1));
}

function emptyBuckets(buckets: Bucket[]): BucketCounts[] {
  return buckets.map((bucket) => ({ bucket, total: 0, counts: {} }));
}

function add(col: BucketCounts, key: string): void {
  col.total++;
  col.counts[key] = (col.counts[key] ?? 0) + 1;
}

/** Focus strengths as ms ranges, for "was this strength the focus when it was noticed?". */
function focusRanges(focus: readonly FocusStrength[]): { from: number; to: number; ids: Set<string> }[] {
  return focus
    .map((f) => periodRange({ kind: 'custom', start: f.start, end: f.end }))
    .map((r, i) => ({ ...r, ids: new Set(focus[i]!.strengthIds) }));
}

/** The class overview. One pass over the period's recognitions: O(n log buckets + focus rows). */
export function classOverview(input: {
  period: Period;
  recognitions: readonly Recognition[];
  focus: readonly FocusStrength[];
  /** Today: a focus that has not started yet is not "focus in the period". */
  now?: number;
}): ClassOverview {
  const recs = inPeriod(input.recognitions, input.period);
  const buckets = bucketsOf(input.period);
  const overTime = emptyBuckets(buckets);
  const focusTime = emptyBuckets(buckets);
  const noticerTime = emptyBuckets(buckets);
  const byStrength = new Map<string, number>();
  const ranges = focusRanges(input.focus);
  let wholeClass = 0;
  let focusN = 0;
  let adults = 0;
  for (const r of recs) {
    byStrength.set(r.strengthId, (byStrength.get(r.strengthId) ?? 0) + 1);
    if (r.pupilId === undefined) wholeClass++;
    const i = bucketIndex(buckets, r.createdAt);
    const isFocus = ranges.some(
      (f) => r.createdAt >= f.from && r.createdAt < f.to && f.ids.has(r.strengthId),
    );
    if (isFocus) focusN++;
    const who = noticerKind(r.noticedBy);
    if (who === 'adults') adults++;
    if (i < 0) continue;
    add(overTime[i]!, r.strengthId);
    add(focusTime[i]!, isFocus ? 'focus' : 'other');
    add(noticerTime[i]!, who);
  }
  const focusIds = new Set<string>();
  const { from, to } = periodRange(input.period);
  const until = Math.min(to, input.now ?? to);
  for (const f of ranges) if (f.from < until && f.to > from) for (const id of f.ids) focusIds.add(id);
  return {
    period: input.period,
    total: recs.length,
    wholeClass,
    byStrength: sortCounts(byStrength),
    overTime,
    focus: { overTime: focusTime, focus: focusN, other: recs.length - focusN, strengthIds: [...focusIds] },
    noticers: { overTime: noticerTime, adults, pupils: recs.length - adults },
  };
}

export interface PupilStrength extends StrengthCount {
  /** Newest first: the concrete actions behind the bar. */
  examples: Recognition[];
}

/** One pupil's strengths in a period, with the examples behind each. */
export function pupilStrengths(input: {
  period: Period;
  pupilId: string;
  recognitions: readonly Recognition[];
}): { total: number; strengths: PupilStrength[] } {
  const recs = inPeriod(input.recognitions, input.period).filter((r) => r.pupilId === input.pupilId);
  const by = new Map<string, Recognition[]>();
  for (const r of recs) {
    const list = by.get(r.strengthId);
    if (list) list.push(r);
    else by.set(r.strengthId, [r]);
  }
  const strengths = [...by]
    .map(([strengthId, examples]) => ({
      strengthId,
      count: examples.length,
      examples: examples.sort((a, b) => b.createdAt - a.createdAt),
    }))
    .sort((a, b) => b.count - a.count || (a.strengthId < b.strengthId ? -1 : 1));
  return { total: recs.length, strengths };
}

export interface NoticedPupil {
  pupil: Pupil;
  count: number;
  /** ms of the newest recognition in the period, if any. */
  last?: number;
}

export interface NobodyLeftOut {
  /** Active pupils only: archived pupils have left the class. */
  pupils: number;
  /** Pupils noticed at least once. */
  noticed: number;
  /** Not noticed at all in the period, by name. */
  notYet: NoticedPupil[];
  /** Noticed, but least often: the lowest counts, up to `fewestLimit` children (ties included). */
  fewest: NoticedPupil[];
  /** How many children were noticed 0, 1, 2, ... times (last bin is "this many or more"). */
  histogram: { times: number; orMore: boolean; children: number }[];
  /** 0-1, see `evenness`: 1 = as even as the number of recognitions allows. */
  evenness: number;
  /** Recognitions of individual active pupils in the period. */
  total: number;
}

/** Who has not been noticed (teacher only). Whole-class recognitions do not count for a child. */
export function nobodyLeftOut(input: {
  period: Period;
  pupils: readonly Pupil[];
  recognitions: readonly Recognition[];
  fewestLimit?: number;
  histogramBins?: number;
}): NobodyLeftOut {
  const active = input.pupils.filter((p) => p.archived === 0);
  const stats = new Map<string, NoticedPupil>(active.map((p) => [p.id, { pupil: p, count: 0 }]));
  let total = 0;
  for (const r of inPeriod(input.recognitions, input.period)) {
    const s = r.pupilId === undefined ? undefined : stats.get(r.pupilId);
    if (!s) continue;
    s.count++;
    total++;
    if (s.last === undefined || r.createdAt > s.last) s.last = r.createdAt;
  }
  const byName = (a: NoticedPupil, b: NoticedPupil) => a.pupil.name.localeCompare(b.pupil.name, 'nb');
  const all = [...stats.values()];
  const notYet = all.filter((s) => s.count === 0).sort(byName);
  // Fewest first; among equals, the one noticed longest ago first.
  const seen = all
    .filter((s) => s.count > 0)
    .sort((a, b) => a.count - b.count || (a.last ?? 0) - (b.last ?? 0) || byName(a, b));
  const limit = input.fewestLimit ?? 5;
  // Only when some children are seen more often than others is "fewest" a meaningful invitation,
  // and it stays a short list (at most `limit`) even when many children tie.
  const least = seen[0]?.count ?? 0;
  const most = seen[seen.length - 1]?.count ?? 0;
  const fewest = least < most ? seen.filter((s) => s.count < most).slice(0, limit) : [];
  const bins = input.histogramBins ?? 6;
  const histogram = Array.from({ length: bins }, (_, times) => ({
    times,
    orMore: times === bins - 1,
    children: 0,
  }));
  for (const s of all) histogram[Math.min(s.count, bins - 1)]!.children++;
  return {
    pupils: active.length,
    noticed: seen.length,
    notYet,
    fewest,
    histogram,
    evenness: evenness(all.map((s) => s.count)),
    total,
  };
}

/** 1 - Gini of the counts, relative to the most even spread the same number of recognitions allows:
 * 1 when noticing is as even as it can be, near 0 when one child gets everything. Early in a week,
 * 3 recognitions for 25 children are "as even as possible" when they went to 3 different children.
 * No recognitions at all counts as even (nobody is ahead). */
export function evenness(counts: readonly number[]): number {
  const n = counts.length;
  const sum = counts.reduce((a, b) => a + b, 0);
  if (n === 0 || sum === 0) return 1;
  const base = Math.floor(sum / n);
  const extra = sum - base * n;
  const ideal = Array.from({ length: n }, (_, i) => (i < extra ? base + 1 : base));
  const best = 1 - gini(ideal, sum);
  return best <= 0 ? 1 : Math.max(0, Math.min(1, (1 - gini(counts, sum)) / best));
}

function gini(counts: readonly number[], sum: number): number {
  const n = counts.length;
  const sorted = [...counts].sort((a, b) => a - b);
  let weighted = 0;
  sorted.forEach((c, i) => {
    weighted += (2 * (i + 1) - n - 1) * c;
  });
  return weighted / (n * sum);
}

export type EvennessBand = 'even' | 'fairly' | 'uneven';

/** Words instead of a number: the teacher gets a gentle nudge, not a score. */
export function evennessBand(e: number): EvennessBand {
  if (e >= 0.8) return 'even';
  if (e >= 0.6) return 'fairly';
  return 'uneven';
}
