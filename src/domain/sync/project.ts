// Which record goes to which of a class's databases, as whom (docs/sync.md §3.1, §3.2). Pure: the
// bridge asks `project` for every changed record and writes (or deletes) what it answers. Not
// imported by anything on the first visit: the registry checks this table against its own at compile
// time only (`SYNC_MATCHES_REGISTRY` in src/data/registry.ts).
import type { BackupData, TableName } from '../backup/format';
import { keptOffBoard } from '../friend-round';
import type { FriendRound, Pupil, Recognition, Setting } from '../types';
import type { DbKind } from './format';

/** What a paired device is (§5). The co-teacher's laptop is a teacher device. */
export type DeviceRole = 'teacher' | 'screen' | 'tablet';
export const DEVICE_ROLES: readonly DeviceRole[] = ['teacher', 'screen', 'tablet'];

/**
 * The databases each role writes. Only teacher devices write `main`, `roster` and `shown`; a screen
 * or tablet writes only its own inbox (so a board rotation kept on a screen stays there).
 */
export const WRITES: Readonly<Record<DeviceRole, readonly DbKind[]>> = {
  teacher: ['main', 'roster', 'shown'],
  screen: ['inbox'],
  tablet: ['inbox'],
};

/**
 * The databases each role reads (pulls): a teacher device `main` and every inbox of the class; a
 * screen `roster`, `shown` and its own inbox; a tablet `roster` and its own inbox. A lost tablet holds
 * at most the roster and its own unsent words.
 */
export const READS: Readonly<Record<DeviceRole, readonly DbKind[]>> = {
  teacher: ['main', 'inbox'],
  screen: ['roster', 'shown', 'inbox'],
  tablet: ['roster', 'inbox'],
};

/**
 * The databases a role pulls into its mirror only, never into its local database: a teacher device
 * writes `roster` and `shown` from `main`, and takes their revisions (what another teacher device
 * wrote there) before it pushes, so its own writes extend them instead of starting a conflict, and
 * a conflict already there is retired (docs/sync.md §9.2). Nothing it pulls there is applied.
 */
export const MIRRORS_ONLY: Readonly<Record<DeviceRole, readonly DbKind[]>> = {
  teacher: ['roster', 'shown'],
  screen: [],
  tablet: [],
};

/** Whether a role pulls a database at all (into its local database, or into the mirror only). */
export const pulls = (role: DeviceRole, kind: DbKind): boolean =>
  READS[role].includes(kind) || MIRRORS_ONLY[role].includes(kind);

/** Where a setting belongs (the same shape as the registry's `settingScope`, which the bridge passes in). */
export type SettingScope = { kind: 'device' } | { kind: 'class'; classId: string } | { kind: 'shared' };

/** What a projection may look at besides the record itself. */
export interface ProjectionContext {
  /** The class's secret-friend rounds: a gift note stays off the shared screens while its round says so. */
  rounds: readonly FriendRound[];
  /** The registry's `settingScope` (src/data/registry.ts). */
  settingScope: (key: string) => SettingScope;
}

/** A record that goes to every connected class's databases (the strength catalogue, shared settings). */
export const EVERY_CLASS = '*';

/** A record as one database holds it, or null: it does not belong there (delete it if it is there). */
export type Projector<T> = (record: T, ctx: ProjectionContext) => T | null;

export interface TableSync<T> {
  /** The class whose databases the record goes to; EVERY_CLASS; or undefined: it never leaves this device. */
  classOf: (record: T, ctx: ProjectionContext) => string | undefined;
  main: Projector<T>;
  roster?: Projector<T>;
  shown?: Projector<T>;
  /** Append-only: a record that does not project here is simply not sent (nothing is ever deleted). */
  inbox?: Projector<T>;
}

export type SyncRow<T extends TableName> = BackupData[T][number];

// --- The projections ----------------------------------------------------------------------------

const whole = <T>(record: T): T => record;
const ofClass = (r: { classId: string }) => r.classId;

/** The roster holds active pupils only: an archived pupil's name leaves the tablets. */
export const activePupil: Projector<Pupil> = (p) => (p.archived === 0 ? p : null);

/**
 * A shared screen holds approved recognitions only, without what only the teacher sees (the pupil's
 * original words, batch, round, decision time), and never a secret friend's gift note that the
 * board keeps off (it names the giver) while its round says so.
 */
export const shownRecognition: Projector<Recognition> = (r, ctx) => {
  if (r.status !== 'approved' || keptOffBoard(ctx.rounds, r)) return null;
  const { originalText: _o, batchId: _b, roundId: _r, decidedAt: _d, ...shown } = r;
  return shown;
};

