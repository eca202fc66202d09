// @vitest-environment node
// Which record goes to which database, per device role (docs/sync.md §3.2, src/domain/sync/project.ts):
// every table of the registry and every role; device settings never leave; a lost tablet or screen
// holds only what its role may read.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  CLASS_SETTINGS,
  DEVICE_CLASS_POINTERS,
  REGISTRY,
  STORED_TABLES,
  settingScope,
} from '../../src/data/registry';
import { type BackupData, TABLES, type TableName } from '../../src/domain/backup/format';
import { RECORD_SCHEMAS } from '../../src/domain/backup/schema';
import type { DbKind } from '../../src/domain/sync/format';
import {
  DEVICE_ROLES,
  type DeviceRole,
  databasesOf,
  EVERY_CLASS,
  type ProjectionContext,
  project,
  READS,
  SYNC,
  type SyncRow,
  staysOnDevice,
  WRITES,
} from '../../src/domain/sync/project';
import type { FriendRound, Recognition, Setting } from '../../src/domain/types';
import { sampleData } from './helpers/backup';

const data: BackupData = sampleData();
const ctx: ProjectionContext = { rounds: [], settingScope };
const C = 'c-4b';

/** The databases a role writes a record to (non-null placements), with the class they go to. */
function where<T extends TableName>(table: T, row: SyncRow<T>, role: DeviceRole, c = ctx): string[] {
  return project(table, row, role, c)
    .filter((p) => p.record !== null)
    .map((p) => `${p.db}@${p.classId === EVERY_CLASS ? '*' : p.classId}`);
}

const first = <T extends TableName>(t: T): SyncRow<T> => data[t][0] as SyncRow<T>;

const approved: Recognition = {
  ...(data.recognitions[1] as Recognition),
  batchId: 'b-1',
  originalText: 'hjalp meg',
  decidedAt: 5,
};
const waitingPupil: Recognition = {
  ...(data.recognitions[0] as Recognition),
  source: 'pupil',
  status: 'waiting',
};
const setting = (key: string): Setting => ({ key, value: 1, updatedAt: 1 });

describe('the map covers the registry', () => {
  it('every table that leaves by sync has a mapping; the tombstones travel as deletions', () => {
    const bySync = STORED_TABLES.filter((t) => (REGISTRY[t].leaves as readonly string[]).includes('sync'));
    expect([...Object.keys(SYNC), 'tombstones'].sort()).toEqual([...bySync].sort());
    expect(Object.keys(SYNC).sort()).toEqual([...TABLES].sort());
  });

  it('every table goes to main in full on a teacher device', () => {
    for (const t of TABLES) {
      if (t === 'settings') continue;
      const row = first(t);
      const main = project(t, row, 'teacher', ctx).find((p) => p.db === 'main');
      expect(main?.record, t).toBe(row);
    }
  });
});

describe('a teacher device writes main, roster and shown', () => {
  const expected: Record<Exclude<TableName, 'settings' | 'recognitions'>, string[]> = {
    strengths: ['main@*', 'roster@*'],
    classes: [`main@${C}`, `roster@${C}`],
    pupils: [`main@${C}`, `roster@${C}`],
    focusStrengths: [`main@${C}`, `roster@${C}`],
    dreamItems: [`main@${C}`, `shown@${C}`],
    checkIns: [`main@${C}`],
    routines: [`main@${C}`, `shown@${C}`],
    routineRuns: [`main@${C}`],
    friendRounds: [`main@${C}`],
  };
  for (const [t, dbs] of Object.entries(expected)) {
    it(`${t} → ${dbs.join(', ')}`, () => {
      expect(where(t as TableName, first(t as TableName), 'teacher')).toEqual(dbs);
    });
  }

  it('an archived pupil leaves the roster (a null placement deletes it there)', () => {
    const archived = { ...first('pupils'), archived: 1 as const };
    expect(project('pupils', archived, 'teacher', ctx)).toEqual([
      { db: 'main', classId: C, record: archived },
      { db: 'roster', classId: C, record: null },
    ]);
  });

  it('an approved recognition is shown without what only the teacher sees', () => {
    const shown = project('recognitions', approved, 'teacher', ctx).find((p) => p.db === 'shown')!.record!;
    expect(shown).toEqual({
      id: approved.id,
      classId: C,
      pupilId: approved.pupilId,
      strengthId: approved.strengthId,
      text: approved.text,
      noticedBy: approved.noticedBy,
      source: approved.source,
      status: 'approved',
      createdAt: approved.createdAt,
      updatedAt: approved.updatedAt,
    });
    // It still passes the backup record schema the receiving device checks it with.
    expect(v.safeParse(RECORD_SCHEMAS.recognitions, shown).success).toBe(true);
    expect(approved.originalText).toBe('hjalp meg'); // the teacher's own record is untouched
  });

  it('waiting and declined recognitions are not shown (a declined one is deleted from shown)', () => {
    expect(where('recognitions', waitingPupil, 'teacher')).toEqual([`main@${C}`]);
    const declined = { ...approved, status: 'declined' as const };
    expect(project('recognitions', declined, 'teacher', ctx)).toEqual([
      { db: 'main', classId: C, record: declined },
      { db: 'shown', classId: C, record: null },
    ]);
  });

  it('a secret friend’s gift note stays off the shared screens until its round is shared', () => {
    const round: FriendRound = { ...(data.friendRounds[0] as FriendRound), status: 'running' };
    const gift = { ...approved, roundId: round.id };
    expect(where('recognitions', gift, 'teacher', { ...ctx, rounds: [round] })).toEqual([`main@${C}`]);
    const finished = { ...round, status: 'finished' as const, finishedAt: 1 };
    expect(where('recognitions', gift, 'teacher', { ...ctx, rounds: [finished] })).toEqual([`main@${C}`]);
    const shared = { ...finished, giftsOnBoard: true };
    expect(where('recognitions', gift, 'teacher', { ...ctx, rounds: [shared] })).toEqual([
      `main@${C}`,
      `shown@${C}`,
    ]);
  });

  it('settings: a class’s go to its main and shown, shared ones to every class, starters to the roster too', () => {
    expect(where('settings', setting(CLASS_SETTINGS.boardSettings(C)), 'teacher')).toEqual([
      `main@${C}`,
      `shown@${C}`,
    ]);
    // The board's fair rotation stays on each device, like a device setting: a board saves it as its
    // cards turn all day, and two boards' copies in `shown` were a conflict no teacher device pulls.
    expect(where('settings', setting(CLASS_SETTINGS.boardRotation(C)), 'teacher')).toEqual([]);
    expect(staysOnDevice(CLASS_SETTINGS.boardRotation(C), settingScope)).toBe(true);
    expect(staysOnDevice(CLASS_SETTINGS.boardSettings(C), settingScope)).toBe(false);
    expect(staysOnDevice('teacher.pin', settingScope)).toBe(true);
    expect(where('settings', setting('recognize.starters'), 'teacher')).toEqual(['main@*', 'roster@*']);
    expect(where('settings', setting('some.future.shared'), 'teacher')).toEqual(['main@*']);
  });
});

