// Reads a backup file and either returns the whole, checked backup or ONE problem a teacher can
// act on (which record, which field, what is wrong). Nothing here touches the database: the
// importer only writes after this said yes.
import * as v from 'valibot';
import { isRecord } from '../guards';
import { MAX_PUPILS_IN_FILE } from '../types';
import {
  type BackupData,
  type BackupEnvelope,
  CLASS_TABLES,
  FORMAT_NAME,
  FORMAT_VERSION,
  payloadChecksum,
  TABLES,
  type TableName,
  type Tombstone,
} from './format';
import { envelopeHeadSchema, RECORD_SCHEMAS, tombstoneSchema } from './schema';

/** Files bigger than this are refused before reading (a school year is a few MB). */
export const MAX_FILE_BYTES = 300 * 1024 * 1024;

export type FieldProblem = 'missing' | 'wrongType' | 'tooLong' | 'invalid';

export type ImportProblem =
  | { kind: 'empty' }
  | { kind: 'tooBig'; bytes: number }
  | { kind: 'notJson' }
  | { kind: 'notBackup' }
  | { kind: 'newerFormat'; appVersion: string }
  | { kind: 'newerSchema'; appVersion: string }
  | { kind: 'envelope'; field: string; problem: FieldProblem }
  | { kind: 'checksum' }
  | { kind: 'countMismatch'; table: TableName | 'tombstones'; expected: number; found: number }
  | {
      kind: 'record';
      table: TableName | 'tombstones';
      index: number;
      id?: string;
      field: string;
      problem: FieldProblem;
    }
  | { kind: 'duplicate'; table: TableName | 'tombstones'; index: number; id: string }
  /** `otherClass`: the record points at a pupil (round, sub-goal, routine) of another class. */
  | { kind: 'reference'; table: TableName; index: number; id: string; field: string; otherClass?: boolean }
  | { kind: 'tooManyPupils'; className: string; count: number; max: number };

/** What the reader repaired instead of refusing (as Excalidraw's restore() does); told to the teacher. */
export interface Repairs {
  /** Times later than the file itself (or this computer's clock), set back to when the file was made. */
  futureTimes: number;
  /**
   * Strengths carrying the built-in key of an earlier one in the file: they stay, as the teacher's
   * own strengths (the app would not know which one is "care"). A v1 database could hold such pairs.
   */
  duplicateKeys: number;
}

export type ParseResult =
  | { ok: true; backup: BackupEnvelope; repairs: Repairs }
  | { ok: false; problem: ImportProblem };

export interface ReaderVersions {
  /** The schema version this app's database has. */
  schemaVersion: number;
  /** This computer's clock (ms); no time in the file may lie after it or after the file itself. */
  now?: number;
}

/** Clocks on two computers differ a little: a day's grace before a time counts as "in the future". */
const CLOCK_GRACE = 24 * 3600 * 1000;

const fail = (problem: ImportProblem): ParseResult => ({ ok: false, problem });

function problemOf(issue: v.BaseIssue<unknown>): FieldProblem {
  if (issue.input === undefined) return 'missing';
  if (issue.type === 'max_length' || issue.type === 'max_size') return 'tooLong';
  if (issue.kind === 'schema') return 'wrongType';
  return 'invalid';
}

/** "text", "noticedBy.pupilId", "steps.2.title": the field inside the record. */
function fieldOf(issue: v.BaseIssue<unknown>, skip: number): string {
  const keys = (issue.path ?? []).slice(skip).map((p) => String(p.key));
  return keys.join('.') || '-';
}

