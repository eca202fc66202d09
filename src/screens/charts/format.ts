// Words and dates for the chart screens, in the chosen language: period names, axis labels,
// "noticed by" and strength names.
import { isoWeek, parseIsoDate } from '../../domain/dates';
import { formatDateWith } from '../../domain/locale-format';
import { type Bucket, bucketsOf, type Period, periodRange } from '../../domain/periods';
import type { Lang, NoticedBy, Pupil, Strength } from '../../domain/types';
import { localized, noticedByName } from '../../domain/wording';
import { LOCALES } from '../../i18n/i18n';
import type { Messages } from '../../i18n/messages';

export function fmtDay(t: number | string, lang: Lang): string {
  const d = typeof t === 'string' ? parseIsoDate(t) : new Date(t);
  return formatDateWith(LOCALES[lang], d, { day: 'numeric', month: 'short', year: 'numeric' });
}

export function fmtShortDay(t: number | string, lang: Lang): string {
  const d = typeof t === 'string' ? parseIsoDate(t) : new Date(t);
  return formatDateWith(LOCALES[lang], d, { day: 'numeric', month: 'short' });
}

function monthYear(iso: string, lang: Lang): string {
  return formatDateWith(LOCALES[lang], parseIsoDate(iso), { month: 'long', year: 'numeric' });
}

export function periodLabel(p: Period, m: Messages, lang: Lang): string {
  const start = parseIsoDate(p.start);
  switch (p.kind) {
    case 'week': {
      const range = `${fmtShortDay(p.start, lang)} – ${fmtShortDay(p.end, lang)}`;
      return `${m.charts.weekShort(isoWeek(start).week)} (${range})`;
    }
    case 'month':
      return monthYear(p.start, lang);
    case 'term':
      return start.getMonth() >= 7
        ? m.charts.autumnTerm(start.getFullYear())
        : m.charts.springTerm(start.getFullYear());
    case 'schoolYear':
      return m.charts.schoolYearLabel(start.getFullYear());
    case 'custom':
      return `${fmtDay(p.start, lang)} – ${fmtDay(p.end, lang)}`;
  }
}

/** The short label under a column and the long one a screen reader hears. */
export function bucketLabels(b: Bucket, m: Messages, lang: Lang): { short: string; long: string } {
  if (b.kind === 'week')
    return { short: String(b.n), long: `${m.charts.weekShort(b.n)} (${fmtShortDay(b.start, lang)})` };
  const d = new Date(b.year, b.n, 1);
  return {
    short: formatDateWith(LOCALES[lang], d, { month: 'short' }).replace('.', ''),
    long: formatDateWith(LOCALES[lang], d, { month: 'long', year: 'numeric' }),
  };
}

export function strengthLabel(s: Strength | undefined, lang: Lang, fallback = '?'): string {
  return s ? `${s.symbol} ${localized(s.name, lang)}` : fallback;
}

/** Who noticed it, as the charts and the printed sheets say it. */
export function chartsNoticedBy(n: NoticedBy, pupils: ReadonlyMap<string, Pupil>, m: Messages): string {
  return noticedByName(n, (id) => pupils.get(id)?.name, {
    teacher: m.charts.theTeacher,
    classmate: m.charts.aClassmate,
  });
}

/** Date ticks for a time axis: each week of a short period, else month starts (thinned to ~12). */
export function timeTicks(p: Period, lang: Lang): { t: number; label: string }[] {
  const buckets = bucketsOf(p);
  if (buckets[0]?.kind === 'week' && buckets.length <= 10) {
    // Mondays only: a clipped first week would put two labels on top of each other.
    const mondays = buckets.filter((b) => new Date(b.from).getDay() === 1);
    return (mondays.length ? mondays : buckets).map((b) => ({
      t: b.from,
      label: fmtShortDay(b.start, lang),
    }));
  }
  const { from, to } = periodRange(p);
  const start = parseIsoDate(p.start);
  const out: { t: number; label: string }[] = [];
  for (
    let d = new Date(start.getFullYear(), start.getMonth(), 1);
    d.getTime() < to;
    d = new Date(d.getFullYear(), d.getMonth() + 1, 1)
  ) {
    if (d.getTime() < from) continue;
    const label = formatDateWith(
      LOCALES[lang],
      d,
      d.getMonth() === 0 ? { month: 'short', year: 'numeric' } : { month: 'short' },
    );
    out.push({ t: d.getTime(), label: label.replace('.', '') });
  }
  const every = Math.ceil(out.length / 12);
  return out.filter((_, i) => i % every === 0);
}
