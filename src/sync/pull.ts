// The pull side of the bridge (docs/sync.md §8, §9): reads the mirror's change feed since the last
// checkpoint, reads every leaf of each changed document (deleted leaves too), decrypts and checks
// them with the backup record schemas, picks the winner (src/domain/sync/resolve.ts) and hands the
// winners of a batch to `apply` (the Dexie side, one transaction). A document that does not decrypt
// or does not validate is skipped and counted: never applied, never deleted here. A teacher device
// then deletes the losing leaves, and the push state learns what the mirror now holds, so a pulled
// change is not pushed back.
import type { PouchChange, PouchDoc } from 'pouchdb-core';
import * as v from 'valibot';
import { tombKey } from '../domain/backup/merge';
import { RECORD_SCHEMAS, tombstoneSchema } from '../domain/backup/schema';
import type { SyncPayload } from '../domain/sync/format';
import { type DeviceRole, WRITES } from '../domain/sync/project';
import { type Leaf, pickWinner } from '../domain/sync/resolve';
import { openDoc, payloadKey, sealDoc } from './crypto';
import { isHelloDoc } from './hello';
import {
  loadCheckpoint,
  loadState,
  type Mirror,
  readLeaves,
  saveCheckpoint,
  winningRevs,
  withoutMeta,
  writeDocs,
} from './mirror';
import { hashPayload } from './push';

/** What applying a batch did to this device's records. */
export interface ApplyCounts {
  /** Records written (new, or newer than the copy here). */
  written: number;
  /** Records deleted here by a pulled deletion. */
  deleted: number;
  /** Pulled changes not applied: the copy here is as new or newer, or deleted since. */
  kept: number;
  /** Records about a pupil erased here: never applied (and deleted from the server by the push). */
  dropped: number;
}

export type Apply = (winners: readonly SyncPayload[]) => Promise<ApplyCounts>;

export interface PullReport extends ApplyCounts {
  /** Changed documents read from the feed (this device's own writes not counted). */
  changed: number;
  /** Documents that do not decrypt with this device's keys (tampered, wrong key or epoch). */
  unreadable: number;
  /** Documents that decrypt but are not a valid record (or are a device setting). */
  invalid: number;
  /** Losing conflict leaves this (teacher) device deleted. */
  resolved: number;
}

export const emptyPullReport = (): PullReport => ({
  changed: 0,
  unreadable: 0,
  invalid: 0,
  resolved: 0,
  written: 0,
  deleted: 0,
  kept: 0,
  dropped: 0,
});

export interface PullOptions {
  role: DeviceRole;
  /** The registry's device settings: they never come from another device (the PIN stays per device). */
  isDeviceSetting: (key: string) => boolean;
  batchSize?: number;
}

/** A decrypted payload checked with the backup schemas, or null. The record is the schema's output. */
export function checkPayload(p: SyncPayload, isDeviceSetting: (key: string) => boolean): SyncPayload | null {
  if ('tomb' in p) {
    if (!v.is(tombstoneSchema, p.tomb)) return null;
    return p.t === 'settings' && isDeviceSetting(p.tomb.id) ? null : p;
  }
  const checked = v.safeParse(RECORD_SCHEMAS[p.t], p.r);
  if (!checked.success) return null;
  const r = checked.output as Record<string, unknown>;
  if (p.t === 'settings' && isDeviceSetting(r.key as string)) return null;
  return { t: p.t, r };
}

/** Deleting a losing leaf: a tombstone dated 0, so the retired branch never outranks a real edit. */
const RETIRED_AT = 0;

