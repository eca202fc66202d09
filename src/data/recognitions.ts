// Recognitions: the teacher's quick recognitions (approved at once), pupils' words (waiting for the
// teacher), the moderation decisions, and the reads each screen needs. Only `approved` ones are
// ever returned for anything but the teacher's queue.

import { isoDate } from '../domain/dates';
import { type DayProblem, recognitionTime } from '../domain/recognition-day';
import { checkText, cleanText, type TextProblem } from '../domain/recognition-text';
import type { NoticedBy, Recognition } from '../domain/types';
import { MAX_NAME } from '../domain/types';
import { db } from './db';
import { ChangedError, GoneError, refTables, requireAlive } from './integrity';
import { newId, write } from './write';

export interface TeacherRecognitionInput {
  classId: string;
  /** The chosen pupils, or the whole class. */
  pupils: string[] | 'class';
  strengthId: string;
  text: string;
  noticedBy: NoticedBy;
  /** The teacher saw the nudge and chose to save without the concrete action. */
  allowEmpty?: boolean;
  /** The day it was seen (YYYY-MM-DD, local); today when left out. Never in the future. */
  day?: string;
  /** Pupils' names as the screen showed them, for "Emma was deleted in another tab". */
  names?: Readonly<Record<string, string>>;
}

export type SaveProblem = TextProblem | DayProblem | 'noPupil' | 'noStrength' | 'noAdultName';
export type SaveResult = { ok: true; ids: string[] } | { ok: false; problem: SaveProblem };

function checkTeacherInput(input: TeacherRecognitionInput): SaveProblem | null {
  if (input.pupils !== 'class' && input.pupils.length === 0) return 'noPupil';
  if (!input.strengthId) return 'noStrength';
  if (input.noticedBy.kind === 'adult' && !input.noticedBy.name.trim()) return 'noAdultName';
  return checkText(input.text, { optional: input.allowEmpty });
}

/** Inside the write's transaction: the class, the pupils (and the noticer) and the strength still exist. */
function requireTeacherRefs(input: TeacherRecognitionInput): Promise<void> {
  const pupilIds = input.pupils === 'class' ? [] : [...input.pupils];
  if (input.noticedBy.kind === 'pupil') pupilIds.push(input.noticedBy.pupilId);
  return requireAlive(db(), {
    classId: input.classId,
    pupilIds,
    strengthIds: [input.strengthId],
    names: input.names,
  });
}

function cleanNoticedBy(n: NoticedBy): NoticedBy {
  return n.kind === 'adult' ? { kind: 'adult', name: [...n.name.trim()].slice(0, MAX_NAME).join('') } : n;
}

/** One record per pupil (or one for the whole class), sharing a batch id; approved at once. */
export async function addTeacherRecognition(
  input: TeacherRecognitionInput,
  now = Date.now(),
): Promise<SaveResult> {
  const problem = checkTeacherInput(input);
  if (problem) return { ok: false, problem };
  const seen = input.day === undefined ? now : recognitionTime(input.day, now);
  if (typeof seen === 'string') return { ok: false, problem: seen };
  const batchId = newId();
  const targets: (string | undefined)[] = input.pupils === 'class' ? [undefined] : [...new Set(input.pupils)];
  const records: Recognition[] = targets.map((pupilId, i) => ({
    id: newId(),
    classId: input.classId,
    ...(pupilId ? { pupilId } : {}),
    strengthId: input.strengthId,
    text: cleanText(input.text),
    noticedBy: cleanNoticedBy(input.noticedBy),
    source: 'teacher',
    status: 'approved',
    batchId,
    createdAt: seen + i,
    updatedAt: now + i,
    decidedAt: now,
  }));
  const d = db();
  await write(() =>
    d.transaction('rw', [d.recognitions, ...refTables(d)], async () => {
      await requireTeacherRefs(input);
      await d.recognitions.bulkAdd(records);
    }),
  );
  return { ok: true, ids: records.map((r) => r.id) };
}

/**
 * Edits a group of recognitions saved together: the same strength, text and noticer for all, and
 * the pupils can change (removed ones are deleted, added ones join the batch).
 */
