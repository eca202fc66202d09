import { describe, expect, it } from 'vitest';
import { buildBoardSnapshot } from '../../src/data/board-snapshot';
import { createClass } from '../../src/data/classes';
import { db } from '../../src/data/db';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import {
  addPupilRecognition,
  addTeacherRecognition,
  approveRecognition,
  countWaiting,
  declineRecognition,
  eraseDeclined,
  listRecentApproved,
  listWaiting,
  returnToQueue,
  updateRecognitionGroup,
} from '../../src/data/recognitions';
import { listStrengths } from '../../src/data/strengths';
import { freshDatabase } from './helpers/db';

freshDatabase();
const words = { teacher: 'læreren', classmate: 'en klassekamerat' };

async function setup() {
  const c = await createClass({ name: '4B', yearGroup: 4 });
  await addPupilsFromText(c.id, 'Ola\nKari\nSara');
  const [kari, ola, sara] = await listPupils(c.id);
  const [care, patience] = await listStrengths();
  return { c, ola: ola!, kari: kari!, sara: sara!, care: care!, patience: patience! };
}

describe('teacher recognitions', () => {
  it('saves one approved record per pupil, sharing a batch id', async () => {
    const { c, ola, kari, care } = await setup();
    const r = await addTeacherRecognition({
      classId: c.id,
      pupils: [ola.id, kari.id, ola.id],
      strengthId: care.id,
      text: '  hjalp til  ',
      noticedBy: { kind: 'teacher' },
    });
    expect(r.ok).toBe(true);
    const all = await db().recognitions.toArray();
    expect(all).toHaveLength(2);
    expect(new Set(all.map((x) => x.batchId)).size).toBe(1);
    expect(
      all.every((x) => x.status === 'approved' && x.source === 'teacher' && x.text === 'hjalp til'),
    ).toBe(true);
  });

  it('saves the whole class as one record without a pupil', async () => {
    const { c, care } = await setup();
    await addTeacherRecognition({
      classId: c.id,
      pupils: 'class',
      strengthId: care.id,
      text: 'ryddet sammen',
      noticedBy: { kind: 'adult', name: ' Assistent Per ' },
    });
    const [r] = await db().recognitions.toArray();
    expect(r!.pupilId).toBeUndefined();
    expect(r!.noticedBy).toEqual({ kind: 'adult', name: 'Assistent Per' });
  });

  it('refuses bad input and changes nothing', async () => {
    const { c, ola, care } = await setup();
    const base = {
      classId: c.id,
      pupils: [ola.id],
      strengthId: care.id,
      noticedBy: { kind: 'teacher' as const },
    };
    expect(await addTeacherRecognition({ ...base, text: ' \n\t ' })).toEqual({ ok: false, problem: 'empty' });
    expect(await addTeacherRecognition({ ...base, text: 'x'.repeat(281) })).toEqual({
      ok: false,
      problem: 'tooLong',
    });
    expect(await addTeacherRecognition({ ...base, pupils: [], text: 'ok' })).toEqual({
      ok: false,
      problem: 'noPupil',
    });
    expect(await addTeacherRecognition({ ...base, strengthId: '', text: 'ok' })).toEqual({
      ok: false,
      problem: 'noStrength',
    });
    expect(
      await addTeacherRecognition({ ...base, noticedBy: { kind: 'adult', name: '  ' }, text: 'ok' }),
    ).toEqual({ ok: false, problem: 'noAdultName' });
    expect(await db().recognitions.count()).toBe(0);
    // 280 emoji are 280 characters, not 560.
    expect((await addTeacherRecognition({ ...base, text: '🌟'.repeat(280) })).ok).toBe(true);
    // The teacher may choose to save without text after the nudge.
    expect((await addTeacherRecognition({ ...base, text: '', allowEmpty: true })).ok).toBe(true);
  });

  it('edits a group: text for all, pupils added and removed', async () => {
    const { c, ola, kari, sara, care, patience } = await setup();
    const r = await addTeacherRecognition({
      classId: c.id,
      pupils: [ola.id, kari.id],
      strengthId: care.id,
      text: 'a',
      noticedBy: { kind: 'teacher' },
    });
    if (!r.ok) throw new Error('not saved');
    const u = await updateRecognitionGroup(r.ids, {
      classId: c.id,
      pupils: [kari.id, sara.id],
      strengthId: patience.id,
      text: 'b',
      noticedBy: { kind: 'teacher' },
    });
    expect(u.ok).toBe(true);
    const all = await db().recognitions.toArray();
    expect(all.map((x) => x.pupilId).sort()).toEqual([kari.id, sara.id].sort());
    expect(all.every((x) => x.text === 'b' && x.strengthId === patience.id)).toBe(true);
    expect(new Set(all.map((x) => x.batchId)).size).toBe(1);
  });
});

