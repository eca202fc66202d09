// When something was noticed, in words a class understands ("today", "on Tuesday", "last week"),
// never as a timestamp. Local calendar days; the catalogue words the result in each language.
import { startOfWeek } from './dates';
import { formatDateWith } from './locale-format';

export type When =
  | { kind: 'today' }
  | { kind: 'yesterday' }
  /** Earlier this week: the weekday's name comes from Intl in the board's locale. */
  | { kind: 'weekday'; weekday: string }
  | { kind: 'lastWeek' }
  | { kind: 'weeksAgo'; weeks: number }
  | { kind: 'date'; date: string };

const DAY = 86_400_000;

function dayStart(t: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

export function whenWords(at: number, now: number, locale: string): When {
  const days = Math.round((dayStart(now) - dayStart(at)) / DAY);
  if (days <= 0) return { kind: 'today' };
  if (days === 1) return { kind: 'yesterday' };
  const thisMonday = startOfWeek(new Date(now)).getTime();
  if (at >= thisMonday) {
    return { kind: 'weekday', weekday: formatDateWith(locale, at, { weekday: 'long' }) };
  }
  const weeks = Math.round((thisMonday - startOfWeek(new Date(at)).getTime()) / (7 * DAY));
  if (weeks === 1) return { kind: 'lastWeek' };
  if (weeks <= 4) return { kind: 'weeksAgo', weeks };
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return {
    kind: 'date',
    date: formatDateWith(locale, at, {
      day: 'numeric',
      month: 'long',
      year: sameYear ? undefined : 'numeric',
    }),
  };
}
