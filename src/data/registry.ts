// The one registry of what the database stores (docs/data-model.md). Per table: its primary key and
// indexes, how the records of one class are found, what erasing a pupil does to it, whether its
// records leave this device, and whether deleting one leaves a tombstone. Per setting key: whether
// it belongs to a class (and is removed with it) or to this device (never in a backup, never taken
// from one). db.ts's schema, deleteClass, the backup export and import, and pupil erasure are all
// derived from here: a new table or setting is added in this file, and nothing can forget it.
import Dexie, { type Collection, type IDType, type InsertType, type Table, type WhereClause } from 'dexie';
import { type CLASS_TABLES, TABLES, type TableName } from '../domain/backup/tables';
import type { SYNC } from '../domain/sync/project';
import type { FriendRound, Recognition } from '../domain/types';

/** Where a table's records may go besides this device's database. */
export type Destination = 'backup' | 'board' | 'sync';

/** What erasing one pupil ("Slett … overalt") does to a table's records. */
export interface PupilErasure {
  /** Records found by this index with the pupil's id first are deleted (a tombstone each). */
  deleteBy?: string;
  /** Every record of the pupil's class is offered here; return true if it was changed (blanked). */
  blank?: (row: never, pupilId: string, now: number) => boolean;
}

export interface TableSpec {
  /** The primary key (Dexie syntax). */
  readonly key: string;
  readonly indexes: readonly string[];
  /** The index whose first part is `classId` ('self': the classes table's primary key). */
  readonly byClass?: string;
  readonly pupilErasure?: PupilErasure;
  readonly leaves: readonly Destination[];
  /** Deleting a record leaves a tombstone (id, table, deletedAt) so a merge never brings it back. */
  readonly tombstone: boolean;
}

/** Erasing a pupil from a recognition they noticed in someone else: it says "a classmate" then. */
function blankNoticedBy(r: Recognition, pupilId: string, now: number): boolean {
  if (r.noticedBy.kind !== 'pupil' || r.noticedBy.pupilId !== pupilId) return false;
  r.noticedBy = { kind: 'classmate' };
  r.updatedAt = now;
  return true;
}

/** Erasing a pupil from a secret-friend round: the loop is closed so everyone left has one friend. */
function blankFromRound(round: FriendRound, pupilId: string, now: number): boolean {
  const draws = { ...round.draws };
  const inRound =
    pupilId in draws || Object.values(draws).includes(pupilId) || round.absent.includes(pupilId);
  if (!inRound) return false;
  const receiver = draws[pupilId];
  const giverOfThis = Object.keys(draws).find((g) => draws[g] === pupilId);
  delete draws[pupilId];
  if (giverOfThis && receiver && giverOfThis !== receiver) draws[giverOfThis] = receiver;
  else if (giverOfThis) delete draws[giverOfThis];
  round.draws = draws;
  round.absent = round.absent.filter((p) => p !== pupilId);
  round.updatedAt = now;
  return true;
}

const everywhere = ['backup', 'sync'] as const satisfies readonly Destination[];