describe('pupil recognitions and moderation', () => {
  it('waits, stays off the board, then reaches it when approved with the original kept', async () => {
    const { c, ola, sara, care } = await setup();
    const base = {
      classId: c.id,
      byPupilId: sara.id,
      pupilId: ola.id,
      strengthId: care.id,
      textOptional: false,
    };
    expect(await addPupilRecognition({ ...base, pupilId: sara.id, text: 'meg' })).toEqual({
      ok: false,
      problem: 'self',
    });
    expect(await addPupilRecognition({ ...base, text: '   ' })).toEqual({ ok: false, problem: 'empty' });
    const r = await addPupilRecognition({ ...base, text: '<b>hjalp meg</b>' });
    if (!r.ok) throw new Error('not saved');
    const saved = await db().recognitions.get(r.id);
    expect(saved).toMatchObject({
      status: 'waiting',
      source: 'pupil',
      noticedBy: { kind: 'pupil', pupilId: sara.id },
    });
    expect(await countWaiting(c.id)).toBe(1);
    expect(await listRecentApproved(c.id)).toEqual([]);
    expect((await buildBoardSnapshot(c.id, 'nb', words))!.recognitions).toEqual([]);

    await approveRecognition(r.id, 'hjalp meg med matte');
    const approved = await db().recognitions.get(r.id);
    expect(approved).toMatchObject({
      status: 'approved',
      text: 'hjalp meg med matte',
      originalText: '<b>hjalp meg</b>',
    });
    const board = await buildBoardSnapshot(c.id, 'nb', words);
    expect(board!.recognitions.map((x) => [x.text, x.pupilName, x.noticedBy])).toEqual([
      ['hjalp meg med matte', 'Ola', 'Sara'],
    ]);
    expect(await listWaiting(c.id)).toEqual([]);
  });

  it('allows an empty text when the class says text is optional', async () => {
    const { c, ola, sara, care } = await setup();
    const r = await addPupilRecognition({
      classId: c.id,
      byPupilId: sara.id,
      pupilId: ola.id,
      strengthId: care.id,
      text: '',
      textOptional: true,
    });
    expect(r.ok).toBe(true);
  });

  it('keeps declined ones out of every view, can undo, and erases them for good', async () => {
    const { c, ola, sara, care } = await setup();
    const r = await addPupilRecognition({
      classId: c.id,
      byPupilId: sara.id,
      pupilId: ola.id,
      strengthId: care.id,
      text: 'slem',
      textOptional: false,
    });
    if (!r.ok) throw new Error('not saved');
    await declineRecognition(r.id);
    expect(await listWaiting(c.id)).toEqual([]);
    expect(await listRecentApproved(c.id)).toEqual([]);
    expect((await buildBoardSnapshot(c.id, 'nb', words))!.recognitions).toEqual([]);
    await returnToQueue(r.id);
    expect(await countWaiting(c.id)).toBe(1);
    await declineRecognition(r.id);
    expect(await eraseDeclined(c.id)).toBe(1);
    expect(await db().recognitions.count()).toBe(0);
  });
});
