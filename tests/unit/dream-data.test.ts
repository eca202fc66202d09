import { describe, expect, it } from 'vitest';
import { addCheckIn, listCheckIns } from '../../src/data/checkins';
import {
  addDreamItem,
  deleteDreamItem,
  listDream,
  markReached,
  moveDreamItem,
  setActiveSubgoal,
  setQuestion,
  updateDreamText,
} from '../../src/data/dream';
import { checkInProblem, placement } from '../../src/domain/checkin';
import { freshDatabase, withClassC1 } from './helpers/db';

freshDatabase();
withClassC1();

const texts = async (kind: string) => (await listDream('c1')).filter((x) => x.kind === kind);

describe('the class dream (data)', () => {
  it('adds items in order, refuses blank text, edits and moves', async () => {
    expect(await addDreamItem('c1', 'dream', '   ')).toBeNull();
    await addDreamItem('c1', 'dream', 'A');
    const b = await addDreamItem('c1', 'dream', '  B   with  spaces ');
    expect(b!.text).toBe('B with spaces');
    await moveDreamItem(b!.id, -1);
    expect((await texts('dream')).map((x) => x.text)).toEqual(['B with spaces', 'A']);
    expect(await updateDreamText(b!.id, '')).toBe(false);
    expect(await updateDreamText(b!.id, 'B2')).toBe(true);
    expect((await texts('dream'))[0]!.text).toBe('B2');
  });

  it('keeps one focus question and clears it with blank text', async () => {
    await setQuestion('c1', 'Q1');
    await setQuestion('c1', 'Q2');
    expect((await texts('question')).map((x) => x.text)).toEqual(['Q2']);
    await setQuestion('c1', '');
    expect(await texts('question')).toEqual([]);
  });

  it('has one active sub-goal; reaching it activates the next one not reached', async () => {
    const s1 = await addDreamItem('c1', 'subgoal', 'One');
    const s2 = await addDreamItem('c1', 'subgoal', 'Two');
    const s3 = await addDreamItem('c1', 'subgoal', 'Three');
    let subs = await texts('subgoal');
    expect(subs.filter((s) => s.active).map((s) => s.text)).toEqual(['One']);
    await markReached(s1!.id, '2026-11-20');
    subs = await texts('subgoal');
    expect(subs.find((s) => s.id === s1!.id)).toMatchObject({ reachedOn: '2026-11-20', active: false });
    expect(subs.filter((s) => s.active).map((s) => s.id)).toEqual([s2!.id]);
    await setActiveSubgoal('c1', s3!.id);
    subs = await texts('subgoal');
    expect(subs.filter((s) => s.active).map((s) => s.id)).toEqual([s3!.id]);
    // Deleting the active one deletes its check-ins and moves on.
    await addCheckIn({
      classId: 'c1',
      subgoalId: s3!.id,
      date: '2026-11-23',
      counts: [0, 1, 0, 0, 0],
      answers: { ledTheWay: '', liked: '', nextStep: '' },
    });
    await deleteDreamItem(s3!.id);
    expect(await listCheckIns(s3!.id)).toEqual([]);
    expect((await texts('subgoal')).filter((s) => s.active).map((s) => s.id)).toEqual([s2!.id]);
  });
});

describe('check-ins', () => {
  it('need placements or one class value', () => {
    expect(checkInProblem({ counts: [0, 0, 0, 0, 0] })).toBe('empty');
    expect(checkInProblem({ counts: [0, 0, 0, 0, 0], classValue: 6 })).toBe('badValue');
    expect(checkInProblem({ counts: [0, 2, 0, 0, 0] })).toBeNull();
    expect(checkInProblem({ counts: [0, 0, 0, 0, 0], classValue: 3 })).toBeNull();
    expect(placement({ counts: [0, 0, 3, 1, 0] })).toBe(3.25);
    expect(placement({ counts: [0, 0, 0, 0, 0], classValue: 4 })).toBe(4);
  });

  it('are listed per sub-goal, newest first, and an invalid one is not saved', async () => {
    const goal = (await addDreamItem('c1', 'subgoal', 'Alle er med'))!;
    const base = {
      classId: 'c1',
      subgoalId: goal.id,
      answers: { ledTheWay: 'Ola', liked: '', nextStep: '' },
    };
    await addCheckIn({ ...base, date: '2026-11-02', counts: [0, 0, 4, 0, 0] });
    await addCheckIn({ ...base, date: '2026-11-16', counts: [0, 0, 0, 0, 0], classValue: 4 });
    await expect(addCheckIn({ ...base, date: '2026-11-20', counts: [0, 0, 0, 0, 0] })).rejects.toThrow();
    const list = await listCheckIns(goal.id);
    expect(list.map((c) => c.date)).toEqual(['2026-11-16', '2026-11-02']);
    expect(list[0]!.classValue).toBe(4);
  });
});
