// The table registry (src/data/registry.ts): the schema, deleteClass and pupil erasure come from it,
// a deleted class leaves nothing in any table or setting, deletions leave tombstones that win over
// older copies in a merge, and this device's own settings never travel in a backup.
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/data/backup-export';
import { importBackupText, readBackupFile } from '../../src/data/backup-import';
import { rememberBoardClass, saveBoardRotation, saveBoardSettings } from '../../src/data/board';
import { setExtensionClass } from '../../src/data/board-publish';
import { archiveClass, createClass, deleteClass } from '../../src/data/classes';
import { db, SCHEMA_V1, SCHEMA_V2 } from '../../src/data/db';
import { loadDemoClass } from '../../src/data/demo';
import { hasPin, setPin, THROTTLE_KEY, verifyPin } from '../../src/data/pin';
import { LOCK_SETTING, PIN_KEY, RECOVERED_KEY } from '../../src/data/pin-state';
import { erasePupil } from '../../src/data/pupils';
import { deleteRecognitions } from '../../src/data/recognitions';
import { CLASS_OWNED, isDeviceSetting, REGISTRY, STORED_TABLES, settingScope } from '../../src/data/registry';
import {
  type BackupScope,
  buildBackupText,
  CLASS_TABLES,
  FORMAT_VERSION,
  TABLES,
} from '../../src/domain/backup/format';
import { normalizeBoardSettings } from '../../src/domain/board-settings';
import { initialRotation } from '../../src/domain/rotation';
import { backupText, sampleData } from './helpers/backup';
import { freshDatabase } from './helpers/db';

freshDatabase();

/** Every row of every table the database really has (not only the ones the registry names). */
async function everyRow(): Promise<Record<string, unknown[]>> {
  const d = db();
  const out: Record<string, unknown[]> = {};
  for (const t of d.tables) out[t.name] = await t.toArray();
  return out;
}

describe('the registry', () => {
  it('names every table the database has, and the format’s lists agree with it', () => {
    expect(
      db()
        .tables.map((t) => t.name)
        .sort(),
    ).toEqual([...STORED_TABLES].sort());
    expect(TABLES.filter((t) => REGISTRY[t].leaves.includes('backup'))).toEqual([...TABLES]);
    expect([...CLASS_OWNED].sort()).toEqual([...CLASS_TABLES].sort());
  });

  it('index names are typed from the registry: a misspelt one does not compile', () => {
    const typo = () =>
      // @ts-expect-error '[classId+created]' is no index of recognitions (npm run typecheck checks this)
      db().recognitions.where('[classId+created]');
    const prefix = () => db().routineRuns.where('classId'); // a compound index's first part is one
    expect(typeof typo).toBe('function');
    expect(typeof prefix).toBe('function');
  });

  it('schema version 2 is version 1 plus the tombstones table, nothing else changed', () => {
    const { tombstones, ...rest } = SCHEMA_V2;
    expect(rest).toEqual(SCHEMA_V1);
    expect(tombstones).toBe('[table+id], deletedAt');
  });

  it('sorts settings: the device’s own, a class’s, shared', () => {
    for (const key of [
      PIN_KEY,
      THROTTLE_KEY,
      RECOVERED_KEY,
      LOCK_SETTING,
      'board.lastClass',
      'extension.boardClassId',
    ])
      expect(isDeviceSetting(key), key).toBe(true);
    expect(isDeviceSetting('backup.lastExportAt')).toBe(true);
    expect(settingScope('board.rotation.c-1')).toEqual({ kind: 'class', classId: 'c-1' });
    expect(settingScope('board.settings.c-1')).toEqual({ kind: 'class', classId: 'c-1' });
    expect(settingScope('noticing.starters')).toEqual({ kind: 'shared' });
  });
});

