// The secret-friend round as plain data: a valid period, which recognitions are a child's gift,
// and the order of the ceremony (every child exactly once).
import { dayNumber, isIsoDate, parseIsoDate } from './dates';
import { giverOf } from './derangement';
import { fnv1a, seededRandom } from './hash';
import type { FriendRound, Recognition } from './types';

/** A round lasts from one day up to two weeks. */
export const MAX_ROUND_DAYS = 14;

export type PeriodProblem = 'badDate' | 'endBeforeStart' | 'tooLong';

export function periodProblem(start: string, end: string): PeriodProblem | null {
  if (!isIsoDate(start) || !isIsoDate(end)) return 'badDate';
  const days = dayNumber(end) - dayNumber(start) + 1;
  if (days < 1) return 'endBeforeStart';
  if (days > MAX_ROUND_DAYS) return 'tooLong';
  return null;
}

/** Whether a recognition was written by the receiver's secret friend in this round. */
export function isFromSecretFriend(round: Pick<FriendRound, 'draws'>, r: Recognition): boolean {
  if (!r.pupilId || r.noticedBy.kind !== 'pupil') return false;
  return giverOf(round.draws, r.pupilId) === r.noticedBy.pupilId;
}

/**
 * Whether a recognition is a gift note of the round: tagged to it, or written by the receiver's
 * secret friend from the round's first day while it is open (up to its last day, or the day it was
 * finished if later, once it is).
 */
export function isGiftNote(
  round: Pick<FriendRound, 'id' | 'draws' | 'start' | 'end' | 'status' | 'finishedAt'>,
  r: Recognition,
): boolean {
  if (r.roundId === round.id) return true;
  if (!isFromSecretFriend(round, r)) return false;
  if (r.createdAt < parseIsoDate(round.start).getTime()) return false;
  if (round.status !== 'finished') return true;
  const end = parseIsoDate(round.end);
  const afterLastDay = new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1).getTime();
  return r.createdAt < Math.max(afterLastDay, round.finishedAt ?? 0);
}

/**
 * Whether the board (and the extension's snapshot and strip) must leave a recognition out: a gift
 * note names the secret friend ("noticed by Aksel"), so it stays off the board while its round is
 * in progress, and after the ceremony too unless the teacher chose to share the round's gifts.
 */
export function keptOffBoard(rounds: readonly FriendRound[], r: Recognition): boolean {
  return rounds.some(
    (round) =>
      round.classId === r.classId &&
      !(round.status === 'finished' && round.giftsOnBoard) &&
      isGiftNote(round, r),
  );
}

/** Whether an open round has run past its last day (local date, YYYY-MM-DD). */
export function isPastEnd(round: Pick<FriendRound, 'end' | 'status'>, today: string): boolean {
  return round.status !== 'finished' && today > round.end;
}

/** Each child's gift: approved recognitions tagged to the round, written by their secret friend. */
export function giftsFor(
  round: Pick<FriendRound, 'id' | 'draws'>,
  recognitions: Recognition[],
): Record<string, Recognition[]> {
  const out: Record<string, Recognition[]> = {};
  for (const receiver of Object.values(round.draws)) out[receiver] = [];
  for (const r of recognitions) {
    if (r.roundId !== round.id || r.status !== 'approved' || !r.pupilId) continue;
    if (!(r.pupilId in out) || !isFromSecretFriend(round, r)) continue;
    out[r.pupilId]!.push(r);
  }
  for (const k of Object.keys(out)) out[k]!.sort((a, b) => a.createdAt - b.createdAt);
  return out;
}

/** Every child in the round exactly once, in an order fixed by the round id. */
export function ceremonyOrder(round: Pick<FriendRound, 'id' | 'draws'>): string[] {
  const receivers = [...new Set(Object.values(round.draws))].sort();
  const rnd = seededRandom(fnv1a(round.id));
  for (let i = receivers.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [receivers[i], receivers[j]] = [receivers[j]!, receivers[i]!];
  }
  return receivers;
}
