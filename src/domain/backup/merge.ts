// The merge rule, pure: records are matched by their UUID (settings by key); the newer `updatedAt`
// wins; on a tie the record already on this device stays, so importing the same file twice
// changes nothing.

export type MergeDecision = 'add' | 'update' | 'keep';

export function decide(existingUpdatedAt: number | undefined, incomingUpdatedAt: number): MergeDecision {
  if (existingUpdatedAt === undefined) return 'add';
  return incomingUpdatedAt > existingUpdatedAt ? 'update' : 'keep';
}

export interface MergeCount {
  added: number;
  updated: number;
  kept: number;
}

/** Splits incoming records into the ones to write and a tally, given what is stored now. */
export function planMerge<T extends { updatedAt: number }>(
  incoming: readonly T[],
  existing: readonly ({ updatedAt: number } | undefined)[],
): { write: T[]; count: MergeCount } {
  const write: T[] = [];
  const count: MergeCount = { added: 0, updated: 0, kept: 0 };
  for (let i = 0; i < incoming.length; i++) {
    const rec = incoming[i]!;
    const d = decide(existing[i]?.updatedAt, rec.updatedAt);
    if (d === 'keep') count.kept++;
    else {
      write.push(rec);
      if (d === 'add') count.added++;
      else count.updated++;
    }
  }
  return { write, count };
}

export function addCounts(a: MergeCount, b: MergeCount): MergeCount {
  return { added: a.added + b.added, updated: a.updated + b.updated, kept: a.kept + b.kept };
}
