// Secret-friend rounds: start one with a fresh draw, leave pupils out and add them back, tag
// recognitions to the round, finish it. The draw itself is pure (src/domain/derangement.ts).
import { parseIsoDate } from '../domain/dates';
import { addBack, type ChangeResult, drawDerangement, leaveOut } from '../domain/derangement';
import { type PeriodProblem, periodProblem } from '../domain/friend-round';
import type { FriendRound, Recognition } from '../domain/types';
import { db } from './db';
import { GoneError, refTables, requireAlive } from './integrity';
import { newId, write } from './write';

export type StartResult =
  | { ok: true; round: FriendRound }
  | { ok: false; reason: PeriodProblem | 'tooFew' | 'alreadyOpen' };

export function listRounds(classId: string): Promise<FriendRound[]> {
  return db()
    .friendRounds.where('classId')
    .equals(classId)
    .toArray()
    .then((xs) => xs.sort((a, b) => b.createdAt - a.createdAt));
}

export function getRound(id: string): Promise<FriendRound | undefined> {
  return db().friendRounds.get(id);
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** Starts a round for the class's active pupils, minus those who are away. */
export async function startRound(
  classId: string,
  input: { start: string; end: string; absent: string[] },
  seed = randomSeed(),
): Promise<StartResult> {
  const problem = periodProblem(input.start, input.end);
  if (problem) return { ok: false, reason: problem };
  const d = db();
  return write(() =>
    d.transaction('rw', [d.friendRounds, ...refTables(d)], async (): Promise<StartResult> => {
      await requireAlive(d, { classId });
      const open = await d.friendRounds
        .where('classId')
        .equals(classId)
        .filter((r) => r.status !== 'finished')
        .count();
      if (open) return { ok: false, reason: 'alreadyOpen' };
      const pupils = await d.pupils.where('[classId+archived]').equals([classId, 0]).toArray();
      const absent = input.absent.filter((id) => pupils.some((p) => p.id === id));
      const drawn = drawDerangement(
        pupils.filter((p) => !absent.includes(p.id)).map((p) => p.id),
        seed,
      );
      if (!drawn.ok) return { ok: false, reason: 'tooFew' };
      const now = Date.now();
      const round: FriendRound = {
        id: newId(),
        classId,
        start: input.start,
        end: input.end,
        draws: drawn.draws,
        absent,
        status: 'drawing',
        createdAt: now,
        updatedAt: now,
      };
      await d.friendRounds.add(round);
      return { ok: true, round };
    }),
  );
}

/**
 * Inside a transaction over refTables: the round, its class and the pupils named still exist
 * (deleted in another tab: GoneError, and the caller writes nothing).
 */
async function aliveRound(
  roundId: string,
  pupilIds: string[] = [],
  names?: Readonly<Record<string, string>>,
): Promise<FriendRound> {
  const d = db();
  const round = await d.friendRounds.get(roundId);
  if (!round) throw new GoneError('round');
  await requireAlive(d, { classId: round.classId, roundId, pupilIds, names });
  return round;
}

async function change(
  roundId: string,
  pupilId: string,
  names: Readonly<Record<string, string>> | undefined,
  fn: (round: FriendRound) => ChangeResult & { absent?: string[] },
) {
  const d = db();
  return write(() =>
    d.transaction('rw', refTables(d), async (): Promise<ChangeResult> => {
      const round = await aliveRound(roundId, [pupilId], names);
      const result = fn(round);
      if (result.ok)
        await d.friendRounds.update(roundId, {
          draws: result.draws,
          absent: result.absent ?? round.absent,
          updatedAt: Date.now(),
        });
      return result;
    }),
  );
}

/** A pupil is away for the round: the one who drew them takes over their friend. */
export function leaveOutOfRound(
  roundId: string,
  pupilId: string,
  names?: Readonly<Record<string, string>>,
): Promise<ChangeResult> {
  return change(roundId, pupilId, names, (round) => {
    const r = leaveOut(round.draws, pupilId);
    return r.ok ? { ...r, absent: [...new Set([...round.absent, pupilId])] } : r;
  });
}

/** A pupil is back (or new): they join the round and one giver draws them instead. */
export function addBackToRound(
  roundId: string,
  pupilId: string,
  seed = randomSeed(),
  names?: Readonly<Record<string, string>>,
): Promise<ChangeResult> {
  return change(roundId, pupilId, names, (round) => {
    const r = addBack(round.draws, pupilId, seed);
    return r.ok ? { ...r, absent: round.absent.filter((x) => x !== pupilId) } : r;
  });
}

/** Changes one round's fields, if the round (and its class) still exists. */
function updateRound(roundId: string, fields: (now: number) => Partial<FriendRound>): Promise<void> {
  const d = db();
  return write(() =>
    d.transaction('rw', refTables(d), async () => {
      await aliveRound(roundId);
      const now = Date.now();
      await d.friendRounds.update(roundId, { ...fields(now), updatedAt: now });
    }),
  );
}

export function setRoundStatus(roundId: string, status: FriendRound['status']): Promise<void> {
  return updateRound(roundId, (now) => (status === 'finished' ? { status, finishedAt: now } : { status }));
}

/** After the ceremony: whether the round's gift notes join the board (they never do before). */
export function setGiftsOnBoard(roundId: string, onBoard: boolean): Promise<void> {
  return updateRound(roundId, () => ({ giftsOnBoard: onBoard }));
}

/** Deletes a round; recognitions tagged to it stay, untagged. Already deleted elsewhere: GoneError. */
export async function deleteRound(roundId: string): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction('rw', [d.recognitions, ...refTables(d)], async () => {
      if (!(await d.friendRounds.get(roundId))) throw new GoneError('round');
      const now = Date.now();
      await d.recognitions
        .where('roundId')
        .equals(roundId)
        .modify((r) => {
          delete r.roundId;
          r.updatedAt = now;
        });
      await d.friendRounds.delete(roundId);
    }),
  );
}

