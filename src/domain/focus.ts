// Focus strengths: which periods a teacher can choose, which focus is current, and picker order.
import { addDays, isoDate, startOfWeek } from './dates';
import type { FocusStrength, Strength } from './types';

export type FocusChoice = 'thisWeek' | 'nextWeek' | 'thisMonth' | 'nextMonth';
export const FOCUS_CHOICES: readonly FocusChoice[] = ['thisWeek', 'nextWeek', 'thisMonth', 'nextMonth'];

/** The inclusive ISO date range a choice covers, counted from `today` (local time). */
export function focusPeriod(
  choice: FocusChoice,
  today: Date,
): { period: 'week' | 'month'; start: string; end: string } {
  if (choice === 'thisWeek' || choice === 'nextWeek') {
    const monday = addDays(startOfWeek(today), choice === 'nextWeek' ? 7 : 0);
    return { period: 'week', start: isoDate(monday), end: isoDate(addDays(monday, 6)) };
  }
  const offset = choice === 'nextMonth' ? 1 : 0;
  const first = new Date(today.getFullYear(), today.getMonth() + offset, 1);
  const last = new Date(today.getFullYear(), today.getMonth() + offset + 1, 0);
  return { period: 'month', start: isoDate(first), end: isoDate(last) };
}

/** The focus that covers `today` (the latest started wins), as the board picks it. */
export function currentFocus(rows: readonly FocusStrength[], today: string): FocusStrength | undefined {
  return rows
    .filter((f) => f.start <= today && f.end >= today)
    .sort((a, b) => b.start.localeCompare(a.start))[0];
}

/** Focus strengths first (in the order the teacher chose them), then the rest in catalogue order. */
export function focusFirst<T extends Pick<Strength, 'id'>>(
  strengths: readonly T[],
  focusIds: readonly string[],
): T[] {
  const byId = new Map(strengths.map((s) => [s.id, s]));
  const first = focusIds.map((id) => byId.get(id)).filter((s): s is T => s !== undefined);
  const set = new Set(focusIds);
  return [...first, ...strengths.filter((s) => !set.has(s.id))];
}