describe('device settings never leave the device, whatever the role', () => {
  const deviceKeys = [
    'teacher.pin',
    'teacher.anything',
    'device.sharedScreen',
    'device.sync.keys',
    'device.sync.config',
    'backup.lastExportAt',
    'backup.reminder',
    ...Object.values(DEVICE_CLASS_POINTERS),
  ];
  for (const role of DEVICE_ROLES) {
    it(`${role}: no placement at all, not even a deletion`, () => {
      for (const key of deviceKeys) expect(project('settings', setting(key), role, ctx), key).toEqual([]);
    });
  }
});

describe('a classroom screen and a pupil tablet write only their inbox', () => {
  for (const role of ['screen', 'tablet'] as const) {
    it(`${role}: a pupil’s waiting words go to its inbox, nothing else goes anywhere`, () => {
      expect(project('recognitions', waitingPupil, role, ctx)).toEqual([
        { db: 'inbox', classId: C, record: waitingPupil },
      ]);
      // Approved, declined or teacher-written recognitions: not sent, and never a deletion (append-only).
      expect(project('recognitions', approved, role, ctx)).toEqual([]);
      expect(project('recognitions', { ...waitingPupil, status: 'approved' }, role, ctx)).toEqual([]);
      expect(project('recognitions', { ...waitingPupil, source: 'teacher' }, role, ctx)).toEqual([]);
      for (const t of TABLES) {
        if (t === 'recognitions') continue;
        for (const row of data[t]) expect(project(t, row as SyncRow<typeof t>, role, ctx), t).toEqual([]);
      }
      // Its own board settings and rotation stay on it.
      expect(project('settings', setting(CLASS_SETTINGS.boardRotation(C)), role, ctx)).toEqual([]);
    });
  }

  it('a teacher device never writes an inbox (pupil mode there goes straight to main)', () => {
    expect(WRITES.teacher).not.toContain('inbox');
    expect(where('recognitions', waitingPupil, 'teacher')).toEqual([`main@${C}`]);
  });
});

describe('what each role can read (a lost device exposes no more)', () => {
  /** Every table a database can hold, from the map. */
  const tablesIn = (db: DbKind) => TABLES.filter((t) => databasesOf(t).includes(db));

  it('a tablet reads the roster and its own inbox: names, catalogue, focus, starters, its own words', () => {
    expect(READS.tablet).toEqual(['roster', 'inbox']);
    expect(tablesIn('roster')).toEqual(['strengths', 'classes', 'pupils', 'focusStrengths', 'settings']);
    expect(tablesIn('inbox')).toEqual(['recognitions']);
  });

  it('a screen also reads shown: approved recognitions, the dream, routines, the board’s settings', () => {
    expect(READS.screen).toEqual(['roster', 'shown', 'inbox']);
    expect(tablesIn('shown')).toEqual(['recognitions', 'dreamItems', 'routines', 'settings']);
  });

  it('nobody but a teacher device reads check-ins, routine runs, secret-friend draws or the queue', () => {
    for (const t of ['checkIns', 'routineRuns', 'friendRounds'] as const)
      expect(databasesOf(t)).toEqual(['main']);
    for (const role of ['screen', 'tablet'] as const) expect(READS[role]).not.toContain('main');
    expect(READS.teacher).toEqual(['main', 'inbox']);
  });

  it('the settings that reach a tablet are the starters only', () => {
    const keys = [
      'recognize.starters',
      'some.future.shared',
      CLASS_SETTINGS.boardSettings(C),
      CLASS_SETTINGS.boardRotation(C),
      'teacher.pin',
    ];
    const onTablet = keys.filter((k) =>
      project('settings', setting(k), 'teacher', ctx).some((p) => p.record && READS.tablet.includes(p.db)),
    );
    expect(onTablet).toEqual(['recognize.starters']);
  });

  it('a deletion goes to every database the table can be in', () => {
    expect(databasesOf('recognitions')).toEqual(['main', 'shown', 'inbox']);
    expect(databasesOf('pupils')).toEqual(['main', 'roster']);
  });
});