export const REGISTRY = {
  strengths: {
    key: 'id',
    indexes: ['key', 'order', 'updatedAt'],
    leaves: [...everywhere, 'board'],
    tombstone: true,
  },
  classes: {
    key: 'id',
    indexes: ['name', 'isDemo', 'updatedAt'],
    byClass: 'self',
    leaves: [...everywhere, 'board'],
    tombstone: true,
  },
  pupils: {
    key: 'id',
    indexes: ['classId', '[classId+archived]', 'updatedAt'],
    byClass: 'classId',
    pupilErasure: { deleteBy: 'id' },
    leaves: [...everywhere, 'board'],
    tombstone: true,
  },
  recognitions: {
    key: 'id',
    indexes: [
      '[classId+createdAt]',
      '[classId+status+createdAt]',
      '[pupilId+createdAt]',
      '[classId+pupilId]',
      'batchId',
      'roundId',
      'updatedAt',
    ],
    byClass: '[classId+createdAt]',
    pupilErasure: { deleteBy: '[pupilId+createdAt]', blank: blankNoticedBy as PupilErasure['blank'] },
    leaves: [...everywhere, 'board'],
    tombstone: true,
  },
  focusStrengths: {
    key: 'id',
    indexes: ['[classId+start]', 'updatedAt'],
    byClass: '[classId+start]',
    leaves: [...everywhere, 'board'],
    tombstone: true,
  },
  dreamItems: {
    key: 'id',
    indexes: ['[classId+kind]', 'updatedAt'],
    byClass: '[classId+kind]',
    leaves: [...everywhere, 'board'],
    tombstone: true,
  },
  checkIns: {
    key: 'id',
    indexes: ['[classId+date]', '[subgoalId+date]', 'updatedAt'],
    byClass: '[classId+date]',
    leaves: everywhere,
    tombstone: true,
  },
  routines: {
    key: 'id',
    indexes: ['classId', 'updatedAt'],
    byClass: 'classId',
    leaves: everywhere,
    tombstone: true,
  },
  routineRuns: {
    key: 'id',
    indexes: ['[classId+date]', '[routineId+date]', 'updatedAt'],
    byClass: '[classId+date]',
    leaves: everywhere,
    tombstone: true,
  },
  friendRounds: {
    key: 'id',
    indexes: ['classId', 'updatedAt'],
    byClass: 'classId',
    pupilErasure: { blank: blankFromRound as PupilErasure['blank'] },
    leaves: everywhere,
    tombstone: true,
  },
  /** Key-value settings: which of them travel is decided per key (settingScope below). */
  settings: {
    key: 'key',
    indexes: [],
    leaves: everywhere,
    tombstone: true,
  },
  /** What was deleted, when: no content. Travels with backups so deletions win over older copies. */
  tombstones: {
    key: '[table+id]',
    indexes: ['deletedAt'],
    leaves: everywhere,
    tombstone: false,
  },
} as const satisfies Record<string, TableSpec>;

export type StoredTable = keyof typeof REGISTRY;
export const STORED_TABLES = Object.keys(REGISTRY) as StoredTable[];

type Spec<T extends StoredTable> = (typeof REGISTRY)[T];
/** The leading parts of a compound index, which Dexie also answers as indexes: 'a' and '[a+b]' of '[a+b+c]'. */
type Prefixes<S extends string, Acc extends string = ''> = S extends `${infer H}+${infer Rest}`
  ? (Acc extends '' ? H : `[${Acc}+${H}]`) | Prefixes<Rest, Acc extends '' ? H : `${Acc}+${H}`>
  : never;
type WithPrefixes<I extends string> = I | (I extends `[${infer Inner}]` ? Prefixes<Inner> : never);
/** Every index name a table answers, primary key included: a typo is a compile error. */
export type IndexName<T extends StoredTable> =
  | ':id'
  | WithPrefixes<Spec<T>['key'] | Spec<T>['indexes'][number]>;

/**
 * A Dexie table whose `where` and `orderBy` take only the index names the registry declares for it:
 * `db().recognitions.where('[classId+createdAt]')` is checked, a misspelt index does not compile.
 */
export interface RegisteredTable<T, K extends keyof T, N extends StoredTable>
  extends Table<T, IDType<T, K>, InsertType<T, K>> {
  where(index: IndexName<N>): WhereClause<T, IDType<T, K>, InsertType<T, K>>;
  where(equalityCriterias: { [key: string]: unknown }): Collection<T, IDType<T, K>, InsertType<T, K>>;
  orderBy(index: IndexName<N>): Collection<T, IDType<T, K>, InsertType<T, K>>;
}

/** The Dexie `stores()` line of every table, as the registry says. */
export function schemaOf(tables: readonly StoredTable[] = STORED_TABLES): Record<StoredTable, string> {
  const out = {} as Record<StoredTable, string>;
  for (const t of tables) out[t] = [REGISTRY[t].key, ...REGISTRY[t].indexes].join(', ');
  return out;
}

const spec = (t: StoredTable): TableSpec => REGISTRY[t];