export async function parseBackup(text: string, reader: ReaderVersions): Promise<ParseResult> {
  if (text.length > MAX_FILE_BYTES) return fail({ kind: 'tooBig', bytes: text.length });
  if (!text.trim()) return fail({ kind: 'empty' });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail({ kind: 'notJson' });
  }
  if (!isRecord(raw) || raw.format !== FORMAT_NAME) return fail({ kind: 'notBackup' });

  // A newer file may have a different shape: say "update the app" before anything else.
  const appVersion = typeof raw.appVersion === 'string' ? raw.appVersion.slice(0, 40) : '?';
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > FORMAT_VERSION)
    return fail({ kind: 'newerFormat', appVersion });
  if (typeof raw.schemaVersion === 'number' && raw.schemaVersion > reader.schemaVersion)
    return fail({ kind: 'newerSchema', appVersion });

  const head = v.safeParse(envelopeHeadSchema, raw, { abortEarly: true });
  if (!head.success) {
    const issue = head.issues[0];
    return fail({ kind: 'envelope', field: fieldOf(issue, 0), problem: problemOf(issue) });
  }
  const env = head.output;
  for (const t of TABLES) {
    if (!Array.isArray(env.data[t]))
      return fail({ kind: 'envelope', field: `data.${t}`, problem: 'missing' });
  }

  if ((await payloadChecksum(raw.data)) !== env.checksum.value) return fail({ kind: 'checksum' });

  const data = {} as BackupData;
  for (const t of TABLES) {
    const rows = env.data[t]!;
    const expected = env.counts[t];
    if (expected !== rows.length)
      return fail({ kind: 'countMismatch', table: t, expected: expected ?? 0, found: rows.length });
    const checked = v.safeParse(v.array(RECORD_SCHEMAS[t]), rows, { abortEarly: true });
    if (!checked.success) {
      const issue = checked.issues[0];
      const index = Number(issue.path?.[0]?.key ?? 0);
      const row = rows[index];
      const rid = isRecord(row) && typeof row.id === 'string' ? row.id.slice(0, 100) : undefined;
      return fail({
        kind: 'record',
        table: t,
        index,
        id: rid,
        field: fieldOf(issue, 1),
        problem: problemOf(issue),
      });
    }
    (data as Record<TableName, unknown[]>)[t] = checked.output;
  }

  // Deletions (format version 2). A version-1 file has none.
  const stones = env.data.tombstones ?? (env.formatVersion < 2 ? [] : undefined);
  if (!stones) return fail({ kind: 'envelope', field: 'data.tombstones', problem: 'missing' });
  if ((env.counts.tombstones ?? 0) !== stones.length)
    return fail({
      kind: 'countMismatch',
      table: 'tombstones',
      expected: env.counts.tombstones ?? 0,
      found: stones.length,
    });
  const checkedStones = v.safeParse(v.array(tombstoneSchema), stones, { abortEarly: true });
  if (!checkedStones.success) {
    const issue = checkedStones.issues[0];
    const index = Number(issue.path?.[0]?.key ?? 0);
    return fail({
      kind: 'record',
      table: 'tombstones',
      index,
      field: fieldOf(issue, 1),
      problem: problemOf(issue),
    });
  }
  data.tombstones = checkedStones.output;

  const problem =
    checkIdentity(data) ??
    checkTombstones(data.tombstones) ??
    checkReferences(data, env.scope) ??
    checkClassSizes(data) ??
    checkSameClass(data);
  if (problem) return fail(problem);
  const fileTime = Date.parse(env.createdAt);
  const repairs: Repairs = {
    futureTimes: clampFutureTimes(data, Math.min(fileTime, reader.now ?? fileTime)),
    duplicateKeys: dropDuplicateKeys(data),
  };
  return { ok: true, backup: { ...(env as unknown as BackupEnvelope), data }, repairs };
}

/**
 * A record edited "after" the file was made would win every later merge (newest edit wins): such
 * times are set to the file's own time. Returns how many were changed.
 */
function clampFutureTimes(data: BackupData, limit: number): number {
  let n = 0;
  const fix = (r: Record<string, unknown>, field: string) => {
    const t = r[field];
    if (typeof t === 'number' && t > limit + CLOCK_GRACE) {
      r[field] = limit;
      n++;
    }
  };
  for (const t of TABLES) {
    for (const r of data[t] as unknown as Record<string, unknown>[]) {
      for (const f of ['createdAt', 'updatedAt', 'decidedAt', 'archivedAt']) fix(r, f);
    }
  }
  return n;
}

function keyOf(t: TableName, r: unknown): string {
  return t === 'settings' ? (r as { key: string }).key : (r as { id: string }).id;
}

function dropDuplicateKeys(data: BackupData): number {
  const keys = new Set<string>();
  let n = 0;
  data.strengths = data.strengths.map((s) => {
    if (s.key === undefined) return s;
    if (!keys.has(s.key)) {
      keys.add(s.key);
      return s;
    }
    n++;
    const { key: _, ...own } = s;
    return own;
  });
  return n;
}

function checkIdentity(data: BackupData): ImportProblem | null {
  for (const t of TABLES) {
    const seen = new Set<string>();
    const rows = data[t] as unknown[];
    for (let i = 0; i < rows.length; i++) {
      const k = keyOf(t, rows[i]);
      if (seen.has(k)) return { kind: 'duplicate', table: t, index: i, id: k };
      seen.add(k);
    }
  }
  return null;
}

function checkTombstones(stones: readonly Tombstone[]): ImportProblem | null {
  const seen = new Set<string>();
  for (let i = 0; i < stones.length; i++) {
    const k = `${stones[i]!.table}\n${stones[i]!.id}`;
    if (seen.has(k)) return { kind: 'duplicate', table: 'tombstones', index: i, id: stones[i]!.id };
    seen.add(k);
  }
  return null;
}

