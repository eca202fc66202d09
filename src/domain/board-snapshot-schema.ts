// Parses a board snapshot that arrives from outside (a message from the app, a board file): strict
// shape at every level, bounded sizes, the right format and version, and approved recognitions only.
// Pure: used by the extension's background, its popup and the unit tests.
import * as v from 'valibot';
import { BOARD_SNAPSHOT_FORMAT, BOARD_SNAPSHOT_VERSION, type BoardSnapshot } from './board-snapshot';
import { isRecord } from './guards';
import { MAX_NAME, MAX_TEXT } from './types';

/** A snapshot larger than this (as JSON) is refused before it is parsed. */
export const MAX_SNAPSHOT_BYTES = 1024 * 1024;
export const MAX_RECOGNITIONS = 3000;

export type SnapshotRejection = 'too-large' | 'not-json' | 'format' | 'version' | 'not-approved' | 'shape';

export type SnapshotParse = { ok: true; snapshot: BoardSnapshot } | { ok: false; reason: SnapshotRejection };

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const short = (max: number) => v.pipe(v.string(), v.maxLength(max));
// Colours end up in CSS: only plain hex colours, never an arbitrary CSS value.
const color = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{3,8}$/));

const strengthSchema = v.strictObject({
  id,
  name: short(80),
  definition: short(400),
  symbol: short(16),
  color,
});

const recognitionSchema = v.strictObject({
  id,
  pupilId: v.optional(id),
  pupilName: v.optional(short(MAX_NAME)),
  strengthId: id,
  // A little slack over MAX_TEXT: a teacher's edit may be a touch longer than a pupil's input.
  text: short(MAX_TEXT * 2),
  noticedBy: v.optional(short(80)),
  at: time,
  updatedAt: time,
});

const settingsSchema = v.strictObject({
  intervalSeconds: v.pipe(v.number(), v.minValue(5), v.maxValue(60)),
  showNoticedBy: v.boolean(),
  cards: v.strictObject({ dream: v.boolean(), focus: v.boolean(), wholeClass: v.boolean() }),
  theme: v.picklist(['light', 'dark', 'auto']),
  recent: v.optional(v.picklist(['week', 'month', 'all'])),
});

const snapshotSchema = v.strictObject({
  format: v.literal(BOARD_SNAPSHOT_FORMAT),
  version: v.literal(BOARD_SNAPSHOT_VERSION),
  appVersion: short(32),
  lang: v.picklist(['nb', 'nn', 'en']),
  classId: id,
  className: short(MAX_NAME),
  createdAt: time,
  strengths: v.pipe(v.array(strengthSchema), v.maxLength(200)),
  recognitions: v.pipe(v.array(recognitionSchema), v.maxLength(MAX_RECOGNITIONS)),
  focus: v.nullable(
    v.strictObject({
      strengthIds: v.pipe(v.array(id), v.maxLength(20)),
      period: v.picklist(['week', 'month']),
    }),
  ),
  dream: v.strictObject({
    question: v.optional(short(MAX_TEXT * 2)),
    dreams: v.pipe(v.array(short(MAX_TEXT * 2)), v.maxLength(100)),
    principles: v.pipe(v.array(short(MAX_TEXT * 2)), v.maxLength(100)),
  }),
  settings: settingsSchema,
});

// The parsed output must be usable as a BoardSnapshot: a compile-time check that schema and type agree.
const _sameShape: (x: v.InferOutput<typeof snapshotSchema>) => BoardSnapshot = (x) => x;
void _sameShape;

/**
 * Checks a snapshot object. The snapshot format has no status field: a recognition that carries one
 * (or any other key the format does not know) was not made by `buildBoardSnapshot`, so the whole
 * snapshot is refused. One carrying a status other than "approved" is named as such in the log,
 * because that is exactly what must never reach a shared screen.
 */
export function parseBoardSnapshot(input: unknown): SnapshotParse {
  if (!isRecord(input)) return { ok: false, reason: 'shape' };
  if (input.format !== BOARD_SNAPSHOT_FORMAT) return { ok: false, reason: 'format' };
  if (input.version !== BOARD_SNAPSHOT_VERSION) return { ok: false, reason: 'version' };
  if (
    Array.isArray(input.recognitions) &&
    input.recognitions.some((r) => isRecord(r) && 'status' in r && r.status !== 'approved')
  )
    return { ok: false, reason: 'not-approved' };
  const result = v.safeParse(snapshotSchema, input);
  if (!result.success) return { ok: false, reason: 'shape' };
  return { ok: true, snapshot: result.output };
}

/** Size of a value as UTF-8 JSON; Infinity when it cannot be serialised (cycles, BigInt). */
export function jsonBytes(value: unknown): number {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? Number.POSITIVE_INFINITY : new TextEncoder().encode(json).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Parses the text of a board file: size first (before JSON.parse), then the snapshot. */
export function parseBoardFile(text: string): SnapshotParse {
  if (text.length > MAX_SNAPSHOT_BYTES || new TextEncoder().encode(text).length > MAX_SNAPSHOT_BYTES)
    return { ok: false, reason: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return parseBoardSnapshot(data);
}
