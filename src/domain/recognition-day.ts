// The day a recognition was seen: today by default, an earlier day when the teacher back-dates it,
// never a day in the future.
import { isIsoDate, parseIsoDate, todayIso } from './dates';

export type DayProblem = 'badDay' | 'futureDay';

/**
 * The time to store for a recognition seen on `day` (YYYY-MM-DD, local): `now` for today, and the
 * same clock time on an earlier day (so recognitions of one day keep the order they were saved in).
 */
export function recognitionTime(day: string, now: number): number | DayProblem {
  if (!isIsoDate(day)) return 'badDay';
  const today = todayIso(now);
  if (day > today) return 'futureDay';
  if (day === today) return now;
  const at = parseIsoDate(day);
  const clock = new Date(now);
  at.setHours(clock.getHours(), clock.getMinutes(), clock.getSeconds(), clock.getMilliseconds());
  return at.getTime();
}
