// The encrypted local mirror of one class database (docs/sync.md §2): a PouchDB that holds exactly
// what the server holds (ciphertext documents), replicated by PouchDB. Besides the documents it
// keeps, in `_local/` documents that never replicate, this device's bookkeeping: what the mirror's
// winning revision of each record holds as far as this device has seen it (the push state), and how
// far the pull has read the mirror's change feed (the checkpoint). Keeping both inside the mirror
// means they cannot disagree with it: a mirror that is deleted takes its bookkeeping along, and the
// next push starts from nothing instead of believing the documents are still there.
import type { PouchDatabase, PouchDoc, PouchWriteResult } from 'pouchdb-core';
import type { DbKind } from '../domain/sync/format';
import type { DbKeys } from './crypto';

export interface Mirror {
  kind: DbKind;
  /** The local PouchDB (IndexedDB in the browser, memory in the tests). */
  db: PouchDatabase;
  keys: DbKeys;
}

/** The push state's hash of a deleted document: no serialised record hashes to this. */
export const DELETED = '-';

/** One record as the mirror's winning revision holds it, as far as this device has seen it. */
export interface StateEntry {
  /** The document id (an HMAC: computed once, then remembered). */
  id: string;
  /** The mirror's winning revision when this entry was written. */
  rev: string;
  /** The hash of the serialised payload (src/sync/push.ts), or DELETED. */
  h: string;
}

/**
 * The state is split over a few `_local/` documents by a hash of the record's key, so a change
 * rewrites one sixteenth of it, not a 1 MB document for a class of 10,000 recognitions.
 */
const SHARDS = 16;
const shardId = (n: number) => `_local/dk-state-${n.toString(16)}`;
function shardOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

type ShardDoc = { _id: string; _rev?: string; e: Record<string, [string, string, string]> };

/** The push state of one mirror, keyed by `table + "\n" + primary key`. */
export class PushState {
  private readonly dirty = new Set<number>();
  private readonly byId = new Map<string, string>();
  constructor(
    private readonly shards: ShardDoc[],
    readonly entries: Map<string, StateEntry>,
  ) {
    for (const [key, e] of entries) this.byId.set(e.id, key);
  }

  get(key: string): StateEntry | undefined {
    return this.entries.get(key);
  }

  /** The record key a document id belongs to, if this device has seen it. */
  keyOf(id: string): string | undefined {
    return this.byId.get(id);
  }

  set(key: string, entry: StateEntry): void {
    this.entries.set(key, entry);
    this.byId.set(entry.id, key);
    this.dirty.add(shardOf(key));
  }

  /** Writes the changed shards. Called after the documents themselves were written. */
  async save(db: PouchDatabase): Promise<void> {
    if (!this.dirty.size) return;
    for (const n of this.dirty) this.shards[n]!.e = {};
    for (const [key, e] of this.entries) {
      const n = shardOf(key);
      if (this.dirty.has(n)) this.shards[n]!.e[key] = [e.id, e.rev, e.h];
    }
    for (const n of this.dirty) {
      const shard = this.shards[n]!;
      const res = await db.put(shard as unknown as PouchDoc);
      shard._rev = res.rev;
    }
    this.dirty.clear();
  }
}

async function getLocal(db: PouchDatabase, id: string): Promise<PouchDoc | undefined> {
  try {
    return await db.get(id);
  } catch (err) {
    if ((err as { status?: number }).status === 404) return undefined;
    throw err;
  }
}

export async function loadState(db: PouchDatabase): Promise<PushState> {
  const shards: ShardDoc[] = [];
  const entries = new Map<string, StateEntry>();
  for (let n = 0; n < SHARDS; n++) {
    const doc = (await getLocal(db, shardId(n))) as ShardDoc | undefined;
    shards.push(doc ?? { _id: shardId(n), e: {} });
    for (const [key, [id, rev, h]] of Object.entries(doc?.e ?? {})) entries.set(key, { id, rev, h });
  }
  return new PushState(shards, entries);
}

const CHECKPOINT = '_local/dk-pull';

/**
 * How far the pull has read this mirror's change feed (an opaque sequence, §12.1), and the documents
 * it skipped because they did not decrypt or validate: they are tried again on every pull (a key
 * that arrives later, step 11), and their number is what the device says it cannot read (§11).
 */
export interface Checkpoint {
  seq: number | string;
  skipped: string[];
}

export async function loadCheckpoint(db: PouchDatabase): Promise<Checkpoint> {
  const doc = await getLocal(db, CHECKPOINT);
  const seq = doc?.seq;
  const skipped = Array.isArray(doc?.skipped) ? doc.skipped.filter((x) => typeof x === 'string') : [];
  return { seq: typeof seq === 'number' || typeof seq === 'string' ? seq : 0, skipped };
}

export async function saveCheckpoint(db: PouchDatabase, cp: Checkpoint): Promise<void> {
  const doc = await getLocal(db, CHECKPOINT);
  await db.put({
    _id: CHECKPOINT,
    ...(doc?._rev ? { _rev: doc._rev } : {}),
    seq: cp.seq,
    skipped: cp.skipped,
  });
}

const ERASED = '_local/dk-erased';

/**
 * The pupils whose erasure this device has finished for this database (docs/sync.md §8 point 6):
 * their documents deleted or blanked on the server and the database compacted there and here.
 */
export async function loadErased(db: PouchDatabase): Promise<Set<string>> {
  const ids = (await getLocal(db, ERASED))?.ids;
  return new Set(Array.isArray(ids) ? ids.filter((x) => typeof x === 'string') : []);
}

export async function saveErased(db: PouchDatabase, ids: Iterable<string>): Promise<void> {
  const doc = await getLocal(db, ERASED);
  await db.put({ _id: ERASED, ...(doc?._rev ? { _rev: doc._rev } : {}), ids: [...ids] });
}

/** The mirror's winning revision of each id (deleted ones too), or nothing for an id it has never had. */
export async function winningRevs(db: PouchDatabase, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!ids.length) return out;
  const { rows } = await db.allDocs({ keys: [...ids] });
  for (const row of rows) if (row.value?.rev) out.set(row.key, row.value.rev);
  return out;
}

/** PouchDB's own fields on a document it hands back, which are not part of what the server stores. */
const META = ['_conflicts', '_deleted_conflicts', '_revisions', '_revs_info', '_local_seq'];

export function withoutMeta(doc: PouchDoc): PouchDoc {
  const out = { ...doc };
  for (const f of META) delete out[f];
  return out;
}

/** Every leaf of a document's revision tree, deleted ones included (docs/sync.md §8, "Deleted leaves"). */
export async function readLeaves(db: PouchDatabase, id: string): Promise<PouchDoc[]> {
  const answers = await db.get(id, { open_revs: 'all' });
  return answers.flatMap((a) => ('ok' in a ? [withoutMeta(a.ok)] : []));
}

/** Writes documents; answers, per document, its new revision or undefined (a conflict: next cycle). */
export async function writeDocs(db: PouchDatabase, docs: PouchDoc[]): Promise<(string | undefined)[]> {
  if (!docs.length) return [];
  const results: PouchWriteResult[] = await db.bulkDocs(docs);
  return results.map((r) => (r.ok && r.rev ? r.rev : undefined));
}
