// The record shapes the whole product shares: plain data, no Dexie, no Preact, no browser APIs.
// Every record carries a random UUID `id` and `updatedAt` (ms since epoch) so that backups from two
// devices can be merged record by record ("newest edit wins").

export type Lang = 'nb' | 'nn' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

/** A text in all three languages. Missing languages fall back to bokmål. */
export type Localized = { nb: string; nn?: string; en?: string };

export interface BaseRecord {
  id: string;
  createdAt: number;
  updatedAt: number;
}

export interface SchoolClass extends BaseRecord {
  name: string;
  /** 1-13 (1.-10. trinn, then Vg1-Vg3). */
  yearGroup: number;
  /** The demo class is flagged so that it never mixes into a real class. */
  isDemo: boolean;
  /** Pupil mode: may the youngest skip the "what did they do?" text? */
  pupilTextOptional: boolean;
  archivedAt?: number;
}

export interface Pupil extends BaseRecord {
  classId: string;
  /** First name or nickname only. */
  name: string;
  /** 0 = active, 1 = archived. A number so that it can be part of an IndexedDB compound index. */
  archived: 0 | 1;
  /** Preferred language for printed sheets; falls back to the app language. */
  lang?: Lang;
}

export interface Strength extends BaseRecord {
  /** Stable key for the built-in ones (e.g. "care"); absent for strengths a teacher added. */
  key?: string;
  name: Localized;
  definition: Localized;
  /** One emoji or short symbol. */
  symbol: string;
  /** A CSS colour (hex). */
  color: string;
  order: number;
  hidden: boolean;
}

export type RecognitionStatus = 'waiting' | 'approved' | 'declined';

export type NoticedBy =
  | { kind: 'teacher' }
  | { kind: 'adult'; name: string }
  | { kind: 'pupil'; pupilId: string }
  /** A pupil who has since been erased: shown as "a classmate". */
  | { kind: 'classmate' };

export interface Recognition extends BaseRecord {
  classId: string;
  /** Absent for a recognition of the whole class. */
  pupilId?: string;
  strengthId: string;
  /** What was seen: the concrete action. At most MAX_TEXT characters. */
  text: string;
  noticedBy: NoticedBy;
  /** Who typed it: pupil words always start as "waiting". */
  source: 'teacher' | 'pupil';
  status: RecognitionStatus;
  /** Recognitions saved together for several pupils share a batch id. */
  batchId?: string;
  /** Tagged to a secret-friend round. */
  roundId?: string;
  /** The pupil's original words when a teacher edited them in moderation. */
  originalText?: string;
  decidedAt?: number;
}

export interface FocusStrength extends BaseRecord {
  classId: string;
  strengthIds: string[];
  period: 'week' | 'month';
  /** ISO date (YYYY-MM-DD), inclusive. */
  start: string;
  /** ISO date (YYYY-MM-DD), inclusive. */
  end: string;
}

export type DreamKind = 'question' | 'best' | 'dream' | 'principle' | 'subgoal';

export interface DreamItem extends BaseRecord {
  classId: string;
  kind: DreamKind;
  text: string;
  order: number;
  /** Sub-goals: the one being worked on. */
  active?: boolean;
  /** Sub-goals: ISO date when reached. */
  reachedOn?: string;
}

export interface CheckIn extends BaseRecord {
  classId: string;
  subgoalId: string;
  /** ISO date. */
  date: string;
  /** How many placed the class on 1..5 (index 0 = 1). */
  counts: [number, number, number, number, number];
  /** Or one value the class agreed on. */
  classValue?: number;
  answers: { ledTheWay: string; liked: string; nextStep: string };
}

export type IrpPhase = 'I' | 'R' | 'P';

export interface RoutineStep {
  id: string;
  title: string;
  text: string;
  /** Seconds per IRP phase, or a single plain timer. */
  timer?: { kind: 'irp'; seconds: Record<IrpPhase, number> } | { kind: 'plain'; seconds: number };
}

export interface RoutineSchedule {
  /** 1 = Monday ... 7 = Sunday. Empty = not scheduled. */
  weekdays: number[];
  /** "HH:MM" local time, optional. */
  time?: string;
  /** Every other week, counted from the ISO week of `anchor`. */
  everyOtherWeek: boolean;
  /** ISO date the schedule counts from. */
  anchor: string;
}

export interface Routine extends BaseRecord {
  classId: string;
  templateKey?: string;
  name: string;
  steps: RoutineStep[];
  schedule: RoutineSchedule;
  active: boolean;
}

export interface RoutineRun extends BaseRecord {
  classId: string;
  routineId: string;
  /** ISO date the run was due/held. */
  date: string;
  status: 'done' | 'skipped';
  note: string;
}

export interface FriendRound extends BaseRecord {
  classId: string;
  start: string;
  end: string;
  /** giver pupil id -> receiver pupil id. */
  draws: Record<string, string>;
  absent: string[];
  status: 'drawing' | 'running' | 'finished';
  /** When the teacher finished the round (ms since epoch). */
  finishedAt?: number;
  /** After the ceremony: the teacher chose to show the round's gift notes on the board. */
  giftsOnBoard?: boolean;
}

export interface Setting {
  key: string;
  value: unknown;
  updatedAt: number;
}

export const MAX_TEXT = 280;
export const MAX_NAME = 40;
/** Active pupils in one class: a real class is 15-30; more than this is a pasted list gone wrong. */
export const MAX_PUPILS = 60;
/**
 * What a backup may hold per class: looser than MAX_PUPILS, because a database filled before that
 * limit (a whole year group as one "class") must still import its own backup; 3,000 may not.
 */
export const MAX_PUPILS_IN_FILE = 200;
/** The largest time (ms) a JS Date holds (+-100,000,000 days from 1970). */
export const MAX_TIME = 8.64e15;
