// The tables a backup carries: the file format's own lists (docs/backup-format.md), re-exported by
// format.ts. Apart from format.ts because src/data/registry.ts, loaded on every start, derives its
// lists from them and must not bring the format's code (checksums, file names) along.

/**
 * The record tables a backup carries, in the order they are written (parents before children).
 * The file format's own list; src/data/registry.ts must agree with it (it stops compiling if not).
 */
export const TABLES = [
  'strengths',
  'classes',
  'pupils',
  'recognitions',
  'focusStrengths',
  'dreamItems',
  'checkIns',
  'routines',
  'routineRuns',
  'friendRounds',
  'settings',
] as const;
export type TableName = (typeof TABLES)[number];

/** Tables whose records belong to one class (they carry `classId`). */
export const CLASS_TABLES = [
  'pupils',
  'recognitions',
  'focusStrengths',
  'dreamItems',
  'checkIns',
  'routines',
  'routineRuns',
  'friendRounds',
] as const satisfies readonly TableName[];
