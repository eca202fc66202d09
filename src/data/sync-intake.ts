// Inbox intake on a teacher device (docs/sync.md §9.2, §13 step 6): each round, the documents in the
// class's tablet inboxes are read over HTTP (never mirrored), decrypted with the inbox's keys, checked
// with the backup schemas and the class as this device holds it, and added as waiting recognitions:
// a pupil's words reach the teacher's queue, never the board, until the teacher approves them. A
// recognition this device already has (or has deleted) is never overwritten, so the same document
// taken twice makes one. Once `main` holds the recognition (after the round's replication), the
// teacher device deletes the inbox document with a sealed deletion, which then reaches the tablet.
// A document that does not open or does not validate is dropped with a log line and left alone. A
// screen's or tablet's hello (docs/sync.md §6.2, one a day it was seen) is no submission: never taken,
// and only the older ones are deleted, so the newest still says when it was last seen.

import type { PouchDatabase, PouchDoc } from 'pouchdb-core';
import { dbName } from '../domain/sync/format';
import { clampFuture } from '../domain/sync/resolve';
import type { Recognition } from '../domain/types';
import { type DbKeys, dbKeysFromClass, docId, openDoc, sealDoc } from '../sync/crypto';
import { readInboxHello, sealHelloGone } from '../sync/hello';
import type { Mirror } from '../sync/mirror';
import { checkPayload } from '../sync/pull';
import { type ClassLink, classKeysOf, slotOf } from '../sync/session';
import type { DreamClassDB } from './db';
import { isDeviceSetting } from './registry';
import { write } from './write';

/** One inbox document this round has taken (or found already here): deleted once `main` holds it. */
export interface Taken {
  inbox: string;
  docId: string;
  rev: string;
  recognitionId: string;
  /** The submission's `updatedAt`: its inbox deletion buries that version only, never the approval. */
  updatedAt: number;
}

export interface IntakeReport {
  added: number;
  /** Already on this device (taken before, or deleted here): not added again. */
  known: number;
  /** Did not decrypt, or was not a pupil's waiting recognition of this class. */
  dropped: number;
  taken: Taken[];
}

/** The inboxes a teacher device takes from: every tablet's and screen's slot it knows (from the file). */
export function inboxNames(link: ClassLink): string[] {
  return (link.slots ?? [])
    .filter((s) => s.role !== 'teacher')
    .map((s) => dbName(link.syncId, 'inbox', slotOf(s.user)));
}

/** The fields a pupil's submission may have; the rest (a decision, a teacher's edit, a round) is dropped. */
function asSubmission(r: Recognition, classId: string): Recognition | null {
  if (r.classId !== classId || r.source !== 'pupil' || r.status !== 'waiting') return null;
  if (r.noticedBy.kind !== 'pupil') return null;
  const { decidedAt: _d, originalText: _o, roundId: _r, ...rest } = r;
  return rest;
}

type Open = (name: string) => PouchDatabase;

/** Reads every inbox and adds what is new. A server error for an inbox is thrown (the round reports it). */
export async function intake(
  d: DreamClassDB,
  link: ClassLink,
  open: Open,
  now = Date.now(),
): Promise<IntakeReport> {
  const report: IntakeReport = { added: 0, known: 0, dropped: 0, taken: [] };
  if (link.role !== 'teacher' || link.keys.kind !== 'class') return report;
  const classKeys = classKeysOf(link);
  for (const slot of (link.slots ?? []).filter((s) => s.role !== 'teacher')) {
    const name = dbName(link.syncId, 'inbox', slotOf(slot.user));
    const remote = open(name);
    let rows: { doc?: PouchDoc }[];
    try {
      rows = (await remote.allDocs({ include_docs: true })).rows as { doc?: PouchDoc }[];
    } catch (e) {
      // An inbox the server does not have (removed by hand) holds nothing to take; any other failure
      // is the round's (offline, refused).
      if ((e as { status?: number }).status === 404) continue;
      throw e;
    } finally {
      await remote.close();
    }
    const keys = await dbKeysFromClass(classKeys, name, link.epoch);
    const found: { doc: PouchDoc; r: Recognition }[] = [];
    const hellos: { doc: PouchDoc; key: string; lastSeen: number }[] = [];
    for (const { doc } of rows) {
      if (!doc || doc._id.startsWith('_design/')) continue;
      const hello = await readInboxHello(keys, doc, slot.user);
      if (hello) {
        hellos.push({ doc, key: hello.key, lastSeen: hello.hello.lastSeen });
        continue;
      }
      const r = await readSubmission(keys, doc, link.classId);
      if (!r) {
        report.dropped++;
        console.warn(
          `Inbox ${name}: document ${doc._id} is not a pupil's submission for this class; dropped.`,
        );
        continue;
      }
      found.push({ doc, r: clampFuture(r, now).record });
    }
    await tidyHellos(keys, hellos, () => open(name));
    if (!found.length) continue;
    const added = await addSubmissions(
      d,
      link.classId,
      found.map((f) => f.r),
    );
    for (const { doc, r } of found) {
      const state = added.get(r.id);
      if (state === 'invalid') {
        report.dropped++;
        console.warn(
          `Inbox ${name}: document ${doc._id} names a pupil or strength not in the class; dropped.`,
        );
        continue;
      }
      if (state === 'added') report.added++;
      else report.known++;
      report.taken.push({
        inbox: name,
        docId: doc._id,
        rev: String(doc._rev),
        recognitionId: r.id,
        updatedAt: r.updatedAt,
      });
    }
  }
  return report;
}

