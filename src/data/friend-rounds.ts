// Secret-friend rounds: start one with a fresh draw, leave pupils out and add them back, tag
// recognitions to the round, finish it. The draw itself is pure (src/domain/derangement.ts).
import { parseIsoDate } from '../domain/dates';
import { addBack, type ChangeResult, drawDerangement, leaveOut } from '../domain/derangement';
import { type PeriodProblem, periodProblem } from '../domain/friend-round';
import type { FriendRound, Recognition } from '../domain/types';
import { db } from './db';
import { refTables, requireAlive } from './integrity';
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

async function change(roundId: string, fn: (round: FriendRound) => ChangeResult & { absent?: string[] }) {
  const d = db();
  return write(() =>
    d.transaction('rw', d.friendRounds, async (): Promise<ChangeResult> => {
      const round = await d.friendRounds.get(roundId);
      if (!round) return { ok: false, reason: 'notInDraw' };
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
export function leaveOutOfRound(roundId: string, pupilId: string): Promise<ChangeResult> {
  return change(roundId, (round) => {
    const r = leaveOut(round.draws, pupilId);
    return r.ok ? { ...r, absent: [...new Set([...round.absent, pupilId])] } : r;
  });
}

/** A pupil is back (or new): they join the round and one giver draws them instead. */
export function addBackToRound(roundId: string, pupilId: string, seed = randomSeed()): Promise<ChangeResult> {
  return change(roundId, (round) => {
    const r = addBack(round.draws, pupilId, seed);
    return r.ok ? { ...r, absent: round.absent.filter((x) => x !== pupilId) } : r;
  });
}

export async function setRoundStatus(roundId: string, status: FriendRound['status']): Promise<void> {
  const now = Date.now();
  const change: Partial<FriendRound> = { status, updatedAt: now };
  if (status === 'finished') change.finishedAt = now;
  await write(() => db().friendRounds.update(roundId, change));
}

/** After the ceremony: whether the round's gift notes join the board (they never do before). */
export async function setGiftsOnBoard(roundId: string, onBoard: boolean): Promise<void> {
  await write(() => db().friendRounds.update(roundId, { giftsOnBoard: onBoard, updatedAt: Date.now() }));
}

/** Deletes a round; recognitions tagged to it stay, untagged. */
export async function deleteRound(roundId: string): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction('rw', [d.friendRounds, d.recognitions], async () => {
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

export async function tagRecognition(recognitionId: string, roundId: string | null): Promise<void> {
  await write(() =>
    db().recognitions.update(recognitionId, { roundId: roundId ?? undefined, updatedAt: Date.now() }),
  );
}
