// The chosen chart period lives in the address (?p=month&d=2026-11-23, or ?p=custom&from=..&to=..),
// so a view can be bookmarked, reloaded and shared between the chart tabs.
import { useState } from 'preact/hooks';
import { addDays, isIsoDate, parseIsoDate } from '../../domain/dates';
import { customPeriod, type Period, type PeriodKind, periodContaining } from '../../domain/periods';

export const DEFAULT_KIND: Exclude<PeriodKind, 'custom'> = 'term';

export function parsePeriod(search: string, today = new Date()): Period {
  const q = new URLSearchParams(search);
  const kind = q.get('p');
  if (kind === 'custom') {
    const p = customPeriod(q.get('from') ?? '', q.get('to') ?? '');
    if (p) return p;
  }
  const anchor = q.get('d');
  const day = isIsoDate(anchor) ? parseIsoDate(anchor) : today;
  const k =
    kind === 'week' || kind === 'month' || kind === 'term' || kind === 'schoolYear' ? kind : DEFAULT_KIND;
  return periodContaining(k, day);
}

export function periodQuery(p: Period): string {
  if (p.kind === 'custom') return `?p=custom&from=${p.start}&to=${p.end}`;
  return `?p=${p.kind}&d=${p.start}`;
}

/** The period before or after, of the same kind (custom periods have no neighbours). */
export function stepPeriod(p: Period, dir: -1 | 1): Period | null {
  if (p.kind === 'custom') return null;
  const day = dir < 0 ? addDays(parseIsoDate(p.start), -1) : addDays(parseIsoDate(p.end), 1);
  // Step over the July gap: the day after a spring term is in July, which maps back to spring.
  const next = periodContaining(p.kind, day);
  if (next.start === p.start) return periodContaining(p.kind, new Date(day.getFullYear(), 7, 1));
  return next;
}

export function usePeriod(): [Period, (p: Period) => void] {
  const [period, setPeriod] = useState(() => parsePeriod(location.search));
  return [
    period,
    (p: Period) => {
      history.replaceState(history.state, '', `${location.pathname}${periodQuery(p)}`);
      setPeriod(p);
    },
  ];
}
