// How a holiday reads: its name (a suggested break's from the catalogue, an own one's as the teacher
// wrote it) and its dates, with the week number when it is one whole school week.
import { type Holiday, type HolidayProblem, weekOfHoliday } from '../../domain/holidays';
import type { Lang } from '../../domain/types';
import type { Messages } from '../../i18n/messages';
import { formatDate } from '../../ui/format-date';

export function holidayName(h: Pick<Holiday, 'kind' | 'name'>, m: Messages): string {
  return h.kind === 'own' ? (h.name ?? m.holidays.ownDefault) : m.holidays.names[h.kind];
}

/** "uke 40 · 28. september – 2. oktober", the year shown when the holiday crosses New Year. */
export function holidayDates(h: Pick<Holiday, 'from' | 'to'>, m: Messages, lang: Lang): string {
  const year = h.from.slice(0, 4) !== h.to.slice(0, 4);
  const dates =
    h.from === h.to
      ? formatDate(h.from, lang, { weekday: true })
      : m.holidays.dates(formatDate(h.from, lang, { year }), formatDate(h.to, lang, { year }));
  const week = weekOfHoliday(h);
  return week === undefined ? dates : `${m.holidays.week(week)} · ${dates}`;
}

export function problemText(p: HolidayProblem, m: Messages): string {
  return m.holidays[p];
}
