// How devices agree (docs/sync.md §8): newest edit per record wins, a tie goes to the greater CouchDB
// revision so every device picks the same leaf, deletions win ties and bury older copies, a pupil's
// words are never lost, inboxes are taken once and never overwrite, and an erased pupil stays
// erased. Pure: the bridge decrypts the leaves and does what these functions answer.
import type { TableName, Tombstone } from '../backup/format';
import type { FriendRound, Recognition } from '../types';
import type { SyncPayload } from './format';

/** Clocks on two devices differ a little: a day's grace before a time counts as "in the future". */
export const CLOCK_GRACE = 24 * 3600 * 1000;

/** One leaf of a document's revision tree, decrypted. */
export interface Leaf {
  /** CouchDB's revision id, `<generation>-<hash>`. */
  rev: string;
  payload: SyncPayload;
}

/** A revision id's parts; an id that is not `<n>-<hash>` sorts before every real one. */
function revParts(rev: string): [number, string] {
  const m = /^([1-9][0-9]*)-(.+)$/.exec(rev);
  return m ? [Number(m[1]), m[2]!] : [0, rev];
}

/** Orders revision ids as CouchDB does: the higher generation, then the greater hash. */
export function compareRevs(a: string, b: string): number {
  const [ga, ha] = revParts(a);
  const [gb, hb] = revParts(b);
  if (ga !== gb) return ga < gb ? -1 : 1;
  return ha < hb ? -1 : ha > hb ? 1 : 0;
}

/** When a payload was written: a record's `updatedAt`, a tombstone's `deletedAt`. */
export function editedAt(p: SyncPayload): number {
  const t = 'tomb' in p ? p.tomb.deletedAt : p.r.updatedAt;
  return typeof t === 'number' && Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
}

/** Orders leaves from winner to loser. */
function compareLeaves(a: Leaf, b: Leaf): number {
  const ta = editedAt(a.payload);
  const tb = editedAt(b.payload);
  if (ta !== tb) return tb - ta > 0 ? 1 : -1;
  // A deletion wins a tie with an edit, as the backup merge's `buried` says.
  const da = 'tomb' in a.payload;
  const db = 'tomb' in b.payload;
  if (da !== db) return da ? -1 : 1;
  return compareRevs(b.rev, a.rev);
}

export interface Pick {
  winner: Leaf;
  /** Every other leaf: a teacher device deletes them on the server; other devices only read. */
  losers: Leaf[];
  /**
   * The winner as it must be kept, when it differs from `winner.payload`: a pupil's original words
   * carried over from a losing leaf. A teacher device writes it as a new revision.
   */
  merged?: SyncPayload;
}

/**
 * Picks the winning leaf of a document with conflicts: the newest edit; on a tie a deletion; then the
 * greater revision. Every device that has the same leaves picks the same one, whatever their order.
 */
export function pickWinner(leaves: readonly Leaf[]): Pick {
  if (leaves.length === 0) throw new Error('A document has at least one leaf.');
  const [winner, ...losers] = [...leaves].sort(compareLeaves) as [Leaf, ...Leaf[]];
  const merged = keepPupilWords(winner.payload, losers);
  return merged ? { winner, losers, merged } : { winner, losers };
}

/**
 * A pupil's words are never lost: if the winning recognition no longer holds them (a teacher edited
 * the text on another leaf that lost), the original words a losing leaf kept in `originalText` are
 * carried over. Nothing changes when the winner's text or `originalText` already is them.
 */
function keepPupilWords(winner: SyncPayload, losers: readonly Leaf[]): SyncPayload | undefined {
  if (winner.t !== 'recognitions' || 'tomb' in winner) return undefined;
  const w = winner.r as unknown as Recognition;
  if (w.source !== 'pupil' || w.originalText !== undefined) return undefined;
  for (const l of losers) {
    if ('tomb' in l.payload || l.payload.t !== 'recognitions') continue;
    const original = (l.payload.r as unknown as Recognition).originalText;
    if (typeof original === 'string' && original !== w.text) {
      return { t: 'recognitions', r: { ...winner.r, originalText: original } };
    }
  }
  return undefined;
}

// --- Applying what was pulled ------------------------------------------------------------------

/** What this device holds of a record: the record, or the tombstone of its deletion, or nothing. */
export interface LocalState {
  record?: { updatedAt: number } | undefined;
  deletedAt?: number | undefined;
}

export type PullDecision =
  /** Write the pulled record here (new, newer, or the winner of a tie). */
  | { kind: 'write' }
  /** This device's copy is newer or the same: keep it (a newer one is on its way out). */
  | { kind: 'keep' }
  /** Delete the record here (if there is one) and keep the tombstone. */
  | { kind: 'delete' }
  /** The pulled record is not newer than this device's deletion of it: it stays deleted. */
  | { kind: 'buried' };

