// Builds and reads /timer links: IRP seconds (i, r, p) or one plain timer (t), a title, and where
// "close" goes back to. Only same-app paths are accepted as the way back.
import { clampSeconds, irpPhases, plainPhase, type TimerPhase } from '../../domain/irp';
import type { RoutineStep } from '../../domain/types';

export function timerHref(
  timer: NonNullable<RoutineStep['timer']>,
  opts: { title?: string; back?: string } = {},
) {
  const q = new URLSearchParams();
  if (timer.kind === 'irp') {
    q.set('i', String(timer.seconds.I));
    q.set('r', String(timer.seconds.R));
    q.set('p', String(timer.seconds.P));
  } else q.set('t', String(timer.seconds));
  if (opts.title) q.set('title', opts.title);
  if (opts.back) q.set('back', opts.back);
  return `/timer?${q}`;
}

export function safeBack(back: string | null): string {
  return back?.startsWith('/') && !back.startsWith('//') ? back : '/';
}

export function phasesFromQuery(q: URLSearchParams): { phases: TimerPhase[]; kind: 'irp' | 'plain' } {
  const num = (k: string, d: number) => {
    const v = q.get(k);
    return v === null ? d : clampSeconds(Number(v));
  };
  if (q.has('t')) return { phases: plainPhase(num('t', 300)), kind: 'plain' };
  const phases = irpPhases({ I: num('i', 60), R: num('r', 120), P: num('p', 180) });
  return phases.length
    ? { phases, kind: 'irp' }
    : { phases: irpPhases({ I: 60, R: 120, P: 180 }), kind: 'irp' };
}
