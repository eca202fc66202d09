// Reads what the chart screens need, always through an index bounded by class (or pupil) and date:
// opening one class never scans every recognition. Aggregation is in src/domain/charts.ts.
import type { Period } from '../domain/periods';
import { periodRange } from '../domain/periods';
import { withCurrentDefaults } from '../domain/retired-defaults';
import type { CheckIn, DreamItem, FocusStrength, Pupil, Recognition, Strength } from '../domain/types';
import { db } from './db';

export interface ClassChartData {
  pupils: Pupil[];
  strengths: Strength[];
  /** Approved recognitions of the class in the period, oldest first. */
  recognitions: Recognition[];
  /** Focus strengths that overlap the period. */
  focus: FocusStrength[];
}

/** Approved recognitions of a class in [from, to): one range on [classId+status+createdAt]. */
export function approvedInRange(classId: string, from: number, to: number): Promise<Recognition[]> {
  return db()
    .recognitions.where('[classId+status+createdAt]')
    .between([classId, 'approved', from], [classId, 'approved', to], true, false)
    .toArray();
}

export async function loadClassChartData(classId: string, period: Period): Promise<ClassChartData> {
  const d = db();
  const { from, to } = periodRange(period);
  return d.transaction('r', [d.pupils, d.strengths, d.recognitions, d.focusStrengths], async () => {
    const [pupils, strengths, recognitions, focusRows] = await Promise.all([
      d.pupils.where('classId').equals(classId).toArray(),
      d.strengths.toArray(),
      approvedInRange(classId, from, to),
      // Focus rows start on or before the period's end; those that ended before it are dropped below.
      d.focusStrengths
        .where('[classId+start]')
        .between([classId, ''], [classId, period.end], true, true)
        .toArray(),
    ]);
    return {
      pupils,
      strengths: strengths.map(withCurrentDefaults).sort((a, b) => a.order - b.order),
      recognitions,
      focus: focusRows.filter((f) => f.end >= period.start),
    };
  });
}

export interface PupilChartData {
  pupil: Pupil | null;
  /** Everyone in the class (archived too), to name who noticed. */
  classmates: Pupil[];
  strengths: Strength[];
  /** The pupil's recognitions in the period (approved only), oldest first. */
  recognitions: Recognition[];
}

/** One pupil's approved recognitions in [from, to): one range on [pupilId+createdAt]. */
export async function pupilApprovedInRange(
  pupilId: string,
  from: number,
  to: number,
): Promise<Recognition[]> {
  const rows = await db()
    .recognitions.where('[pupilId+createdAt]')
    .between([pupilId, from], [pupilId, to], true, false)
    .toArray();
  // The index has no status; filtering a pupil's few rows in memory is cheaper than a cursor.
  return rows.filter((r) => r.status === 'approved');
}

export async function loadPupilChartData(
  classId: string,
  pupilId: string,
  period: Period,
): Promise<PupilChartData> {
  const d = db();
  const { from, to } = periodRange(period);
  return d.transaction('r', [d.pupils, d.strengths, d.recognitions], async () => {
    const [pupil, classmates, strengths, recognitions] = await Promise.all([
      d.pupils.get(pupilId),
      d.pupils.where('classId').equals(classId).toArray(),
      d.strengths.toArray(),
      pupilApprovedInRange(pupilId, from, to),
    ]);
    return {
      pupil: pupil && pupil.classId === classId ? pupil : null,
      classmates,
      strengths: strengths.map(withCurrentDefaults).sort((a, b) => a.order - b.order),
      recognitions: recognitions.filter((r) => r.classId === classId),
    };
  });
}

export interface CheckInChartData {
  subgoals: DreamItem[];
  checkIns: CheckIn[];
}

export async function loadCheckInChartData(classId: string, period: Period): Promise<CheckInChartData> {
  const d = db();
  return d.transaction('r', [d.dreamItems, d.checkIns], async () => {
    const [subgoals, checkIns] = await Promise.all([
      d.dreamItems.where('[classId+kind]').equals([classId, 'subgoal']).toArray(),
      d.checkIns
        .where('[classId+date]')
        .between([classId, period.start], [classId, period.end], true, true)
        .toArray(),
    ]);
    return { subgoals, checkIns };
  });
}
