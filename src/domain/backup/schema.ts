// Valibot schemas for every record a backup may carry. They mirror src/domain/types.ts and set the
// limits a real record never exceeds, so that a damaged or hostile file is refused, not stored.
import * as v from 'valibot';
import { ISO_DATE } from '../dates';
import {
  type CheckIn,
  type DreamItem,
  type FocusStrength,
  type FriendRound,
  MAX_NAME,
  MAX_TEXT,
  MAX_TIME,
  type Pupil,
  type Recognition,
  type Routine,
  type RoutineRun,
  type SchoolClass,
  type Setting,
  type Strength,
} from '../types';
import { TABLES } from './format';

/** Long free texts (dream items, notes, routine steps). */
export const MAX_LONG_TEXT = 2000;
const MAX_ID = 100;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID));
// A time a JS Date can hold: 9e15 or 1e308 would break every screen that shows the date.
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_TIME));
const isoDate = v.pipe(v.string(), v.regex(ISO_DATE));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const name = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NAME));

const base = { id, createdAt: time, updatedAt: time };

const localized = v.object({
  nb: text(MAX_LONG_TEXT),
  nn: v.optional(text(MAX_LONG_TEXT)),
  en: v.optional(text(MAX_LONG_TEXT)),
});

export const classSchema = v.object({
  ...base,
  name,
  yearGroup: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(13)),
  isDemo: v.boolean(),
  pupilTextOptional: v.boolean(),
  archivedAt: v.optional(time),
});

export const pupilSchema = v.object({
  ...base,
  classId: id,
  name,
  archived: v.picklist([0, 1]),
  lang: v.optional(v.picklist(['nb', 'nn', 'en'])),
});

export const strengthSchema = v.object({
  ...base,
  key: v.optional(text(MAX_ID)),
  name: localized,
  definition: localized,
  symbol: text(40),
  color: text(40),
  order: v.pipe(v.number(), v.finite()),
  hidden: v.boolean(),
});

const noticedBy = v.variant('kind', [
  v.object({ kind: v.literal('teacher') }),
  v.object({ kind: v.literal('adult'), name: text(MAX_NAME * 2) }),
  v.object({ kind: v.literal('pupil'), pupilId: id }),
  v.object({ kind: v.literal('classmate') }),
]);

export const recognitionSchema = v.object({
  ...base,
  classId: id,
  pupilId: v.optional(id),
  strengthId: id,
  text: text(MAX_TEXT),
  noticedBy,
  source: v.picklist(['teacher', 'pupil']),
  status: v.picklist(['waiting', 'approved', 'declined']),
  batchId: v.optional(id),
  roundId: v.optional(id),
  originalText: v.optional(text(MAX_TEXT)),
  decidedAt: v.optional(time),
});

export const focusStrengthSchema = v.object({
  ...base,
  classId: id,
  strengthIds: v.pipe(v.array(id), v.maxLength(50)),
  period: v.picklist(['week', 'month']),
  start: isoDate,
  end: isoDate,
});

export const dreamItemSchema = v.object({
  ...base,
  classId: id,
  kind: v.picklist(['question', 'best', 'dream', 'principle', 'subgoal']),
  text: text(MAX_LONG_TEXT),
  order: v.pipe(v.number(), v.finite()),
  active: v.optional(v.boolean()),
  reachedOn: v.optional(isoDate),
});

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));

export const checkInSchema = v.object({
  ...base,
  classId: id,
  subgoalId: id,
  date: isoDate,
  counts: v.tuple([count, count, count, count, count]),
  classValue: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(5))),
  answers: v.object({
    ledTheWay: text(MAX_LONG_TEXT),
    liked: text(MAX_LONG_TEXT),
    nextStep: text(MAX_LONG_TEXT),
  }),
});

const seconds = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 3600));

