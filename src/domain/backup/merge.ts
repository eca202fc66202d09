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

// Deletions (tombstones, docs/backup-format.md): a deletion wins over any copy of the record that
// is not newer than it. This is the rule sync will use too.

/** One key per record of any table (settings by their key). */
export const tombKey = (table: string, id: string): string => `${table}\n${id}`;

/** True when a record must not come back: it was deleted at or after its last change. */
export function buried(
  deletedAt: number | undefined,
  record: { updatedAt?: number; createdAt?: number },
): boolean {
  if (deletedAt === undefined) return false;
  return deletedAt >= (record.updatedAt ?? record.createdAt ?? Number.NEGATIVE_INFINITY);
}

/**
 * Joins incoming tombstones with the ones here (the later deletion of a record wins). Returns the
 * joined map and the tombstones to write.
 */
export function joinTombstones<S extends { table: string; id: string; deletedAt: number }>(
  here: readonly S[],
  incoming: readonly S[],
): { all: Map<string, S>; write: S[] } {
  const all = new Map(here.map((s) => [tombKey(s.table, s.id), s]));
  const write: S[] = [];
  for (const s of incoming) {
    const k = tombKey(s.table, s.id);
    const old = all.get(k);
    if (old && old.deletedAt >= s.deletedAt) continue;
    all.set(k, s);
    write.push(s);
  }
  return { all, write };
}