// --- Derived lists, checked against the backup format (src/domain/backup/format.ts) -----------------

/** Record tables that go into a backup, in the format's order (tombstones travel beside them). */
export const BACKUP_TABLES: readonly TableName[] = TABLES.filter((t) => spec(t).leaves.includes('backup'));
/** Tables whose records belong to one class (everything with `byClass` except the class itself). */
export const CLASS_OWNED: readonly TableName[] = TABLES.filter((t) => {
  const by = spec(t).byClass;
  return by !== undefined && by !== 'self';
});
/** Tables whose deletions leave a tombstone. */
export const TOMBSTONED = new Set<string>(STORED_TABLES.filter((t) => spec(t).tombstone));

// The format's table lists must be exactly what the registry says; this stops compiling otherwise.
type RegistryClassTables = {
  [T in StoredTable]: Spec<T> extends { byClass: string }
    ? Spec<T>['byClass'] extends 'self'
      ? never
      : T
    : never;
}[StoredTable];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const FORMAT_MATCHES_REGISTRY: [
  Same<Exclude<StoredTable, 'tombstones'>, TableName>,
  Same<RegistryClassTables, (typeof CLASS_TABLES)[number]>,
] = [true, true];

/**
 * Sync's map of which record goes to which database (src/domain/sync/project.ts, `SYNC`) covers
 * exactly the tables that leave this device by sync; the tombstones travel as deleted documents.
 * A type only, so the first visit loads nothing of sync: a table that says `leaves: 'sync'` without
 * a mapping there (or the other way round) stops compiling.
 */
type LeavesBySync = {
  [T in StoredTable]: 'sync' extends Spec<T>['leaves'][number] ? T : never;
}[StoredTable];
type Holds<T extends true> = T;
export type SYNC_MATCHES_REGISTRY = Holds<Same<LeavesBySync, keyof typeof SYNC | 'tombstones'>>;

// --- Collections ------------------------------------------------------------------------------------

/** Records found by an index whose first part is `first` (a plain index: equal to it). */
function startingWith(d: Dexie, t: StoredTable, index: string, first: string): Collection {
  const table = d.table(t);
  if (!index.startsWith('[')) return table.where(index).equals(first);
  return table.where(index).between([first, Dexie.minKey], [first, Dexie.maxKey], true, true);
}

/** The records of one class in a table (the class itself for `classes`). */
export function classRecords(d: Dexie, t: StoredTable, classId: string): Collection | null {
  const by = spec(t).byClass;
  if (!by) return null;
  if (by === 'self') return d.table(t).where(':id').equals(classId);
  return startingWith(d, t, by, classId);
}

/** The tables erasing a pupil touches. */
export const PUPIL_TABLES = STORED_TABLES.filter((t) => spec(t).pupilErasure !== undefined);

/**
 * Erases one pupil from every table, as the registry says: records about them deleted (each leaves
 * a tombstone), their name blanked where they noticed something in others. Call inside a
 * transaction over PUPIL_TABLES (and the tombstones, if the caller manages them).
 */
export async function erasePupilRecords(d: Dexie, pupil: { id: string; classId: string }, now: number) {
  const theirs = new Set(
    await startingWith(d, 'recognitions', '[pupilId+createdAt]', pupil.id).primaryKeys(),
  );
  for (const t of PUPIL_TABLES) {
    const how = spec(t).pupilErasure!;
    if (how.deleteBy === spec(t).key) await d.table(t).delete(pupil.id);
    else if (how.deleteBy) await startingWith(d, t, how.deleteBy, pupil.id).delete();
    if (how.blank) {
      const blank = how.blank as (row: unknown, pupilId: string, now: number) => boolean;
      const changed = (await classRecords(d, t, pupil.classId)!.toArray()).filter((row) =>
        blank(row, pupil.id, now),
      );
      if (changed.length) await d.table(t).bulkPut(changed);
    }
  }
  // The board's rotation (a class setting this device keeps; it is in backups, never synced) remembers
  // which pupils and recognitions it showed: her id and her recognitions' ids leave it too.
  const key = CLASS_SETTINGS.boardRotation(pupil.classId);
  const row = (await d.table('settings').get(key)) as { value: unknown } | undefined;
  const forgot = row && forgetInRotation(row.value, (id) => id !== pupil.id && !theirs.has(id));
  if (row && forgot !== row.value) await d.table('settings').put({ ...row, value: forgot, updatedAt: now });
}

