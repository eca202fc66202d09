// The board snapshot: exactly what a strength board needs, and nothing more. The app builds it from
// its database; the extension receives it (or imports it as a board file) and stores it. The board
// component renders from it. Only approved recognitions; no teacher-only data; first names only.
import type { Lang } from './types';

export const BOARD_SNAPSHOT_FORMAT = 'drommeklassen-board';
export const BOARD_SNAPSHOT_VERSION = 1;

export interface BoardStrength {
  id: string;
  /** Already in the snapshot's language. */
  name: string;
  definition: string;
  symbol: string;
  color: string;
}

export interface BoardRecognition {
  id: string;
  /** Absent for a whole-class recognition. */
  pupilId?: string;
  /** First name or nickname; absent for the whole class. */
  pupilName?: string;
  strengthId: string;
  /** What was seen. */
  text: string;
  /** "Sara", "Ms Hansen", "the teacher", "a classmate", already worded in the snapshot's language. */
  noticedBy?: string;
  /** When it was noticed (ms since epoch). */
  at: number;
  /** Bumped when the recognition is edited, so the board can refresh a card it is showing. */
  updatedAt: number;
}

export interface BoardSettings {
  /** Seconds per card, 5-60. */
  intervalSeconds: number;
  showNoticedBy: boolean;
  /** Which extra cards rotate in between recognitions. */
  cards: { dream: boolean; focus: boolean; wholeClass: boolean };
  theme: 'light' | 'dark' | 'auto';
  /** Which recognitions rotate: this week's, this month's or all (absent in older snapshots: all). */
  recent?: BoardRecent;
}

export type BoardRecent = 'week' | 'month' | 'all';

export interface BoardSnapshot {
  format: typeof BOARD_SNAPSHOT_FORMAT;
  version: typeof BOARD_SNAPSHOT_VERSION;
  /** The app version that made it. */
  appVersion: string;
  lang: Lang;
  classId: string;
  className: string;
  createdAt: number;
  strengths: BoardStrength[];
  /** Approved recognitions only (of pupils who are not archived, and the whole class). */
  recognitions: BoardRecognition[];
  focus: { strengthIds: string[]; period: 'week' | 'month' } | null;
  dream: { question?: string; dreams: string[]; principles: string[] };
  settings: BoardSettings;
}

export const DEFAULT_BOARD_SETTINGS: BoardSettings = {
  intervalSeconds: 12,
  showNoticedBy: true,
  cards: { dream: true, focus: true, wholeClass: true },
  theme: 'auto',
  recent: 'all',
};