describe('deleting a class', () => {
  it('leaves nothing of it in any table or setting, and keeps the other class whole', async () => {
    const demoId = await loadDemoClass('nb');
    const other = await createClass({ name: '5A', yearGroup: 5 });
    await saveBoardSettings(other.id, normalizeBoardSettings(null));
    const pupilIds = (await db().pupils.where('classId').equals(demoId).primaryKeys()) as string[];
    expect(pupilIds.length).toBeGreaterThan(0);
    await db().friendRounds.add({
      id: 'fr-demo',
      classId: demoId,
      start: '2026-11-01',
      end: '2026-11-14',
      draws: { [pupilIds[0]!]: pupilIds[1]!, [pupilIds[1]!]: pupilIds[0]! },
      absent: [],
      status: 'finished',
      createdAt: 1,
      updatedAt: 1,
    });
    await saveBoardRotation(demoId, { ...initialRotation(), round: pupilIds.slice(0, 3) });
    await saveBoardSettings(demoId, normalizeBoardSettings(null));
    await rememberBoardClass(demoId);
    await setExtensionClass(demoId);
    const before = await everyRow();
    // Every class-owned table really had something of the demo class to lose.
    for (const t of CLASS_OWNED) expect(JSON.stringify(before[t]), t).toContain(demoId);
    expect(JSON.stringify(before.settings)).toContain(demoId);

    await deleteClass(demoId);

    const after = await everyRow();
    for (const [table, rows] of Object.entries(after)) {
      if (table === 'tombstones') continue;
      const text = JSON.stringify(rows);
      expect(text, table).not.toContain(demoId);
      for (const p of pupilIds) expect(text, table).not.toContain(p);
    }
    expect(await db().classes.get(other.id)).toBeDefined();
    expect(await db().settings.get(`board.settings.${other.id}`)).toBeDefined();
    // The deletions are remembered without content.
    const stones = after.tombstones as { table: string; id: string }[];
    expect(stones).toContainEqual(expect.objectContaining({ table: 'classes', id: demoId }));
    expect(stones).toContainEqual(
      expect.objectContaining({ table: 'settings', id: `board.rotation.${demoId}` }),
    );
    expect(stones.some((s) => s.id === 'board.lastClass')).toBe(false);
  });

  it('keeps the board’s and extension’s choice when they name another class', async () => {
    const a = await createClass({ name: '4B', yearGroup: 4 });
    const b = await createClass({ name: '5A', yearGroup: 5 });
    await rememberBoardClass(b.id);
    await setExtensionClass(b.id);
    await deleteClass(a.id);
    expect((await db().settings.get('board.lastClass'))?.value).toBe(b.id);
    expect((await db().settings.get('extension.boardClassId'))?.value).toBe(b.id);
  });
});

