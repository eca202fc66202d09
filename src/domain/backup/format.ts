// The backup file format (docs/backup-format.md): a versioned envelope around the tables' records,
// with record counts and a SHA-256 checksum of the payload. Pure: Web Crypto only (browser and Node).
import type {
  CheckIn,
  DreamItem,
  FocusStrength,
  FriendRound,
  Pupil,
  Recognition,
  Routine,
  RoutineRun,
  SchoolClass,
  Setting,
  Strength,
} from '../types';
import { TABLES, type TableName } from './tables';

export const FORMAT_NAME = 'drommeklassen-backup';
/** 2: `data.tombstones` (deletions) added; version-1 files still import (they have none). */
export const FORMAT_VERSION = 2;

// The table lists live in tables.ts (the app shell's registry needs them without this file's code).
export { CLASS_TABLES, TABLES, type TableName } from './tables';

/**
 * A deletion: which record of which table (a setting's key as `id`), and when. No content. A
 * record in a file never comes back over a tombstone at least as new as the record.
 */
export interface Tombstone {
  table: TableName;
  id: string;
  deletedAt: number;
}

/** The records of every table, and the deletions beside them. */
export interface BackupData {
  strengths: Strength[];
  classes: SchoolClass[];
  pupils: Pupil[];
  recognitions: Recognition[];
  focusStrengths: FocusStrength[];
  dreamItems: DreamItem[];
  checkIns: CheckIn[];
  routines: Routine[];
  routineRuns: RoutineRun[];
  friendRounds: FriendRound[];
  settings: Setting[];
  tombstones: Tombstone[];
}

export type BackupScope = { kind: 'all' } | { kind: 'class'; classId: string; className: string };

export interface BackupEnvelope {
  format: typeof FORMAT_NAME;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  /** ISO date-time when the file was made. */
  createdAt: string;
  scope: BackupScope;
  counts: Record<TableName | 'tombstones', number>;
  checksum: { algorithm: 'SHA-256'; value: string };
  data: BackupData;
}

export function emptyData(): BackupData {
  return {
    strengths: [],
    classes: [],
    pupils: [],
    recognitions: [],
    focusStrengths: [],
    dreamItems: [],
    checkIns: [],
    routines: [],
    routineRuns: [],
    friendRounds: [],
    settings: [],
    tombstones: [],
  };
}

export function countRecords(data: BackupData): Record<TableName | 'tombstones', number> {
  const counts = {} as Record<TableName | 'tombstones', number>;
  for (const t of TABLES) counts[t] = data[t].length;
  counts.tombstones = data.tombstones.length;
  return counts;
}

export function totalRecords(counts: Record<TableName, number>): number {
  return TABLES.reduce((sum, t) => sum + (counts[t] ?? 0), 0);
}

/** SHA-256 (lower-case hex) of a text's UTF-8 bytes, via Web Crypto. */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The checksum covers `JSON.stringify(data)` (no spaces). JSON.parse followed by JSON.stringify
 * gives back the same text, so a reader can check it after parsing, whatever the file's layout.
 */
export function payloadChecksum(data: unknown): Promise<string> {
  return sha256Hex(JSON.stringify(data));
}

/**
 * Builds the file text. `data` is serialized once and the checksum taken over exactly that text,
 * which matters for 100,000 records.
 */
export async function buildBackupText(input: {
  data: BackupData;
  scope: BackupScope;
  appVersion: string;
  schemaVersion: number;
  now?: Date;
}): Promise<{ text: string; head: Omit<BackupEnvelope, 'data'> }> {
  const dataJson = JSON.stringify(input.data);
  const head: Omit<BackupEnvelope, 'data'> = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    appVersion: input.appVersion,
    schemaVersion: input.schemaVersion,
    createdAt: (input.now ?? new Date()).toISOString(),
    scope: input.scope,
    counts: countRecords(input.data),
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(dataJson) },
  };
  // The metadata first (readable at the top of the file), then the records.
  return { text: `${JSON.stringify(head).slice(0, -1)},"data":${dataJson}}`, head };
}

/** A file name that sorts by date: drommeklassen-4b-2026-11-23.json */
export function backupFileName(scope: BackupScope, now: Date, prefix = 'drommeklassen'): string {
  const date = now.toISOString().slice(0, 10);
  const slug =
    scope.kind === 'class'
      ? `-${
          scope.className
            .toLowerCase()
            .replace(/æ/g, 'ae')
            .replace(/ø/g, 'o')
            .replace(/å/g, 'a')
            .normalize('NFKD')
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '') || 'klasse'
        }`
      : '';
  return `${prefix}${slug}-${date}.json`;
}
