// Export and import against a real (fake-indexeddb) database: round trip, merge, replace, and
// "never half-happens" when a write fails in the middle.
import { describe, expect, it, vi } from 'vitest';
import { clearError, currentError } from '../../src/app-errors';
import { dumpDatabase, exportBackup } from '../../src/data/backup-export';
import { applyBackup, CHUNK, importBackupText, readBackupFile } from '../../src/data/backup-import';
import { db } from '../../src/data/db';
import { erasePupil } from '../../src/data/pupils';
import { backupText, sampleData } from './helpers/backup';
import { freshDatabase } from './helpers/db';

freshDatabase();

/** As "Slett alt" does: nothing left, not even the record of what was deleted. */
async function clearAll() {
  const d = db();
  await d.transaction('rw', d.tables, async () => {
    for (const t of d.tables) await t.clear();
  });
}

describe('export then import', () => {
  it('export everything, erase everything, import: identical data', async () => {
    await importBackupText(await backupText(sampleData()), 'merge');
    const before = await dumpDatabase();
    const { text, records } = await exportBackup({ kind: 'all' });
    expect(records).toBeGreaterThan(20);
    await clearAll();
    const r = await importBackupText(text, 'merge');
    expect(r.ok).toBe(true);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('a class export holds that class only, plus the strength list', async () => {
    const data = sampleData();
    data.classes.push({ ...data.classes[0]!, id: 'c-5a', name: '5A' });
    data.pupils.push({ ...data.pupils[0]!, id: 'p-5a', classId: 'c-5a' });
    await importBackupText(await backupText(data), 'merge');
    const { text, scope } = await exportBackup({ kind: 'class', classId: 'c-5a' });
    expect(scope).toEqual({ kind: 'class', classId: 'c-5a', className: '5A' });
    const parsed = await readBackupFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.data.classes.map((c) => c.id)).toEqual(['c-5a']);
    expect(parsed.backup.data.pupils.map((p) => p.id)).toEqual(['p-5a']);
    expect(parsed.backup.data.recognitions).toEqual([]);
    expect(parsed.backup.data.strengths.length).toBeGreaterThanOrEqual(2);
  });
});

describe('merge', () => {
  it('importing the same file twice changes nothing the second time', async () => {
    const text = await backupText(sampleData());
    const first = await importBackupText(text, 'merge');
    const after = await dumpDatabase();
    const second = await importBackupText(text, 'merge');
    expect(await dumpDatabase()).toEqual(after);
    expect(first.ok && first.summary.total.added).toBeGreaterThan(0);
    expect(second.ok && second.summary.total).toEqual({ added: 0, updated: 0, kept: expect.any(Number) });
  });

  it('the newest edit wins, record by record, and nothing here is deleted', async () => {
    const data = sampleData();
    await importBackupText(await backupText(data), 'merge');
    // Here: Ola renamed later than the file; Kari renamed earlier than the file's edit.
    await db().pupils.update('p-0', { name: 'Ola H', updatedAt: data.pupils[0]!.updatedAt + 100 });
    await db().pupils.add({
      id: 'p-local',
      classId: 'c-4b',
      name: 'Lokal',
      archived: 0,
      createdAt: 1,
      updatedAt: 1,
    });
    const incoming = sampleData();
    incoming.pupils[1] = {
      ...incoming.pupils[1]!,
      name: 'Kari N',
      updatedAt: incoming.pupils[1]!.updatedAt + 50,
    };
    const r = await importBackupText(await backupText(incoming), 'merge');
    expect(r.ok && r.summary.perTable.pupils).toEqual({ added: 0, updated: 1, kept: 4 });
    expect((await db().pupils.get('p-0'))?.name).toBe('Ola H');
    expect((await db().pupils.get('p-1'))?.name).toBe('Kari N');
    expect(await db().pupils.get('p-local')).toBeDefined();
  });
});

describe('replace', () => {
  it('replace with an everything-file leaves exactly the file’s records', async () => {
    await importBackupText(await backupText(sampleData()), 'merge');
    await db().classes.add({
      id: 'c-other',
      name: 'Other',
      yearGroup: 3,
      isDemo: false,
      pupilTextOptional: false,
      createdAt: 1,
      updatedAt: 1,
    });
    const small = sampleData({ recognitions: 2 });
    const r = await importBackupText(await backupText(small), 'replace');
    expect(r.ok).toBe(true);
    const dump = await dumpDatabase();
    expect(dump.classes.map((c) => (c as { id: string }).id)).toEqual(['c-4b']);
    expect(dump.recognitions).toHaveLength(2);
  });

  it('replace with a class file replaces only that class', async () => {
    await importBackupText(await backupText(sampleData()), 'merge');
    await db().classes.add({
      id: 'c-other',
      name: 'Other',
      yearGroup: 3,
      isDemo: false,
      pupilTextOptional: false,
      createdAt: 1,
      updatedAt: 1,
    });
    const { text } = await exportBackup({ kind: 'class', classId: 'c-4b' });
    await db().pupils.add({
      id: 'p-new',
      classId: 'c-4b',
      name: 'Ny',
      archived: 0,
      createdAt: 1,
      updatedAt: 1,
    });
    await importBackupText(text, 'replace');
    expect(await db().pupils.get('p-new')).toBeUndefined();
    expect(await db().classes.get('c-other')).toBeDefined();
    expect(await db().pupils.where('classId').equals('c-4b').count()).toBe(5);
  });
});

describe('never half-happens', () => {
  it('a write failing in the middle (storage full) rolls everything back and is reported', async () => {
    await importBackupText(await backupText(sampleData()), 'merge');
    const before = await dumpDatabase();
    clearError();
    const big = await readBackupFile(
      await backupText(sampleData({ recognitions: CHUNK * 2 + 10, seed: 7 }), { kind: 'all' }),
    );
    if (!big.ok) throw new Error('fixture');
    const table = db().recognitions;
    const real = table.bulkPut.bind(table);
    let calls = 0;
    vi.spyOn(Object.getPrototypeOf(table), 'bulkPut').mockImplementation(function (
      this: typeof table,
      ...args: unknown[]
    ) {
      if (this.name === 'recognitions' && ++calls === 2)
        return Promise.reject(new DOMException('full', 'QuotaExceededError'));
      return real.apply(this, args as Parameters<typeof real>);
    });
    const progress: number[] = [];
    await expect(applyBackup(big.backup, 'merge', (done) => progress.push(done))).rejects.toThrow();
    expect(progress.length).toBeGreaterThan(1);
    expect(currentError()?.kind).toBe('quota');
    vi.restoreAllMocks();
    expect(await dumpDatabase()).toEqual(before);
  });
});

describe('erase one pupil, then a backup of the class', () => {
  it('the erased pupil is nowhere in the next backup', async () => {
    await importBackupText(await backupText(sampleData()), 'merge');
    await erasePupil('p-1');
    const { text } = await exportBackup({ kind: 'class', classId: 'c-4b' });
    const { tombstones, ...records } = JSON.parse(text).data;
    expect(JSON.stringify(records)).not.toContain('"p-1"');
    expect(text).not.toContain('Kari');
    // Only the fact of the deletion travels (so an older copy cannot bring the pupil back).
    expect(tombstones).toContainEqual({ table: 'pupils', id: 'p-1', deletedAt: expect.any(Number) });
    for (const s of tombstones) expect(Object.keys(s).sort()).toEqual(['deletedAt', 'id', 'table']);
  });
});

describe('built-in strengths on a new computer', () => {
  it('a backup merged into a fresh database does not double the strength list', async () => {
    // The fresh test database has the default catalogue under its own random ids.
    const defaults = await db().strengths.count();
    const care = await db().strengths.where('key').equals('care').first();
    await db().recognitions.add({
      id: 'r-local',
      classId: 'c-4b',
      strengthId: care!.id,
      text: 'Lokal.',
      noticedBy: { kind: 'teacher' },
      source: 'teacher',
      status: 'approved',
      createdAt: 1,
      updatedAt: 1,
    });
    const r = await importBackupText(await backupText(sampleData()), 'merge');
    expect(r.ok).toBe(true);
    expect(await db().strengths.count()).toBe(defaults);
    expect(await db().strengths.where('key').equals('care').primaryKeys()).toEqual(['s-care']);
    // This computer's own record now points at the unified strength.
    expect((await db().recognitions.get('r-local'))?.strengthId).toBe('s-care');
    const again = await dumpDatabase();
    await importBackupText(await backupText(sampleData()), 'merge');
    expect(await dumpDatabase()).toEqual(again);
  });
});

describe('everything about one pupil', () => {
  it('holds the pupil, what was seen in them and what they saw, and no other pupil’s record', async () => {
    const { exportPupil } = await import('../../src/data/privacy');
    await importBackupText(await backupText(sampleData()), 'merge');
    const out = await exportPupil('p-1', 'nb', 'note');
    const file = JSON.parse(out!.text);
    expect(file.pupil).toMatchObject({ id: 'p-1', name: 'Kari' });
    expect(file.recognitionsAbout.map((r: { pupilId: string }) => r.pupilId)).toEqual(['p-1', 'p-1']);
    expect(file.recognitionsAbout[0].strengthName).toMatch(/Omsorg|Mot/);
    expect(
      file.recognitionsNoticedByThePupil.every(
        (r: { noticedBy: { pupilId: string } }) => r.noticedBy.pupilId === 'p-1',
      ),
    ).toBe(true);
    expect(file.recognitionsNoticedByThePupil.length).toBeGreaterThan(0);
    expect(file.secretFriendRounds).toEqual([
      expect.objectContaining({ id: 'fr-1', watchedOver: 'Ola', absent: false }),
    ]);
    expect(await exportPupil('nobody', 'nb', 'note')).toBeNull();
  });
});