function checkReferences(data: BackupData, scope: BackupEnvelope['scope']): ImportProblem | null {
  const classIds = new Set(data.classes.map((c) => c.id));
  if (scope.kind === 'class') {
    const i = data.classes.findIndex((c) => c.id !== scope.classId);
    if (i >= 0)
      return { kind: 'reference', table: 'classes', index: i, id: data.classes[i]!.id, field: 'id' };
  }
  for (const t of CLASS_TABLES) {
    const rows = data[t];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      if (!classIds.has(r.classId))
        return { kind: 'reference', table: t, index: i, id: r.id, field: 'classId' };
    }
  }
  const pupilIds = new Set(data.pupils.map((p) => p.id));
  for (let i = 0; i < data.recognitions.length; i++) {
    const r = data.recognitions[i]!;
    if (r.pupilId !== undefined && !pupilIds.has(r.pupilId))
      return { kind: 'reference', table: 'recognitions', index: i, id: r.id, field: 'pupilId' };
    if (r.noticedBy.kind === 'pupil' && !pupilIds.has(r.noticedBy.pupilId))
      return { kind: 'reference', table: 'recognitions', index: i, id: r.id, field: 'noticedBy.pupilId' };
  }
  return null;
}

/** A class with thousands of pupils makes the class screen stop responding: refuse it. */
function checkClassSizes(data: BackupData): ImportProblem | null {
  const active = new Map<string, number>();
  for (const p of data.pupils) if (p.archived === 0) active.set(p.classId, (active.get(p.classId) ?? 0) + 1);
  for (const c of data.classes) {
    const count = active.get(c.id) ?? 0;
    if (count > MAX_PUPILS_IN_FILE)
      return { kind: 'tooManyPupils', className: c.name, count, max: MAX_PUPILS_IN_FILE };
  }
  return null;
}

/**
 * A record of class 4B may only point at pupils, rounds, sub-goals and routines of 4B, and at
 * strengths the file has: screens look them up in their own class and wait for ever otherwise.
 */
function checkSameClass(data: BackupData): ImportProblem | null {
  const classOf = (rows: readonly { id: string; classId: string }[]) =>
    new Map(rows.map((r) => [r.id, r.classId]));
  const pupilClass = classOf(data.pupils);
  const roundClass = classOf(data.friendRounds);
  const subgoalClass = classOf(data.dreamItems);
  const routineClass = classOf(data.routines);
  const strengthIds = new Set(data.strengths.map((s) => s.id));
  const ref = (table: TableName, index: number, id: string, field: string, otherClass = true) => ({
    kind: 'reference' as const,
    table,
    index,
    id,
    field,
    otherClass,
  });
  for (let i = 0; i < data.recognitions.length; i++) {
    const r = data.recognitions[i]!;
    if (r.pupilId !== undefined && pupilClass.get(r.pupilId) !== r.classId)
      return ref('recognitions', i, r.id, 'pupilId');
    if (r.noticedBy.kind === 'pupil' && pupilClass.get(r.noticedBy.pupilId) !== r.classId)
      return ref('recognitions', i, r.id, 'noticedBy.pupilId');
    if (r.roundId !== undefined && roundClass.get(r.roundId) !== r.classId)
      return ref('recognitions', i, r.id, 'roundId');
    if (!strengthIds.has(r.strengthId)) return ref('recognitions', i, r.id, 'strengthId', false);
  }
  for (let i = 0; i < data.focusStrengths.length; i++) {
    const f = data.focusStrengths[i]!;
    if (f.strengthIds.some((id) => !strengthIds.has(id)))
      return ref('focusStrengths', i, f.id, 'strengthId', false);
  }
  for (let i = 0; i < data.friendRounds.length; i++) {
    const r = data.friendRounds[i]!;
    const pupils = [...Object.entries(r.draws).flat(), ...r.absent];
    if (pupils.some((p) => pupilClass.get(p) !== r.classId)) return ref('friendRounds', i, r.id, 'pupilId');
  }
  for (let i = 0; i < data.checkIns.length; i++) {
    const c = data.checkIns[i]!;
    if (subgoalClass.get(c.subgoalId) !== c.classId) return ref('checkIns', i, c.id, 'subgoalId');
  }
  for (let i = 0; i < data.routineRuns.length; i++) {
    const r = data.routineRuns[i]!;
    if (routineClass.get(r.routineId) !== r.classId) return ref('routineRuns', i, r.id, 'routineId');
  }
  return null;
}
