// Scaling check-ins against a sub-goal: where the class placed itself on 1-5, and its answers to
// the forward-looking questions. History per sub-goal, newest first.
import { checkInProblem } from '../domain/checkin';
import type { CheckIn } from '../domain/types';
import { db } from './db';
import { refTables, requireAlive } from './integrity';
import { newId, write } from './write';

export type Counts = CheckIn['counts'];

export interface CheckInInput {
  classId: string;
  subgoalId: string;
  date: string;
  counts: Counts;
  classValue?: number;
  answers: CheckIn['answers'];
}

export async function addCheckIn(input: CheckInInput): Promise<CheckIn> {
  const problem = checkInProblem(input);
  if (problem) throw new Error(`check-in: ${problem}`);
  const now = Date.now();
  const trim = (s: string) => s.trim().slice(0, 1000);
  const record: CheckIn = {
    id: newId(),
    classId: input.classId,
    subgoalId: input.subgoalId,
    date: input.date,
    counts: input.classValue !== undefined ? [0, 0, 0, 0, 0] : input.counts,
    answers: {
      ledTheWay: trim(input.answers.ledTheWay),
      liked: trim(input.answers.liked),
      nextStep: trim(input.answers.nextStep),
    },
    createdAt: now,
    updatedAt: now,
  };
  if (input.classValue !== undefined) record.classValue = input.classValue;
  const d = db();
  await write(() =>
    d.transaction('rw', [d.checkIns, ...refTables(d)], async () => {
      await requireAlive(d, { classId: input.classId, subgoalId: input.subgoalId });
      await d.checkIns.add(record);
    }),
  );
  return record;
}

export function listCheckIns(subgoalId: string): Promise<CheckIn[]> {
  return db()
    .checkIns.where('[subgoalId+date]')
    .between([subgoalId, ''], [subgoalId, '\uffff'])
    .toArray()
    .then((xs) => xs.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt));
}

export async function deleteCheckIn(id: string): Promise<void> {
  await write(() => db().checkIns.delete(id));
}
