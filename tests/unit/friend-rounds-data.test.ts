import { describe, expect, it } from 'vitest';
import { createClass } from '../../src/data/classes';
import { db } from '../../src/data/db';
import {
  addBackToRound,
  deleteRound,
  getRound,
  leaveOutOfRound,
  recognitionsInPeriod,
  startRound,
  tagRecognition,
} from '../../src/data/friend-rounds';
import { addPupilsFromText, erasePupil, listPupils } from '../../src/data/pupils';
import { isoDate } from '../../src/domain/dates';
import { isDerangement } from '../../src/domain/derangement';
import { freshDatabase } from './helpers/db';

freshDatabase();

async function classWith(names: string[]) {
  const c = await createClass({ name: '4B', yearGroup: 4 });
  if (names.length) await addPupilsFromText(c.id, names.join('\n'));
  return { classId: c.id, pupils: await listPupils(c.id) };
}

const period = { start: '2026-11-23', end: '2026-11-27' };

describe('secret-friend rounds (data)', () => {
  it('draws everyone present, leaves the absent out, and only one open round at a time', async () => {
    const { classId, pupils } = await classWith(['Ola', 'Kari', 'Emma', 'Noah']);
    const kari = pupils.find((p) => p.name === 'Kari')!.id;
    const r = await startRound(classId, { ...period, absent: [kari] }, 7);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const present = pupils.filter((p) => p.id !== kari).map((p) => p.id);
    expect(isDerangement(r.round.draws, present)).toBe(true);
    expect(r.round.absent).toEqual([kari]);
    expect(await startRound(classId, { ...period, absent: [] })).toEqual({
      ok: false,
      reason: 'alreadyOpen',
    });

    const back = await addBackToRound(r.round.id, kari, 3);
    expect(back.ok && back.changed).toHaveLength(1);
    let round = (await getRound(r.round.id))!;
    expect(
      isDerangement(
        round.draws,
        pupils.map((p) => p.id),
      ),
    ).toBe(true);
    expect(round.absent).toEqual([]);

    const out = await leaveOutOfRound(r.round.id, kari);
    expect(out.ok).toBe(true);
    round = (await getRound(r.round.id))!;
    expect(isDerangement(round.draws, present)).toBe(true);
    expect(round.absent).toEqual([kari]);
  });

  it('says clearly when there are too few pupils or the period is wrong', async () => {
    const one = await classWith(['Ola']);
    expect(await startRound(one.classId, { ...period, absent: [] })).toEqual({ ok: false, reason: 'tooFew' });
    const two = await classWith(['Ola', 'Kari']);
    expect(await startRound(two.classId, { start: '2026-11-23', end: '2026-12-20', absent: [] })).toEqual({
      ok: false,
      reason: 'tooLong',
    });
    const r = await startRound(two.classId, { ...period, absent: [] });
    expect(r.ok && Object.values(r.round.draws).sort()).toEqual(two.pupils.map((p) => p.id).sort());
    if (!r.ok) return;
    // Two pupils: nobody can be left out.
    expect(await leaveOutOfRound(r.round.id, two.pupils[0]!.id)).toEqual({ ok: false, reason: 'tooFew' });
  });

  it('tags recognitions of the period, untags them when the round is deleted; erasing a pupil closes the circle', async () => {
    const { classId, pupils } = await classWith(['Ola', 'Kari', 'Emma']);
    const today = isoDate(new Date());
    const r = await startRound(classId, { start: today, end: today, absent: [] }, 1);
    if (!r.ok) throw new Error('draw');
    const [giver] = Object.keys(r.round.draws);
    const receiver = r.round.draws[giver!]!;
    const now = Date.now();
    await db().recognitions.add({
      id: 'rec1',
      classId,
      pupilId: receiver,
      strengthId: 's',
      text: 'Delte',
      noticedBy: { kind: 'pupil', pupilId: giver! },
      source: 'pupil',
      status: 'approved',
      createdAt: now,
      updatedAt: now,
    });
    expect((await recognitionsInPeriod(r.round)).map((x) => x.id)).toEqual(['rec1']);
    await tagRecognition('rec1', r.round.id);
    expect((await db().recognitions.get('rec1'))!.roundId).toBe(r.round.id);
    await erasePupil(pupils.find((p) => p.id !== giver && p.id !== receiver)!.id);
    const after = (await getRound(r.round.id))!;
    expect(isDerangement(after.draws, [giver!, receiver])).toBe(true);
    await deleteRound(r.round.id);
    expect((await db().recognitions.get('rec1'))!.roundId).toBeUndefined();
  });
});