/** A stable text of a JSON value (keys sorted), to tell equal records from different ones. */
function stable(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(stable).join(',')}]`;
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(x);
}

/**
 * Whether to apply a document's winning payload (from `pickWinner`) to this device's database.
 * Newest wins; on a tie the pulled winner wins unless it is the same record (the leaf pick already
 * broke the tie the same way on every device); a deletion buries every copy not newer than it.
 */
export function decidePull(local: LocalState, incoming: SyncPayload): PullDecision {
  const t = editedAt(incoming);
  if ('tomb' in incoming) {
    if (local.record && local.record.updatedAt > t) return { kind: 'keep' };
    if (local.deletedAt !== undefined && local.deletedAt >= t) return { kind: 'keep' };
    return { kind: 'delete' };
  }
  if (local.deletedAt !== undefined && local.deletedAt >= t) return { kind: 'buried' };
  if (!local.record) return { kind: 'write' };
  if (t > local.record.updatedAt) return { kind: 'write' };
  if (t < local.record.updatedAt) return { kind: 'keep' };
  return stable(local.record) === stable(incoming.r) ? { kind: 'keep' } : { kind: 'write' };
}

// --- Erased pupils ----------------------------------------------------------------------------

export type ErasureDecision =
  /** Nothing about an erased pupil: apply as usual. */
  | { kind: 'none' }
  /** About an erased pupil: never applied; a teacher device deletes it from every database. */
  | { kind: 'drop' }
  /** Names an erased pupil in passing: blank them (the registry's `pupilErasure.blank`), then apply and push again. */
  | { kind: 'blank'; pupilIds: string[] };

/**
 * Erasure is final (§8.6): a record about a pupil erased on this device (a pupil tombstone) that
 * arrives later from a device that was offline is dropped, however new it is; one that merely names
 * them (as a noticer, in a secret-friend round) is blanked. Covers every table of the registry's
 * `pupilErasure` (a unit test checks the list).
 */
export function erasedOnArrival(
  table: TableName,
  record: Record<string, unknown>,
  erased: ReadonlySet<string>,
): ErasureDecision {
  if (erased.size === 0) return { kind: 'none' };
  if (table === 'pupils') return erased.has(record.id as string) ? { kind: 'drop' } : { kind: 'none' };
  if (table === 'recognitions') {
    const r = record as unknown as Recognition;
    if (r.pupilId !== undefined && erased.has(r.pupilId)) return { kind: 'drop' };
    if (r.noticedBy?.kind === 'pupil' && erased.has(r.noticedBy.pupilId)) {
      return { kind: 'blank', pupilIds: [r.noticedBy.pupilId] };
    }
    return { kind: 'none' };
  }
  if (table === 'friendRounds') {
    const round = record as unknown as FriendRound;
    const named = new Set([
      ...Object.keys(round.draws ?? {}),
      ...Object.values(round.draws ?? {}),
      ...(round.absent ?? []),
    ]);
    const hit = [...erased].filter((p) => named.has(p));
    return hit.length ? { kind: 'blank', pupilIds: hit } : { kind: 'none' };
  }
  return { kind: 'none' };
}

/** The erased pupils of this device: every pupil tombstone (a pupil is never deleted otherwise). */
export function erasedPupils(tombstones: readonly Tombstone[]): Set<string> {
  return new Set(tombstones.filter((t) => t.table === 'pupils').map((t) => t.id));
}

// --- Inbox intake (teacher devices) ------------------------------------------------------------

const INBOX_FIELDS = [
  'classId',
  'createdAt',
  'id',
  'noticedBy',
  'pupilId',
  'source',
  'status',
  'strengthId',
  'text',
  'updatedAt',
];

export type IntakeDecision =
  /** Take it into this class as a waiting recognition (then delete the inbox document once `main` has it). */
  | { kind: 'take'; record: Recognition }
  /** This device already has it, or deleted it: nothing changes (the inbox document can go). */
  | { kind: 'already' }
  /** Not a pupil's waiting words for this class (a modified device, or an erased pupil): ignored. */
  | { kind: 'refuse' };

/**
 * A teacher device takes a pupil's words from a device's inbox once, and never lets them overwrite
 * anything: if `main` (this device) already has the recognition, the teacher may have approved or
 * declined it since, and that stays. The inbox holds only new, waiting words by a pupil of this
 * class, with no teacher fields: anything else is refused, so a tampered tablet cannot put approved
 * words on the board. A time far in the future is set to `now` (as a backup import does). Two
 * teacher devices taking the same words write the same record: nothing doubles.
 */
export function intake(
  inbox: Record<string, unknown>,
  classId: string,
  here: LocalState,
  erased: ReadonlySet<string>,
  now: number,
): IntakeDecision {
  const r = inbox as unknown as Recognition;
  const fields = Object.keys(inbox).sort();
  const shapeOk =
    fields.every((f) => INBOX_FIELDS.includes(f)) &&
    r.classId === classId &&
    r.source === 'pupil' &&
    r.status === 'waiting' &&
    r.noticedBy?.kind === 'pupil' &&
    typeof r.createdAt === 'number' &&
    typeof r.updatedAt === 'number';
  if (!shapeOk) return { kind: 'refuse' };
  if (erasedOnArrival('recognitions', inbox, erased).kind !== 'none') return { kind: 'refuse' };
  if (here.record || here.deletedAt !== undefined) return { kind: 'already' };
  const limit = now + CLOCK_GRACE;
  const record: Recognition = {
    ...r,
    createdAt: r.createdAt > limit ? now : r.createdAt,
    updatedAt: r.updatedAt > limit ? now : r.updatedAt,
  };
  return { kind: 'take', record };
}

// --- Clocks ------------------------------------------------------------------------------------

/** The `updatedAt` of a new edit: never earlier than the edit it replaces (a clock set back still moves on). */
export const nextUpdatedAt = (now: number, previous?: number): number =>
  previous === undefined ? now : Math.max(now, previous + 1);

/**
 * A pulled record dated more than a day after this device's clock: handled as an import does (set to
 * the time it arrived), and on a teacher device pushed again so every device agrees (§8.4).
 */
export function clampFuture<T extends { updatedAt: number; createdAt?: number }>(
  record: T,
  now: number,
): { record: T; changed: boolean } {
  const limit = now + CLOCK_GRACE;
  const late = (t: number | undefined) => t !== undefined && t > limit;
  if (!late(record.updatedAt) && !late(record.createdAt)) return { record, changed: false };
  const out = { ...record };
  if (late(out.updatedAt)) out.updatedAt = now;
  if (late(out.createdAt)) out.createdAt = now;
  return { record: out, changed: true };
}
