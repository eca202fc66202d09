// Owns the IndexedDB database: the Dexie class, the schema and its append-only version history.
// Nothing outside src/data imports Dexie. Add a new `this.version(n)` for every change and a
// fixture test that opens a database made by the previous version (see docs/data-model.md).
import Dexie, { type Table } from 'dexie';
import { reportError } from '../app-errors';
import type { Tombstone } from '../domain/backup/format';
import { DEFAULT_STRENGTHS } from '../domain/default-strengths';
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
} from '../domain/types';
import { type RegisteredTable, schemaOf } from './registry';
import { tombstoneMiddleware } from './tombstones';

export const DB_NAME = 'drommeklassen';

/** Schema version 1: the first shipped schema. Never edit; add version 2 below it. */
export const SCHEMA_V1 = {
  classes: 'id, name, isDemo, updatedAt',
  pupils: 'id, classId, [classId+archived], updatedAt',
  strengths: 'id, key, order, updatedAt',
  recognitions:
    'id, [classId+createdAt], [classId+status+createdAt], [pupilId+createdAt], [classId+pupilId], batchId, roundId, updatedAt',
  focusStrengths: 'id, [classId+start], updatedAt',
  dreamItems: 'id, [classId+kind], updatedAt',
  checkIns: 'id, [classId+date], [subgoalId+date], updatedAt',
  routines: 'id, classId, updatedAt',
  routineRuns: 'id, [classId+date], [routineId+date], updatedAt',
  friendRounds: 'id, classId, updatedAt',
  settings: 'key',
} as const;

/** Schema version 2: the `tombstones` table (deletions); every other table as in version 1. */
export const SCHEMA_V2 = schemaOf();

export const SCHEMA_VERSION = 2;

export class DreamClassDB extends Dexie {
  classes!: RegisteredTable<SchoolClass, 'id', 'classes'>;
  pupils!: RegisteredTable<Pupil, 'id', 'pupils'>;
  strengths!: RegisteredTable<Strength, 'id', 'strengths'>;
  recognitions!: RegisteredTable<Recognition, 'id', 'recognitions'>;
  focusStrengths!: RegisteredTable<FocusStrength, 'id', 'focusStrengths'>;
  dreamItems!: RegisteredTable<DreamItem, 'id', 'dreamItems'>;
  checkIns!: RegisteredTable<CheckIn, 'id', 'checkIns'>;
  routines!: RegisteredTable<Routine, 'id', 'routines'>;
  routineRuns!: RegisteredTable<RoutineRun, 'id', 'routineRuns'>;
  friendRounds!: RegisteredTable<FriendRound, 'id', 'friendRounds'>;
  settings!: RegisteredTable<Setting, 'key', 'settings'>;
  tombstones!: Table<Tombstone, [string, string]>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.use(tombstoneMiddleware);
    // A brand-new database starts with the default strength catalogue (editable data).
    this.on('populate', (tx) => {
      const now = Date.now();
      tx.table('strengths').bulkAdd(
        DEFAULT_STRENGTHS.map((s, i) => ({
          id: crypto.randomUUID(),
          key: s.key,
          name: s.name,
          definition: s.definition,
          symbol: s.symbol,
          color: s.color,
          order: i,
          hidden: false,
          createdAt: now,
          updatedAt: now,
        })),
      );
    });
    // Another tab opened a newer schema: this tab must not keep writing with the old one.
    this.on('versionchange', () => {
      this.close();
      reportError('blocked');
      return false;
    });
  }
}

let instance: DreamClassDB | null = null;

/** The app's database could not be opened at all (corrupt, blocked by the browser): nothing can be read. */
export function openHasFailed(): boolean {
  return !!instance && instance.hasFailed();
}

export function db(): DreamClassDB {
  if (!instance) {
    instance = new DreamClassDB();
    void openDatabase(instance);
  }
  return instance;
}

/**
 * Opens and reports a failure in plain words. IndexedDB runs an upgrade in one versionchange
 * transaction: if it fails, the database stays at the old version with the old data. We name that
 * case "UpgradeError" so the app can say the data is safe (src/ui/OpenFailedHelp.tsx).
 */
/** Whether any table but the catalogue, the settings and the tombstones holds a record. */
async function holdsRecords(d: DreamClassDB): Promise<boolean> {
  for (const t of d.tables) {
    if (t.name === 'strengths' || t.name === 'settings' || t.name === 'tombstones') continue;
    if ((await t.limit(1).count()) > 0) return true;
  }
  return false;
}

export async function openDatabase(d: DreamClassDB): Promise<boolean> {
  try {
    await d.open();
    // Deferred: the first screen never waits for it, and an empty database (a first visit) never
    // loads it at all.
    void holdsRecords(d)
      .then((any) => (any ? import('./repair-orphans').then(({ repairOrphans }) => repairOrphans(d)) : 0))
      .then((n) => {
        if (n > 0) reportError('setAside', undefined, n);
      })
      .catch((err) => console.error('[drommeklassen] repair', err));
    return true;
  } catch (err) {
    reportError('openFailed', await upgradeFailure(d, err));
    return false;
  }
}

async function upgradeFailure(d: DreamClassDB, err: unknown): Promise<unknown> {
  try {
    const onDisk = (await indexedDB.databases()).find((x) => x.name === d.name)?.version;
    // Dexie stores version n as IndexedDB version n * 10.
    if (onDisk && onDisk < d.verno * 10) {
      const e = new Error(`Upgrade from schema ${onDisk / 10} to ${d.verno} failed; the old data is intact`, {
        cause: err,
      });
      e.name = 'UpgradeError';
      return e;
    }
  } catch {
    // indexedDB.databases() is missing in old browsers: report the original error.
  }
  return err;
}

/** Tests use a fresh database per test. */
export function useDatabase(next: DreamClassDB | null): void {
  instance = next;
}