/** A device's inbox holds the words pupils typed on it, while they wait for the teacher. */
export const inboxRecognition: Projector<Recognition> = (r) =>
  r.source === 'pupil' && r.status === 'waiting' ? r : null;

/** Shared settings pupil mode reads: the roster carries them to screens and tablets. */
export const ROSTER_SETTINGS: readonly string[] = ['recognize.starters'];

/**
 * Class settings every device keeps to itself in sync, as it does its device settings (a backup still
 * carries them): the board's fair rotation, which a board saves as its cards turn all day. Synced, it
 * cost a server write (waking every device of the class) every few seconds, and two teacher devices'
 * boards wrote one document of `shown` that no teacher device pulls, a conflict nobody resolved, where
 * an erased pupil's id could outlive her erasure (docs/sync.md §3.2). Each board's rotation shows
 * everyone before anyone twice on that board; a classroom screen's always stayed there.
 */
export const DEVICE_KEPT_SETTING_PREFIXES: readonly string[] = ['board.rotation.'];

/** A setting that never leaves the device by sync: a device setting, or one kept per device (above). */
export const staysOnDevice = (key: string, settingScope: ProjectionContext['settingScope']): boolean =>
  settingScope(key).kind === 'device' || DEVICE_KEPT_SETTING_PREFIXES.some((p) => key.startsWith(p));

const settingClass = (s: Setting, ctx: ProjectionContext): string | undefined => {
  if (staysOnDevice(s.key, ctx.settingScope)) return undefined;
  const scope = ctx.settingScope(s.key);
  if (scope.kind === 'device') return undefined;
  return scope.kind === 'class' ? scope.classId : EVERY_CLASS;
};

/**
 * Per table: which class its records belong to and what each database holds. Total over the backup
 * format's tables (a new table does not compile until it is here), and checked against the registry's
 * `leaves: 'sync'` (src/data/registry.ts). The registry's tombstones travel as deleted documents in
 * every database that held the record (§3.4), so they have no entry here.
 */
export const SYNC: { readonly [T in TableName]: TableSync<SyncRow<T>> } = {
  strengths: { classOf: () => EVERY_CLASS, main: whole, roster: whole },
  classes: { classOf: (c) => c.id, main: whole, roster: whole },
  pupils: { classOf: ofClass, main: whole, roster: activePupil },
  recognitions: { classOf: ofClass, main: whole, shown: shownRecognition, inbox: inboxRecognition },
  focusStrengths: { classOf: ofClass, main: whole, roster: whole },
  dreamItems: { classOf: ofClass, main: whole, shown: whole },
  checkIns: { classOf: ofClass, main: whole },
  routines: { classOf: ofClass, main: whole, shown: whole },
  routineRuns: { classOf: ofClass, main: whole },
  friendRounds: { classOf: ofClass, main: whole },
  settings: {
    classOf: settingClass,
    main: whole,
    roster: (s) => (ROSTER_SETTINGS.includes(s.key) ? s : null),
    shown: (s, ctx) => (ctx.settingScope(s.key).kind === 'class' ? s : null),
  },
};

/** One database's share of a record: the record as that database holds it, or null (delete it there). */
export interface Placement<T> {
  db: DbKind;
  /** A class id, or EVERY_CLASS. */
  classId: string;
  record: T | null;
}

/**
 * What a device in `role` writes for one changed record of `table`: for every database the role
 * writes and the table maps to, the projected record or null (it no longer belongs there, so the
 * document is deleted if it exists). A record that never leaves the device (a device setting) gives
 * nothing at all; an inbox never gets a null (append-only).
 */
export function project<T extends TableName>(
  table: T,
  record: SyncRow<T>,
  role: DeviceRole,
  ctx: ProjectionContext,
): Placement<SyncRow<T>>[] {
  const sync = SYNC[table] as TableSync<SyncRow<T>>;
  const classId = sync.classOf(record, ctx);
  if (classId === undefined) return [];
  const out: Placement<SyncRow<T>>[] = [];
  for (const db of WRITES[role]) {
    const projector = sync[db];
    if (!projector) continue;
    const projected = projector(record, ctx);
    if (projected === null && db === 'inbox') continue;
    out.push({ db, classId, record: projected });
  }
  return out;
}

/** The databases a table's records can be in: where a deletion (tombstone) of one must go. */
export function databasesOf(table: TableName): DbKind[] {
  const sync = SYNC[table] as TableSync<unknown>;
  return (['main', 'roster', 'shown', 'inbox'] as const).filter((db) => sync[db] !== undefined);
}