const routineStep = v.object({
  id,
  title: text(200),
  text: text(MAX_LONG_TEXT),
  timer: v.optional(
    v.variant('kind', [
      v.object({ kind: v.literal('irp'), seconds: v.object({ I: seconds, R: seconds, P: seconds }) }),
      v.object({ kind: v.literal('plain'), seconds }),
    ]),
  ),
});

export const routineSchema = v.object({
  ...base,
  classId: id,
  templateKey: v.optional(text(MAX_ID)),
  name: text(200),
  steps: v.pipe(v.array(routineStep), v.maxLength(100)),
  schedule: v.object({
    weekdays: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))), v.maxLength(7)),
    time: v.optional(v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/))),
    everyOtherWeek: v.boolean(),
    anchor: isoDate,
  }),
  active: v.boolean(),
});

export const routineRunSchema = v.object({
  ...base,
  classId: id,
  routineId: id,
  date: isoDate,
  status: v.picklist(['done', 'skipped']),
  note: text(MAX_LONG_TEXT),
});

export const friendRoundSchema = v.object({
  ...base,
  classId: id,
  start: isoDate,
  end: isoDate,
  draws: v.record(id, id),
  absent: v.pipe(v.array(id), v.maxLength(200)),
  status: v.picklist(['drawing', 'running', 'finished']),
  finishedAt: v.optional(time),
  giftsOnBoard: v.optional(v.boolean()),
});

export const settingSchema = v.object({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID)),
  value: v.unknown(),
  updatedAt: time,
});

export const RECORD_SCHEMAS = {
  strengths: strengthSchema,
  classes: classSchema,
  pupils: pupilSchema,
  recognitions: recognitionSchema,
  focusStrengths: focusStrengthSchema,
  dreamItems: dreamItemSchema,
  checkIns: checkInSchema,
  routines: routineSchema,
  routineRuns: routineRunSchema,
  friendRounds: friendRoundSchema,
  settings: settingSchema,
} as const;

/** A deletion (format version 2): which record of which table, and when. */
export const tombstoneSchema = v.object({
  table: v.picklist(TABLES),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID)),
  deletedAt: time,
});

const countsEntries = v.pipe(v.number(), v.integer(), v.minValue(0));

export const envelopeHeadSchema = v.object({
  format: v.string(),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.pipe(v.string(), v.maxLength(40)),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  // The regex lets "2026-01-01T00:00:00+23" through; the browser's Date does not.
  createdAt: v.pipe(
    v.string(),
    v.isoTimestamp(),
    v.check((s) => Number.isFinite(Date.parse(s))),
  ),
  scope: v.variant('kind', [
    v.object({ kind: v.literal('all') }),
    v.object({ kind: v.literal('class'), classId: id, className: v.pipe(v.string(), v.maxLength(200)) }),
  ]),
  counts: v.record(v.string(), countsEntries),
  checksum: v.object({
    algorithm: v.literal('SHA-256'),
    value: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  }),
  data: v.record(v.string(), v.array(v.unknown())),
});

// If a record type in ../types.ts changes, these lines stop compiling: update the schema above (and
// docs/backup-format.md) so that a backup never silently drops a field.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<S extends v.GenericSchema> = v.InferOutput<S>;
export const SCHEMAS_MATCH_TYPES: [
  Same<Out<typeof classSchema>, SchoolClass>,
  Same<Out<typeof pupilSchema>, Pupil>,
  Same<Out<typeof strengthSchema>, Strength>,
  Same<Out<typeof recognitionSchema>, Recognition>,
  Same<Out<typeof focusStrengthSchema>, FocusStrength>,
  Same<Out<typeof dreamItemSchema>, DreamItem>,
  Same<Out<typeof checkInSchema>, CheckIn>,
  Same<Out<typeof routineSchema>, Routine>,
  Same<Out<typeof routineRunSchema>, RoutineRun>,
  Same<Out<typeof friendRoundSchema>, FriendRound>,
  Same<Out<typeof settingSchema>, Setting>,
] = [true, true, true, true, true, true, true, true, true, true, true];
