// A class's school holidays in the database: one class-owned setting (`holidays.<classId>`), so it
// travels in the class's backup, comes back from it, and goes when the class is deleted.
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/data/backup-export';
import { importBackupText } from '../../src/data/backup-import';
import { createClass, deleteClass } from '../../src/data/classes';
import { db } from '../../src/data/db';
import {
  addOwnHoliday,
  confirmHoliday,
  holidaysKey,
  loadHolidays,
  removeHoliday,
  restoreSuggestion,
} from '../../src/data/holidays';
import { settingScope } from '../../src/data/registry';
import { suggestedBreaks } from '../../src/domain/holidays';
import { freshDatabase } from './helpers/db';

freshDatabase();

const [autumn, christmas] = suggestedBreaks(2026) as [
  ReturnType<typeof suggestedBreaks>[number],
  ReturnType<typeof suggestedBreaks>[number],
];

describe('school holidays, stored', () => {
  it('belong to their class in the registry', () => {
    expect(settingScope(holidaysKey('c-1'))).toEqual({ kind: 'class', classId: 'c-1' });
  });

  it('confirm, move, remove and offer again a suggested break; add an own day off', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    expect(await loadHolidays(c.id)).toEqual({ periods: [], dismissed: [] });
    expect(await confirmHoliday(c.id, autumn)).toBeNull();
    expect(await confirmHoliday(c.id, { ...autumn, from: '2026-10-05', to: '2026-10-09' })).toBeNull();
    expect(
      await addOwnHoliday(c.id, { name: ' Planleggingsdag ', from: '2026-11-13', to: '2026-11-13' }),
    ).toBeNull();
    const stored = await loadHolidays(c.id);
    expect(stored.periods.map((p) => [p.kind, p.from, p.to, p.name])).toEqual([
      ['autumn', '2026-10-05', '2026-10-09', undefined],
      ['own', '2026-11-13', '2026-11-13', 'Planleggingsdag'],
    ]);
    await removeHoliday(c.id, autumn);
    expect(await loadHolidays(c.id)).toMatchObject({ dismissed: ['autumn-2026'] });
    await restoreSuggestion(c.id, autumn.id);
    expect((await loadHolidays(c.id)).dismissed).toEqual([]);
  });

  it('bad dates save nothing and say what is wrong', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    expect(await addOwnHoliday(c.id, { name: 'x', from: '', to: '2026-11-13' })).toBe('badDate');
    expect(await addOwnHoliday(c.id, { name: 'x', from: '2026-11-13', to: '2026-11-12' })).toBe(
      'endBeforeStart',
    );
    expect(await confirmHoliday(c.id, { ...christmas, to: '2027-06-30' })).toBe('tooLong');
    expect(await db().settings.get(holidaysKey(c.id))).toBeUndefined();
  });

  it('a broken stored value reads as no holidays, and the next change repairs it', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    await db().settings.put({ key: holidaysKey(c.id), value: { periods: 'oops' }, updatedAt: 1 });
    expect(await loadHolidays(c.id)).toEqual({ periods: [], dismissed: [] });
    await confirmHoliday(c.id, christmas);
    expect((await loadHolidays(c.id)).periods).toEqual([christmas]);
  });

  it('travel in the class backup and come back from it', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    await confirmHoliday(c.id, christmas);
    const file = await exportBackup({ kind: 'class', classId: c.id });
    expect(JSON.parse(file.text).data.settings.map((s: { key: string }) => s.key)).toContain(
      holidaysKey(c.id),
    );
    await removeHoliday(c.id, christmas);
    expect((await loadHolidays(c.id)).periods).toEqual([]);
    expect((await importBackupText(file.text, 'replace')).ok).toBe(true);
    expect((await loadHolidays(c.id)).periods).toEqual([christmas]);
  });

  it('go with their class, and never touch another class’s', async () => {
    const a = await createClass({ name: '4B', yearGroup: 4 });
    const b = await createClass({ name: '5A', yearGroup: 5 });
    await confirmHoliday(a.id, autumn);
    await confirmHoliday(b.id, autumn);
    await deleteClass(a.id);
    expect(await db().settings.get(holidaysKey(a.id))).toBeUndefined();
    expect((await loadHolidays(b.id)).periods).toEqual([autumn]);
  });

  it('are not written for a class that no longer exists', async () => {
    await expect(confirmHoliday('gone', autumn)).rejects.toThrow();
    expect(await db().settings.get(holidaysKey('gone'))).toBeUndefined();
  });
});
