// Writes that race with a deletion or a decision in another tab (issue 17): each write checks in its
// own transaction that what it refers to still exists, a status change applies only to the status it
// was shown with, and the app's own backup made after each race imports into a fresh database.
import { describe, expect, it, vi } from 'vitest';
import { clearError, currentError } from '../../src/app-errors';
import { dumpDatabase, exportBackup } from '../../src/data/backup-export';
import { importBackupText } from '../../src/data/backup-import';
import { addCheckIn } from '../../src/data/checkins';
import { createClass, deleteClass } from '../../src/data/classes';
import { DreamClassDB, openDatabase, useDatabase } from '../../src/data/db';
import { addDreamItem, deleteDreamItem } from '../../src/data/dream';
import {
  addBackToRound,
  deleteRound,
  leaveOutOfRound,
  setGiftsOnBoard,
  setRoundStatus,
  startRound,
  tagRecognition,
  untagRecognition,
} from '../../src/data/friend-rounds';
import { addPupilsFromText, erasePupil, listPupils, renamePupil, setArchived } from '../../src/data/pupils';
import {
  addPupilRecognition,
  addTeacherRecognition,
  approveRecognition,
  declineRecognition,
} from '../../src/data/recognitions';
import { repairOrphans, SET_ASIDE_KEY } from '../../src/data/repair-orphans';
import { addRoutineFromTemplate, deleteRoutine, saveRoutine } from '../../src/data/routines';
import { listStrengths } from '../../src/data/strengths';
import { checkInProblem } from '../../src/domain/checkin';
import { MAX_PUPILS } from '../../src/domain/types';
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

describe('pupils: rename, archive and restore after a deletion in another tab', () => {
  it('tab B erases Emma; renaming her in tab A writes nothing and names her', async () => {
    const { emma } = await setup();
    clearError();
    await inTabB(() => erasePupil(emma.id));
    const before = await dumpDatabase();
    await expect(renamePupil(emma.id, 'Emma N.', 'Emma')).rejects.toThrow(/no longer exists/);
    expect(currentError()).toMatchObject({ kind: 'gone', gone: { what: 'pupil', name: 'Emma' } });
    expect(await dumpDatabase()).toEqual(before);
    await exportImportsFresh();
  });

  it('archiving, and bringing back from the archive, a pupil erased in tab B is refused', async () => {
    const { emma, kari } = await setup();
    await setArchived(kari.id, true);
    await inTabB(async () => {
      await erasePupil(emma.id);
      await erasePupil(kari.id);
    });
    const before = await dumpDatabase();
    clearError();
    await expect(setArchived(emma.id, true, 'Emma')).rejects.toThrow(/no longer exists/);
    expect(currentError()).toMatchObject({ kind: 'gone', gone: { what: 'pupil', name: 'Emma' } });
    clearError();
    await expect(setArchived(kari.id, false, 'Kari')).rejects.toThrow(/no longer exists/);
    expect(currentError()).toMatchObject({ kind: 'gone', gone: { what: 'pupil', name: 'Kari' } });
    expect(await dumpDatabase()).toEqual(before);
    await exportImportsFresh();
  });

  it('the class removed in tab B: rename, archive and restore write nothing', async () => {
    const { cls, ola, kari } = await setup();
    await setArchived(kari.id, true);
    await inTabB(() => deleteClass(cls.id));
    await expect(renamePupil(ola.id, 'Ola N.', 'Ola')).rejects.toThrow(/no longer exists/);
    await expect(setArchived(ola.id, true, 'Ola')).rejects.toThrow(/no longer exists/);
    await expect(setArchived(kari.id, false, 'Kari')).rejects.toThrow(/no longer exists/);
    expect(currentError()).toMatchObject({ kind: 'gone' });
    expect(await ref.a.pupils.count()).toBe(0);
    await exportImportsFresh();
  });

  it('bringing a pupil back into a class that tab B filled to the limit is refused', async () => {
    const { cls, kari } = await setup();
    await setArchived(kari.id, true);
    // Two active now; tab B fills the class up to the limit meanwhile.
    const more = Array.from({ length: MAX_PUPILS - 2 }, (_, i) => `Elev ${i + 1}`).join('\n');
    await inTabB(() => addPupilsFromText(cls.id, more));
    expect(await listPupils(cls.id)).toHaveLength(MAX_PUPILS);
    const before = await dumpDatabase();
    expect(await setArchived(kari.id, false, 'Kari')).toEqual({ ok: false, full: { max: MAX_PUPILS } });
    expect(await dumpDatabase()).toEqual(before);
    // One place free again: she comes back.
    const [first] = await listPupils(cls.id);
    await setArchived(first!.id, true);
    expect(await setArchived(kari.id, false, 'Kari')).toEqual({ ok: true });
    expect(await listPupils(cls.id)).toHaveLength(MAX_PUPILS);
    await exportImportsFresh();
  });
});