export async function updateRecognitionGroup(
  ids: string[],
  input: TeacherRecognitionInput,
): Promise<SaveResult> {
  const problem = checkTeacherInput(input);
  if (problem) return { ok: false, problem };
  const now = Date.now();
  const seen = input.day === undefined ? null : recognitionTime(input.day, now);
  if (typeof seen === 'string') return { ok: false, problem: seen };
  const d = db();
  return write(() =>
    d.transaction('rw', [d.recognitions, ...refTables(d)], async () => {
      const existing = (await d.recognitions.bulkGet(ids)).filter((r): r is Recognition => !!r);
      const first = existing[0];
      if (!first) throw new GoneError('recognition');
      await requireTeacherRefs({ ...input, classId: first.classId });
      // A new day moves the whole group; the same day keeps each record's time (and order).
      const moveTo = seen !== null && input.day !== isoDate(new Date(first.createdAt)) ? seen : null;
      const text = cleanText(input.text);
      const wanted: (string | undefined)[] =
        input.pupils === 'class' ? [undefined] : [...new Set(input.pupils)];
      const batchId = first.batchId ?? newId();
      const keep = existing.filter((r) => wanted.includes(r.pupilId));
      const drop = existing.filter((r) => !wanted.includes(r.pupilId));
      const add = wanted.filter((p) => !existing.some((r) => r.pupilId === p));
      const shared = {
        strengthId: input.strengthId,
        text,
        noticedBy: cleanNoticedBy(input.noticedBy),
        batchId,
        updatedAt: now,
      };
      await d.recognitions.bulkDelete(drop.map((r) => r.id));
      for (const r of keep) {
        const originalText =
          r.source === 'pupil' && r.text !== text ? (r.originalText ?? r.text) : r.originalText;
        const createdAt = moveTo === null ? r.createdAt : moveTo + existing.indexOf(r);
        await d.recognitions.put({ ...r, ...shared, createdAt, ...(originalText ? { originalText } : {}) });
      }
      const added: Recognition[] = add.map((pupilId, i) => ({
        id: newId(),
        classId: first.classId,
        ...(pupilId ? { pupilId } : {}),
        ...shared,
        source: 'teacher',
        status: 'approved',
        createdAt: (moveTo ?? first.createdAt) + existing.length + i,
        decidedAt: now,
      }));
      await d.recognitions.bulkAdd(added);
      return { ok: true as const, ids: [...keep.map((r) => r.id), ...added.map((r) => r.id)] };
    }),
  );
}

export async function deleteRecognitions(ids: string[]): Promise<void> {
  await write(() => db().recognitions.bulkDelete(ids));
}

export interface PupilRecognitionInput {
  classId: string;
  byPupilId: string;
  pupilId: string;
  strengthId: string;
  text: string;
  textOptional: boolean;
  /** Names as pupil mode showed them, for "Emma was deleted in another tab". */
  names?: Readonly<Record<string, string>>;
}

/** A pupil's words always wait for the teacher. Noticing yourself is not allowed. */
export async function addPupilRecognition(
  input: PupilRecognitionInput,
  now = Date.now(),
): Promise<{ ok: true; id: string } | { ok: false; problem: TextProblem | 'self' | 'noStrength' }> {
  if (input.pupilId === input.byPupilId) return { ok: false, problem: 'self' };
  if (!input.strengthId) return { ok: false, problem: 'noStrength' };
  const problem = checkText(input.text, { optional: input.textOptional });
  if (problem) return { ok: false, problem };
  const record: Recognition = {
    id: newId(),
    classId: input.classId,
    pupilId: input.pupilId,
    strengthId: input.strengthId,
    text: cleanText(input.text),
    noticedBy: { kind: 'pupil', pupilId: input.byPupilId },
    source: 'pupil',
    status: 'waiting',
    createdAt: now,
    updatedAt: now,
  };
  const d = db();
  await write(() =>
    d.transaction('rw', [d.recognitions, ...refTables(d)], async () => {
      await requireAlive(d, {
        classId: input.classId,
        pupilIds: [input.pupilId, input.byPupilId],
        strengthIds: [input.strengthId],
        names: input.names,
      });
      await d.recognitions.add(record);
    }),
  );
  return { ok: true, id: record.id };
}

function byStatus(classId: string, status: Recognition['status']) {
  return db()
    .recognitions.where('[classId+status+createdAt]')
    .between([classId, status, -Infinity], [classId, status, Infinity]);
}

/** The teacher's queue, oldest first (first come, first seen). */
export function listWaiting(classId: string): Promise<Recognition[]> {
  return byStatus(classId, 'waiting').toArray();
}

export function countWaiting(classId: string): Promise<number> {
  return byStatus(classId, 'waiting').count();
}

export function countDeclined(classId: string): Promise<number> {
  return byStatus(classId, 'declined').count();
}

/** Approved recognitions, newest first. */
export function listRecentApproved(classId: string, limit = 30): Promise<Recognition[]> {
  return byStatus(classId, 'approved').reverse().limit(limit).toArray();
}