export async function pullChanges(m: Mirror, apply: Apply, opts: PullOptions): Promise<PullReport> {
  const report = emptyPullReport();
  const state = await loadState(m.db);
  const cleansUp = opts.role === 'teacher' && WRITES.teacher.includes(m.kind);
  const checkpoint = await loadCheckpoint(m.db);
  const skipped = new Set<string>();

  /** Reads, picks and applies one batch of changed documents; returns nothing, counts in `report`. */
  async function take(changes: readonly PouchChange[]): Promise<void> {
    const winners: SyncPayload[] = [];
    const seen: { key: string; id: string; h: string }[] = [];
    const retire: PouchDoc[] = [];
    const fresh = changes.filter((ch) => {
      if (ch.id.startsWith('_design/')) return false;
      const key = state.keyOf(ch.id);
      const known = key === undefined ? undefined : state.get(key);
      // This device's own write (or one it has already taken): nothing new.
      return !(known && ch.changes.length === 1 && ch.doc?._rev === known.rev);
    });
    // Decrypting one document at a time left Web Crypto idle between calls: a batch at once.
    const opened = await Promise.all(
      fresh.map(async (ch) => {
        let docs: PouchDoc[] = [];
        try {
          docs = ch.changes.length === 1 && ch.doc ? [withoutMeta(ch.doc)] : await readLeaves(m.db, ch.id);
          return await Promise.all(
            docs.map(async (d) => ({ rev: d._rev!, payload: await openDoc(m.keys, d) })),
          );
        } catch {
          // A device's hello in its own inbox (docs/sync.md §6.2) is no record: left alone, not counted.
          const hellos = await Promise.all(docs.map((d) => isHelloDoc(m.keys, d)));
          return docs.length > 0 && hellos.every(Boolean) ? [] : null;
        }
      }),
    );
    for (const [i, ch] of fresh.entries()) {
      report.changed++;
      skipped.delete(ch.id);
      const leaves: Leaf[] | null = opened[i]!;
      // A skipped document that is no longer there at all: nothing to read.
      if (leaves?.length === 0) continue;
      if (!leaves) {
        report.unreadable++;
        skipped.add(ch.id);
        continue;
      }
      const checked = leaves.map((l) => ({
        rev: l.rev,
        payload: checkPayload(l.payload, opts.isDeviceSetting),
      }));
      if (checked.some((l) => l.payload === null)) {
        report.invalid++;
        skipped.add(ch.id);
        continue;
      }
      const pick = pickWinner(checked as Leaf[]);
      const payload = pick.merged ?? pick.winner.payload;
      winners.push(payload);
      // What the mirror's winning leaf holds: a merged winner differs, so the push writes it.
      seen.push({
        key: tombKey(payload.t, payloadKey(payload)!),
        id: ch.id,
        h: hashPayload(pick.winner.payload),
      });
      if (cleansUp) {
        for (const loser of pick.losers) {
          if ('tomb' in loser.payload) continue;
          const id = payloadKey(loser.payload)!;
          const doc = await sealDoc(m.keys, {
            t: loser.payload.t,
            tomb: { table: loser.payload.t, id, deletedAt: RETIRED_AT },
          });
          retire.push({ ...(doc as unknown as PouchDoc), _rev: loser.rev });
        }
      }
    }
    const counts = await apply(winners);
    report.written += counts.written;
    report.deleted += counts.deleted;
    report.kept += counts.kept;
    report.dropped += counts.dropped;
    report.resolved += (await writeDocs(m.db, retire)).filter(Boolean).length;
    const revs = await winningRevs(
      m.db,
      seen.map((s) => s.id),
    );
    for (const s of seen) state.set(s.key, { id: s.id, rev: revs.get(s.id)!, h: s.h });
    await state.save(m.db);
  }

  // What was skipped before is read again first (all its leaves): a key may have arrived since.
  if (checkpoint.skipped.length) {
    await take(checkpoint.skipped.map((id) => ({ id, seq: 0, changes: [] })));
  }
  let since = checkpoint.seq;
  for (;;) {
    const feed = await m.db.changes({
      since,
      limit: opts.batchSize ?? 500,
      style: 'all_docs',
      include_docs: true,
    });
    if (!feed.results.length) break;
    await take(feed.results);
    since = feed.last_seq;
    await saveCheckpoint(m.db, { seq: since, skipped: [...skipped] });
  }
  if (checkpoint.skipped.length || skipped.size)
    await saveCheckpoint(m.db, { seq: since, skipped: [...skipped] });
  return report;
}