/** Deletes all but the newest of a device's hellos (sealed, so its pull reads the deletion). Quiet. */
async function tidyHellos(
  keys: DbKeys,
  hellos: { doc: PouchDoc; key: string; lastSeen: number }[],
  open: () => PouchDatabase,
): Promise<void> {
  if (hellos.length < 2) return;
  const newest = Math.max(...hellos.map((h) => h.lastSeen));
  const old = hellos.filter((h) => h.lastSeen < newest);
  const remote = open();
  try {
    for (const h of old) {
      const gone = await sealHelloGone(keys, h.key);
      await remote.put({ ...gone, _rev: String(h.doc._rev) }).catch((e: unknown) => console.warn(e));
    }
  } finally {
    await remote.close();
  }
}

async function readSubmission(keys: DbKeys, doc: PouchDoc, classId: string): Promise<Recognition | null> {
  try {
    const { _rev: _, ...plain } = doc;
    const payload = checkPayload(await openDoc(keys, plain), isDeviceSetting);
    if (!payload || 'tomb' in payload || payload.t !== 'recognitions') return null;
    return asSubmission(payload.r as unknown as Recognition, classId);
  } catch {
    return null;
  }
}

/** Adds the new ones in one transaction; an id this device has, or has a tombstone for, is left alone. */
async function addSubmissions(
  d: DreamClassDB,
  classId: string,
  rs: readonly Recognition[],
): Promise<Map<string, 'added' | 'known' | 'invalid'>> {
  const out = new Map<string, 'added' | 'known' | 'invalid'>();
  await write(() =>
    d.transaction('rw', [d.recognitions, d.tombstones, d.pupils, d.strengths], async () => {
      for (const r of rs) {
        if ((await d.recognitions.get(r.id)) || (await d.tombstones.get(['recognitions', r.id]))) {
          out.set(r.id, 'known');
          continue;
        }
        const pupilOk = async (id: string | undefined) => {
          if (id === undefined) return true;
          const p = await d.pupils.get(id);
          return p?.classId === classId && p.archived === 0;
        };
        const by = r.noticedBy.kind === 'pupil' ? r.noticedBy.pupilId : undefined;
        const ok =
          r.pupilId !== undefined &&
          (await pupilOk(r.pupilId)) &&
          (await pupilOk(by)) &&
          Boolean(await d.strengths.get(r.strengthId));
        if (!ok) {
          out.set(r.id, 'invalid');
          continue;
        }
        await d.recognitions.add(r);
        out.set(r.id, 'added');
      }
    }),
  );
  return out;
}

/**
 * After the round's replication of `main`: deletes each taken inbox document whose recognition the
 * main mirror holds (and so the server, the replication having finished), with a sealed deletion the
 * tablet can read. A failure leaves the document for the next round (taking it again adds nothing).
 */
export async function finishIntake(
  link: ClassLink,
  main: Mirror,
  taken: readonly Taken[],
  open: Open,
): Promise<number> {
  if (!taken.length || link.keys.kind !== 'class') return 0;
  const classKeys = classKeysOf(link);
  let deleted = 0;
  for (const name of new Set(taken.map((t) => t.inbox))) {
    const keys = await dbKeysFromClass(classKeys, name, link.epoch);
    const remote = open(name);
    try {
      for (const t of taken.filter((x) => x.inbox === name)) {
        // Held, or deleted there (a recognition deleted here before it reached main): both are done.
        const mainId = await docId(main.keys.id, 'recognitions', t.recognitionId);
        const [row] = (await main.db.allDocs({ keys: [mainId] })).rows;
        if (!row || !('value' in row) || !row.value) continue;
        // Dated as the submission, not now: the deletion says «taken», so it removes the waiting words
        // from the tablet or screen, and an approval made before it (newer than the submission) still
        // reaches a screen that pulls both together.
        const sealed = await sealDoc(keys, {
          t: 'recognitions',
          tomb: { table: 'recognitions', id: t.recognitionId, deletedAt: t.updatedAt },
        });
        if (sealed._id !== t.docId) continue;
        try {
          await remote.put({ ...sealed, _rev: t.rev });
          deleted++;
        } catch (e) {
          console.warn(`Inbox ${name}: could not delete a taken document; the next round tries again.`, e);
        }
      }
    } finally {
      await remote.close();
    }
  }
  return deleted;
}