/**
 * The board's stored rotation state (`board.rotation.<class>`, src/domain/rotation.ts) without the
 * pupil and recognition ids `keep` refuses: from its round (pupil ids), what it has seen and its
 * history (recognition ids). Works on the value as stored (a shape it does not know is left alone)
 * and answers the same value when nothing is removed. Here rather than in the rotation module, which
 * is not part of the first visit's code.
 */
export function forgetInRotation(value: unknown, keep: (id: string) => boolean): unknown {
  if (!value || typeof value !== 'object') return value;
  const v = value as { round?: unknown; seen?: unknown; history?: unknown; back?: unknown };
  const kept = (x: unknown) => typeof x !== 'string' || keep(x);
  const round = Array.isArray(v.round) ? v.round.filter(kept) : v.round;
  const seen = Array.isArray(v.seen) ? v.seen.filter((e) => !Array.isArray(e) || kept(e[0])) : v.seen;
  const history = Array.isArray(v.history)
    ? v.history.filter((c) => !c || typeof c !== 'object' || kept((c as { id?: unknown }).id))
    : v.history;
  const same = (a: unknown, b: unknown) =>
    !Array.isArray(a) || (a as unknown[]).length === (b as unknown[]).length;
  if (same(v.round, round) && same(v.seen, seen) && same(v.history, history)) return value;
  // The newest card again: a step back into history may point at a card that is gone.
  return { ...v, round, seen, history, back: 0 };
}

// --- Settings ---------------------------------------------------------------------------------------

/** Settings that belong to one class: removed with it, and carried by its class backup. */
export const CLASS_SETTINGS = {
  boardRotation: (classId: string) => `board.rotation.${classId}`,
  boardSettings: (classId: string) => `board.settings.${classId}`,
  /** The class's confirmed school holidays (src/data/holidays.ts). */
  schoolHolidays: (classId: string) => `holidays.${classId}`,
} as const;
const CLASS_SETTING_PREFIXES = Object.values(CLASS_SETTINGS).map((f) => f(''));

/** Device settings that name a class: cleared when that class is deleted. */
export const DEVICE_CLASS_POINTERS = {
  lastBoardClass: 'board.lastClass',
  extensionClass: 'extension.boardClassId',
} as const;

/**
 * This device's own settings: the teacher PIN and everything about unlocking (`teacher.*`, e.g. the
 * wrong-PIN wait and the shared-screen lock), backup bookkeeping (`backup.*`), anything under
 * `device.*`, and the board's and extension's class choice. They never go into a backup and are
 * never taken from one: a file must not remove or replace a PIN, nor point this device elsewhere.
 */
export const DEVICE_SETTING_PREFIXES = ['teacher.', 'backup.', 'device.'] as const;

export type SettingScope = { kind: 'device' } | { kind: 'class'; classId: string } | { kind: 'shared' };

export function settingScope(key: string): SettingScope {
  if (DEVICE_SETTING_PREFIXES.some((p) => key.startsWith(p))) return { kind: 'device' };
  if ((Object.values(DEVICE_CLASS_POINTERS) as string[]).includes(key)) return { kind: 'device' };
  const prefix = CLASS_SETTING_PREFIXES.find((p) => key.startsWith(p));
  if (prefix) return { kind: 'class', classId: key.slice(prefix.length) };
  return { kind: 'shared' };
}

export const isDeviceSetting = (key: string): boolean => settingScope(key).kind === 'device';

/** The settings keys one class owns. */
export function classSettingKeys(classId: string): string[] {
  return Object.values(CLASS_SETTINGS).map((f) => f(classId));
}