describe('a routine removed in another tab', () => {
  it('saving the open editor writes nothing and says the routine is gone', async () => {
    const { cls } = await setup();
    const routine = await addRoutineFromTemplate(cls.id, 'weeklyLesson', 'nb');
    await inTabB(() => deleteRoutine(routine.id));
    const before = await dumpDatabase();
    clearError();
    await expect(saveRoutine(routine.id, { ...routine, name: 'Fredagsøkta' })).rejects.toThrow(
      /no longer exists/,
    );
    expect(currentError()).toMatchObject({ kind: 'gone', gone: { what: 'routine' } });
    expect(await dumpDatabase()).toEqual(before);
    expect(await ref.a.routines.count()).toBe(0);
    await exportImportsFresh();
  });

  it('its class removed in tab B: saving writes nothing', async () => {
    const { cls } = await setup();
    const routine = await addRoutineFromTemplate(cls.id, 'weeklyLesson', 'nb');
    await inTabB(() => deleteClass(cls.id));
    await expect(saveRoutine(routine.id, { ...routine, active: false })).rejects.toThrow(/no longer exists/);
    expect(await ref.a.routines.count()).toBe(0);
    await exportImportsFresh();
  });
});

describe('a secret-friend round deleted in another tab', () => {
  const period = { start: '2026-11-23', end: '2026-11-27' };

  async function withRound() {
    const x = await setup();
    const started = await startRound(x.cls.id, { ...period, absent: [x.kari.id] }, 7);
    if (!started.ok) throw new Error(started.reason);
    const note = await addTeacherRecognition({
      classId: x.cls.id,
      pupils: [x.ola.id],
      strengthId: x.strength.id,
      text: 'Ryddet etter seg.',
      noticedBy: { kind: 'teacher' },
    });
    if (!note.ok) throw new Error('not saved');
    const rec = (await ref.a.recognitions.toArray())[0]!;
    return { ...x, round: started.round, rec };
  }

  it('every change to it writes nothing and says the round is gone', async () => {
    const { round, emma, kari, rec } = await withRound();
    await tagRecognition(rec.id, round.id);
    await inTabB(() => deleteRound(round.id));
    const before = await dumpDatabase();
    const changes: [string, () => Promise<unknown>][] = [
      ['leave out', () => leaveOutOfRound(round.id, emma.id)],
      ['add back', () => addBackToRound(round.id, kari.id, 3)],
      ['everyone has seen', () => setRoundStatus(round.id, 'running')],
      ['finish', () => setRoundStatus(round.id, 'finished')],
      ['gifts on the board', () => setGiftsOnBoard(round.id, true)],
      ['tag a gift', () => tagRecognition(rec.id, round.id)],
      ['untag a gift', () => untagRecognition(rec.id, round.id)],
      ['delete', () => deleteRound(round.id)],
    ];
    for (const [what, change] of changes) {
      clearError();
      await expect(change(), what).rejects.toThrow(/no longer exists/);
      expect(currentError(), what).toMatchObject({ kind: 'gone', gone: { what: 'round' } });
    }
    expect(await dumpDatabase()).toEqual(before);
    await exportImportsFresh();
  });

  it('its class removed in tab B: finishing it writes nothing', async () => {
    const { cls, round } = await withRound();
    await inTabB(() => deleteClass(cls.id));
    await expect(setRoundStatus(round.id, 'finished')).rejects.toThrow(/no longer exists/);
    expect(await ref.a.friendRounds.count()).toBe(0);
    await exportImportsFresh();
  });

  it('leaving out or adding back a pupil erased in tab B is refused, naming them', async () => {
    const { round, emma, kari } = await withRound();
    await inTabB(async () => {
      await erasePupil(emma.id);
      await erasePupil(kari.id);
    });
    const before = await dumpDatabase();
    clearError();
    await expect(leaveOutOfRound(round.id, emma.id, { [emma.id]: 'Emma' })).rejects.toThrow(
      /no longer exists/,
    );
    expect(currentError()).toMatchObject({ kind: 'gone', gone: { what: 'pupil', name: 'Emma' } });
    await expect(addBackToRound(round.id, kari.id, 3, { [kari.id]: 'Kari' })).rejects.toThrow(
      /no longer exists/,
    );
    expect(currentError()).toMatchObject({ kind: 'gone', gone: { what: 'pupil', name: 'Kari' } });
    expect(await dumpDatabase()).toEqual(before);
    await exportImportsFresh();
  });

  it('tagging a recognition deleted in tab B writes nothing', async () => {
    const { round, rec } = await withRound();
    await inTabB(() => ref.b.recognitions.delete(rec.id));
    const before = await dumpDatabase();
    await expect(tagRecognition(rec.id, round.id)).rejects.toThrow(/no longer exists/);
    expect(currentError()).toMatchObject({ kind: 'gone', gone: { what: 'recognition' } });
    expect(await dumpDatabase()).toEqual(before);
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

  it('opening the database reports the repair once, in plain words', async () => {
    const { cls, strength } = await setup();
    await ref.a.recognitions.add({
      id: 'orphan',
      classId: cls.id,
      pupilId: 'gone-pupil',
      strengthId: strength.id,
      text: 'Ventet på tur.',
      noticedBy: { kind: 'teacher' },
      source: 'teacher',
      status: 'approved',
      createdAt: 1,
      updatedAt: 1,
    });
    clearError();
    const third = new DreamClassDB(ref.name);
    expect(await openDatabase(third)).toBe(true);
    await vi.waitFor(() => expect(currentError()).toMatchObject({ kind: 'setAside', count: 1 }));
    clearError();
    const fourth = new DreamClassDB(ref.name);
    expect(await openDatabase(fourth)).toBe(true);
    await expect(repairOrphans(fourth)).resolves.toBe(0);
    expect(currentError()).toBeNull();
    third.close();
    fourth.close();
  });
});