export interface RecognitionFilter {
  /** A pupil, or 'class' for the whole-class recognitions. */
  pupilId?: string;
  strengthId?: string;
  /** [from, to) in ms. */
  from?: number;
  to?: number;
}

/**
 * Approved recognitions that match the teacher's filter, newest first. A recognition saved for
 * several pupils comes whole (all its records), so it is still shown and edited as one.
 */
export async function listApprovedMatching(classId: string, f: RecognitionFilter): Promise<Recognition[]> {
  const inRange = await db()
    .recognitions.where('[classId+status+createdAt]')
    .between([classId, 'approved', f.from ?? -Infinity], [classId, 'approved', f.to ?? Infinity], true, false)
    .reverse()
    .toArray();
  const key = (r: Recognition) => r.batchId ?? r.id;
  const hits = new Set(
    inRange
      .filter(
        (r) =>
          (!f.strengthId || r.strengthId === f.strengthId) &&
          (!f.pupilId || (f.pupilId === 'class' ? r.pupilId === undefined : r.pupilId === f.pupilId)),
      )
      .map(key),
  );
  return inRange.filter((r) => hits.has(key(r)));
}

/** Approve, optionally with the teacher's wording; the pupil's own words are kept in originalText. */
export async function approveRecognition(
  id: string,
  editedText?: string,
): Promise<{ ok: boolean; problem?: TextProblem }> {
  const d = db();
  if (editedText !== undefined) {
    const problem = checkText(editedText);
    if (problem) return { ok: false, problem };
  }
  await write(() =>
    d.transaction('rw', d.recognitions, async () => {
      const r = await d.recognitions.get(id);
      // Compare-and-set: only the "waiting" the teacher was shown may become "approved".
      if (!r) throw new GoneError('recognition');
      if (r.status !== 'waiting') throw new ChangedError(r.status);
      const now = Date.now();
      const text = editedText === undefined ? r.text : cleanText(editedText);
      const originalText = text !== r.text ? (r.originalText ?? r.text) : r.originalText;
      await d.recognitions.put({
        ...r,
        text,
        ...(originalText !== undefined ? { originalText } : {}),
        status: 'approved',
        decidedAt: now,
        updatedAt: now,
      });
    }),
  );
  return { ok: true };
}

/**
 * Approves, as written, those of `ids` that still wait (the ones the teacher saw listed, not any
 * that arrived since); returns the ids it approved, for the undo.
 */
export async function approveAll(ids: string[]): Promise<string[]> {
  const d = db();
  return write(() =>
    d.transaction('rw', d.recognitions, async () => {
      const now = Date.now();
      const waiting = (await d.recognitions.bulkGet(ids)).filter(
        (r): r is Recognition => r?.status === 'waiting',
      );
      await d.recognitions.bulkPut(
        waiting.map((r) => ({ ...r, status: 'approved' as const, decidedAt: now, updatedAt: now })),
      );
      return waiting.map((r) => r.id);
    }),
  );
}

/** Decline what the teacher saw waiting; a decision made meanwhile elsewhere wins (ChangedError). */
export async function declineRecognition(id: string): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction('rw', d.recognitions, async () => {
      const r = await d.recognitions.get(id);
      if (!r) throw new GoneError('recognition');
      if (r.status !== 'waiting') throw new ChangedError(r.status);
      const now = Date.now();
      await d.recognitions.update(id, { status: 'declined', decidedAt: now, updatedAt: now });
    }),
  );
}

/**
 * Undo a decision made a moment ago (one, or all approved at once; `from` is the status the teacher
 * saw): back to the queue, unless one of them changed meanwhile (ChangedError; nothing is undone).
 */
export async function returnToQueue(id: string | string[], from?: 'approved' | 'declined'): Promise<void> {
  const ids = typeof id === 'string' ? [id] : id;
  const d = db();
  await write(() =>
    d.transaction('rw', d.recognitions, async () => {
      const rows = await d.recognitions.bulkGet(ids);
      const now = Date.now();
      const back: Recognition[] = [];
      for (const r of rows) {
        if (!r) throw new GoneError('recognition');
        if (from && r.status !== from) throw new ChangedError(r.status);
        const { decidedAt: _, ...rest } = r;
        back.push({ ...rest, status: 'waiting', updatedAt: now });
      }
      await d.recognitions.bulkPut(back);
    }),
  );
}

/** Erases every declined recognition of a class for good. */
export async function eraseDeclined(classId: string): Promise<number> {
  return write(() => byStatus(classId, 'declined').delete());
}