describe('tombstones: deletions win over older copies', () => {
  async function seeded(): Promise<string> {
    await importBackupText(await backupText(sampleData()), 'merge');
    return (await exportBackup({ kind: 'all' })).text;
  }

  it('a deleted recognition does not come back from an older backup', async () => {
    const older = await seeded();
    await deleteRecognitions(['r-000001']);
    expect(await db().tombstones.get(['recognitions', 'r-000001'])).toMatchObject({
      table: 'recognitions',
      id: 'r-000001',
    });
    const r = await importBackupText(older, 'merge');
    expect(r.ok).toBe(true);
    expect(await db().recognitions.get('r-000001')).toBeUndefined();
    expect(await db().recognitions.get('r-000002')).toBeDefined();
  });

  it('an erased pupil does not come back, nor what was seen in them; what they saw stays anonymous', async () => {
    const older = await seeded();
    await erasePupil('p-1');
    await importBackupText(older, 'merge');
    expect(await db().pupils.get('p-1')).toBeUndefined();
    expect(
      await db().recognitions.where('[pupilId+createdAt]').between(['p-1', 0], ['p-1', Infinity]).count(),
    ).toBe(0);
    // r-000000 was noticed by p-1: it stays "a classmate".
    expect((await db().recognitions.get('r-000000'))?.noticedBy).toEqual({ kind: 'classmate' });
    const round = await db().friendRounds.get('fr-1');
    expect(JSON.stringify(round)).not.toContain('p-1');
  });

  it('an erased pupil is erased from records this device never had (made elsewhere before the erasure)', async () => {
    await seeded();
    await erasePupil('p-1');
    const elsewhere = sampleData();
    elsewhere.recognitions.push({
      ...elsewhere.recognitions[1]!,
      id: 'r-new-about',
      pupilId: 'p-1',
    });
    elsewhere.recognitions.push({
      ...elsewhere.recognitions[1]!,
      id: 'r-new-by',
      pupilId: 'p-2',
      noticedBy: { kind: 'pupil', pupilId: 'p-1' },
    });
    await importBackupText(await backupText(elsewhere), 'merge');
    expect(await db().recognitions.get('r-new-about')).toBeUndefined();
    expect((await db().recognitions.get('r-new-by'))?.noticedBy).toEqual({ kind: 'classmate' });
    expect(await db().pupils.get('p-1')).toBeUndefined();
  });

  it('a deleted class does not come back, nor its records', async () => {
    const older = await seeded();
    await deleteClass('c-4b');
    await importBackupText(older, 'merge');
    for (const t of [...CLASS_OWNED, 'classes'] as const) expect(await db().table(t).count(), t).toBe(0);
  });

  it('a record changed after the deletion elsewhere does come back (the newer change wins)', async () => {
    await seeded();
    await deleteRecognitions(['r-000001']);
    // Deleted here a minute ago; changed on the other computer half a minute ago.
    const now = Date.now();
    await db().tombstones.update(['recognitions', 'r-000001'], { deletedAt: now - 60_000 });
    const later = sampleData();
    later.recognitions[1] = { ...later.recognitions[1]!, text: 'Endret etterpå.', updatedAt: now - 30_000 };
    const { text } = await buildBackupText({
      data: later,
      scope: { kind: 'all' },
      appVersion: '0.1.0',
      schemaVersion: 1,
      now: new Date(now),
    });
    await importBackupText(text, 'merge');
    expect((await db().recognitions.get('r-000001'))?.text).toBe('Endret etterpå.');
  });

  it('a file’s tombstones delete older records here, not newer ones', async () => {
    await seeded();
    const file = sampleData();
    file.tombstones = [
      { table: 'recognitions', id: 'r-000003', deletedAt: Date.now() },
      { table: 'recognitions', id: 'r-000004', deletedAt: 1 },
    ];
    const r = await importBackupText(await backupText(file), 'merge');
    expect(r.ok).toBe(true);
    expect(await db().recognitions.get('r-000003')).toBeUndefined();
    expect(await db().recognitions.get('r-000004')).toBeDefined();
    // And they travel on: the next backup carries them.
    const again = await readBackupFile((await exportBackup({ kind: 'all' })).text);
    expect(again.ok && again.backup.data.tombstones.map((s) => s.id).sort()).toEqual([
      'r-000003',
      'r-000004',
    ]);
  });

  it('an archived class is not deleted: its archive file brings it back', async () => {
    await seeded();
    const archive = (await exportBackup({ kind: 'class', classId: 'c-4b' })).text;
    await archiveClass('c-4b');
    expect(await db().classes.count()).toBe(0);
    expect(await db().tombstones.count()).toBe(0);
    await importBackupText(archive, 'merge');
    expect(await db().pupils.where('classId').equals('c-4b').count()).toBe(5);
  });

  it('a replace restores the file as it is, even what was deleted here since', async () => {
    const older = await seeded();
    await deleteRecognitions(['r-000001']);
    await importBackupText(older, 'replace');
    expect(await db().recognitions.get('r-000001')).toBeDefined();
    expect(await db().tombstones.get(['recognitions', 'r-000001'])).toBeUndefined();
  });

  it('backups are format version 2 with tombstones; a version-1 file (none) still imports', async () => {
    await seeded();
    await deleteRecognitions(['r-000001']);
    const env = JSON.parse((await exportBackup({ kind: 'all' })).text);
    expect(env.formatVersion).toBe(FORMAT_VERSION);
    expect(FORMAT_VERSION).toBe(2);
    expect(env.counts.tombstones).toBe(1);
    // A version-1 file as the app wrote it before: no tombstones, no count for them.
    const { tombstones: _t, ...v1data } = sampleData();
    const { payloadChecksum } = await import('../../src/domain/backup/format');
    const v1 = JSON.parse(await backupText(sampleData()));
    v1.formatVersion = 1;
    v1.data = v1data;
    delete v1.counts.tombstones;
    v1.checksum.value = await payloadChecksum(v1data);
    const parsed = await readBackupFile(JSON.stringify(v1));
    expect(parsed.ok).toBe(true);
    const r = await importBackupText(JSON.stringify(v1), 'merge');
    expect(r.ok).toBe(true);
    // The deletion here still wins over the version-1 file's copy.
    expect(await db().recognitions.get('r-000001')).toBeUndefined();
  });

  it('a version-2 file without its tombstones is refused', async () => {
    const env = JSON.parse(await backupText(sampleData()));
    delete env.data.tombstones;
    const { payloadChecksum } = await import('../../src/domain/backup/format');
    env.checksum.value = await payloadChecksum(env.data);
    const parsed = await readBackupFile(JSON.stringify(env));
    expect(parsed).toEqual({
      ok: false,
      problem: { kind: 'envelope', field: 'data.tombstones', problem: 'missing' },
    });
  });
});

