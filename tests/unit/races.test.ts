// Writes that race with a deletion or a decision in another tab (issue 17): each write checks in its
// own transaction that what it refers to still exists, a status change applies only to the status it
// was shown with, and the app's own backup made after each race imports into a fresh database.
import { describe, expect, it } from 'vitest';
import { clearError, currentError } from '../../src/app-errors';
import { dumpDatabase, exportBackup } from '../../src/data/backup-export';
import { importBackupText } from '../../src/data/backup-import';
import { addCheckIn } from '../../src/data/checkins';
import { createClass, deleteClass } from '../../src/data/classes';
import { DreamClassDB, useDatabase } from '../../src/data/db';
import { addDreamItem, deleteDreamItem } from '../../src/data/dream';
import { addPupilsFromText, erasePupil, listPupils } from '../../src/data/pupils';
import {
  addPupilRecognition,
  addTeacherRecognition,
  approveRecognition,
  declineRecognition,
} from '../../src/data/recognitions';
import { repairOrphans, SET_ASIDE_KEY } from '../../src/data/repair-orphans';
import { listStrengths } from '../../src/data/strengths';
import { checkInProblem } from '../../src/domain/checkin';
import { twoTabs } from './helpers/two-tabs';

const { ref, inTabB } = twoTabs();

async function setup() {
  const cls = await createClass({ name: '4B', yearGroup: 4 });
  await addPupilsFromText(cls.id, 'Emma\nOla\nKari');
  const [emma, kari, ola] = await listPupils(cls.id);
  const strength = (await listStrengths())[0]!;
  return { cls, emma: emma!, ola: ola!, kari: kari!, strength };
}

/** The app's own full backup, imported into a brand-new database. */
async function exportImportsFresh(): Promise<void> {
  const { text } = await exportBackup({ kind: 'all' });
  const fresh = new DreamClassDB(`fresh-${crypto.randomUUID()}`);
  await fresh.open();
  useDatabase(fresh);
  try {
    const r = await importBackupText(text, 'merge');
    expect(r.ok ? 'imported' : r.problem).toBe('imported');
  } finally {
    useDatabase(ref.a);
    fresh.close();
    await fresh.delete();
  }
}

describe('a write about something deleted in another tab writes nothing', () => {
  it('tab B erases Emma; tab A saves a recognition for her: refused, "Emma" named', async () => {
    const { cls, emma, ola, strength } = await setup();
    clearError();
    await inTabB(() => erasePupil(emma.id));
    const before = await dumpDatabase();
    await expect(
      addTeacherRecognition({
        classId: cls.id,
        pupils: [emma.id, ola.id],
        strengthId: strength.id,
        text: 'Hjalp Kari med puslespillet.',
        noticedBy: { kind: 'teacher' },
        names: { [emma.id]: 'Emma', [ola.id]: 'Ola' },
      }),
    ).rejects.toThrow(/no longer exists/);
    expect(currentError()).toMatchObject({ kind: 'gone', gone: { what: 'pupil', name: 'Emma' } });
    expect(await dumpDatabase()).toEqual(before);
    await exportImportsFresh();
  });

  it('pupil mode: a waiting note about a pupil erased meanwhile is refused', async () => {
    const { cls, emma, kari, strength } = await setup();
    await inTabB(() => erasePupil(emma.id));
    await expect(
      addPupilRecognition({
        classId: cls.id,
        byPupilId: kari.id,
        pupilId: emma.id,
        strengthId: strength.id,
        text: 'Hun ventet på tur.',
        textOptional: false,
      }),
    ).rejects.toThrow();
    expect(await ref.a.recognitions.count()).toBe(0);
    await exportImportsFresh();
  });

  it('the class removed in another tab: a recognition, a dream and new pupils are refused', async () => {
    const { cls, ola, strength } = await setup();
    await inTabB(() => deleteClass(cls.id));
    await expect(
      addTeacherRecognition({
        classId: cls.id,
        pupils: [ola.id],
        strengthId: strength.id,
        text: 'Ryddet etter seg.',
        noticedBy: { kind: 'teacher' },
      }),
    ).rejects.toThrow();
    await expect(addDreamItem(cls.id, 'dream', 'Alle er med.')).rejects.toThrow();
    await expect(addPupilsFromText(cls.id, 'Noah')).rejects.toThrow();
    expect(currentError()).toMatchObject({ kind: 'gone', gone: { what: 'class' } });
    expect(await ref.a.recognitions.count()).toBe(0);
    expect(await ref.a.dreamItems.count()).toBe(0);
    expect(await ref.a.pupils.count()).toBe(0);
    await exportImportsFresh();
  });

  it('a check-in for a sub-goal deleted in another tab is refused', async () => {
    const { cls } = await setup();
    const goal = (await addDreamItem(cls.id, 'subgoal', 'Alle får være med i friminuttet.'))!;
    await inTabB(() => deleteDreamItem(goal.id));
    const input = {
      classId: cls.id,
      subgoalId: goal.id,
      date: '2026-11-20',
      counts: [0, 1, 2, 3, 4] as [number, number, number, number, number],
      answers: { ledTheWay: '', liked: '', nextStep: '' },
    };
    expect(checkInProblem(input)).toBeNull();
    await expect(addCheckIn(input)).rejects.toThrow();
    expect(await ref.a.checkIns.count()).toBe(0);
    await exportImportsFresh();
  });
});