/** Recognitions about the round's pupils made during its period (local days, inclusive). */
export async function recognitionsInPeriod(round: FriendRound): Promise<Recognition[]> {
  const from = parseIsoDate(round.start).getTime();
  const endDay = parseIsoDate(round.end);
  const to = new Date(endDay.getFullYear(), endDay.getMonth(), endDay.getDate() + 1).getTime();
  const inRound = new Set(Object.keys(round.draws));
  const rows = await db()
    .recognitions.where('[classId+createdAt]')
    .between([round.classId, from], [round.classId, to], true, false)
    .toArray();
  const tagged = await db().recognitions.where('roundId').equals(round.id).toArray();
  const byId = new Map([...rows, ...tagged].map((r) => [r.id, r]));
  return [...byId.values()]
    .filter((r) => r.pupilId && inRound.has(r.pupilId) && r.status !== 'declined')
    .sort((a, b) => a.createdAt - b.createdAt);
}

export function taggedRecognitions(roundId: string): Promise<Recognition[]> {
  return db().recognitions.where('roundId').equals(roundId).toArray();
}

/**
 * Tags a recognition to a round as a gift (or, with null, removes the tag it has). The recognition,
 * and the round it is tagged to, must still exist (GoneError otherwise: nothing is written).
 */
export async function tagRecognition(recognitionId: string, roundId: string | null): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction('rw', [d.recognitions, ...refTables(d)], async () => {
      const rec = await d.recognitions.get(recognitionId);
      if (!rec) throw new GoneError('recognition');
      if (roundId !== null) {
        const round = await aliveRound(roundId);
        if (round.classId !== rec.classId) throw new GoneError('round');
      }
      await d.recognitions.update(recognitionId, { roundId: roundId ?? undefined, updatedAt: Date.now() });
    }),
  );
}

/** Removes a recognition's tag to this round; the round deleted elsewhere gives GoneError. */
export async function untagRecognition(recognitionId: string, roundId: string): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction('rw', [d.recognitions, ...refTables(d)], async () => {
      await aliveRound(roundId);
      const rec = await d.recognitions.get(recognitionId);
      if (!rec) throw new GoneError('recognition');
      if (rec.roundId === roundId)
        await d.recognitions.update(recognitionId, { roundId: undefined, updatedAt: Date.now() });
    }),
  );
}