/** A file made just now (so its times are not set back to the file's time as "in the future"). */
async function fileNow(
  data: ReturnType<typeof sampleData>,
  scope: BackupScope = { kind: 'all' },
): Promise<string> {
  const { text } = await buildBackupText({
    data,
    scope,
    appVersion: '0.1.0',
    schemaVersion: 1,
    now: new Date(),
  });
  return text;
}

describe('device settings never travel', () => {
  it('a class file carrying teacher.pin = null, merged, leaves the PIN in place', async () => {
    await importBackupText(await backupText(sampleData()), 'merge');
    expect(await setPin('2468')).toBeTruthy();
    const file = sampleData();
    file.settings = [{ key: PIN_KEY, value: null, updatedAt: Date.now() + 60_000 }];
    const text = await fileNow(file, { kind: 'class', classId: 'c-4b', className: '4B' });
    const r = await importBackupText(text, 'merge');
    expect(r.ok).toBe(true);
    expect(await hasPin()).toBe(true);
    expect(await verifyPin('2468')).toBe(true);
  });

  it('a teacher.pin with 2e9 rounds is never taken from a file, in merge or replace', async () => {
    const file = sampleData();
    const evil = { algo: 'PBKDF2-SHA-256', iterations: 2e9, salt: '00', hash: '00' };
    await importBackupText(await fileNow(file), 'merge');
    file.settings = [{ key: PIN_KEY, value: evil, updatedAt: Date.now() + 60_000 }];
    expect(await importBackupText(await fileNow(file), 'merge')).toMatchObject({ ok: true });
    expect(await db().settings.get(PIN_KEY)).toBeUndefined();
    expect(await setPin('1357')).toBeTruthy();
    file.settings[0]!.updatedAt = Date.now() + 60_000;
    file.tombstones = [{ table: 'settings', id: PIN_KEY, deletedAt: Date.now() + 60_000 }];
    expect(await importBackupText(await fileNow(file), 'merge')).toMatchObject({ ok: true });
    expect(await verifyPin('1357')).toBe(true);
    await importBackupText(await fileNow(file), 'replace');
    expect(await verifyPin('1357')).toBe(true);
  });

  it('a backup of everything carries no device settings; class settings go with their class file', async () => {
    await importBackupText(await backupText(sampleData()), 'merge');
    await setPin('2468');
    await rememberBoardClass('c-4b');
    await setExtensionClass('c-4b');
    await saveBoardSettings('c-4b', normalizeBoardSettings(null));
    const all = JSON.parse((await exportBackup({ kind: 'all' })).text);
    const keys = all.data.settings.map((s: { key: string }) => s.key);
    expect(keys).toEqual(['board.settings.c-4b']);
    const cls = JSON.parse((await exportBackup({ kind: 'class', classId: 'c-4b' })).text);
    expect(cls.data.settings.map((s: { key: string }) => s.key)).toEqual(['board.settings.c-4b']);
  });
});