describe('a status change applies only to the status it was shown with', () => {
  it('approve in tab A, decline in tab B: the second is refused with the current state', async () => {
    const { cls, emma, kari, strength } = await setup();
    const note = await addPupilRecognition({
      classId: cls.id,
      byPupilId: kari.id,
      pupilId: emma.id,
      strengthId: strength.id,
      text: 'Hun delte matpakken.',
      textOptional: false,
    });
    if (!note.ok) throw new Error('not saved');
    await approveRecognition(note.id);
    await expect(inTabB(() => declineRecognition(note.id))).rejects.toThrow();
    expect(currentError()).toMatchObject({ kind: 'changed', current: 'approved' });
    expect((await ref.a.recognitions.get(note.id))?.status).toBe('approved');
    // And the other way round: a reword-and-approve after a decline elsewhere.
    const second = await addPupilRecognition({
      classId: cls.id,
      byPupilId: kari.id,
      pupilId: emma.id,
      strengthId: strength.id,
      text: 'Hun hjalp til.',
      textOptional: false,
    });
    if (!second.ok) throw new Error('not saved');
    await inTabB(() => declineRecognition(second.id));
    await expect(approveRecognition(second.id, 'Hun hjalp Ola.')).rejects.toThrow();
    expect((await ref.a.recognitions.get(second.id))?.status).toBe('declined');
    await exportImportsFresh();
  });
});

describe('a database that already holds orphans is repaired on open', () => {
  it('sets them aside (kept, reported), and its next backup imports', async () => {
    const { cls, emma, ola, strength } = await setup();
    const base = {
      classId: cls.id,
      strengthId: strength.id,
      text: 'Ventet på tur.',
      source: 'teacher' as const,
      status: 'approved' as const,
      createdAt: 1,
      updatedAt: 1,
    };
    // What today's main wrote when the erasure raced with an open dialog.
    await ref.a.recognitions.bulkAdd([
      { ...base, id: 'orphan', pupilId: 'gone-pupil', noticedBy: { kind: 'teacher' } },
      { ...base, id: 'lost-noticer', pupilId: ola.id, noticedBy: { kind: 'pupil', pupilId: 'gone-pupil' } },
      { ...base, id: 'fine', pupilId: emma.id, noticedBy: { kind: 'teacher' } },
    ]);
    // Before the repair, the app's own backup is refused by the app's own import.
    const broken = await exportBackup({ kind: 'all' });
    expect((await importBackupText(broken.text, 'merge')).ok).toBe(false);
    expect(await repairOrphans(ref.a)).toBe(2);
    expect(await ref.a.recognitions.get('orphan')).toBeUndefined();
    const aside = (await ref.a.settings.get(SET_ASIDE_KEY))?.value as { record: { id: string } }[];
    expect(aside.map((x) => x.record.id)).toEqual(['orphan']);
    expect((await ref.a.recognitions.get('lost-noticer'))?.noticedBy).toEqual({ kind: 'classmate' });
    expect(await ref.a.recognitions.get('fine')).toBeDefined();
    expect(await repairOrphans(ref.a)).toBe(0); // reported once: nothing left the next time
    await exportImportsFresh();
  });
});
