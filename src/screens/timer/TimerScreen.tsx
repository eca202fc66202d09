// /timer: the IRP (or plain) timer full screen on the shared screen. Minutes can be adjusted before
// it starts; "close" returns to where it was opened from.
import { useMemo, useState } from 'preact/hooks';
import { irpPhases, plainPhase, type TimerPhase } from '../../domain/irp';
import { useI18n } from '../../i18n/i18n';
import { IrpTimer } from '../../ui/IrpTimer';
import { LeaveSharedScreen } from '../pin/LeaveSharedScreen';
import { phasesFromQuery, safeBack } from './timer-link';

export function TimerScreen() {
  const { m } = useI18n();
  const t = m.routines.timer;
  const q = useMemo(() => new URLSearchParams(location.search), []);
  const initial = useMemo(() => phasesFromQuery(q), [q]);
  const [phases, setPhases] = useState<TimerPhase[]>(initial.phases);
  const title = q.get('title')?.slice(0, 120) || t.title;
  return (
    <main id="main" class="timer-screen shared-screen">
      <header class="timer-head row wrap">
        <h1>{title}</h1>
        <LeaveSharedScreen to={safeBack(q.get('back'))} class="btn ghost shared-close">
          ✕ {t.leave}
        </LeaveSharedScreen>
      </header>
      <IrpTimer phases={phases} big keys title={title} />
      <TimerSetup kind={initial.kind} phases={phases} onChange={setPhases} />
    </main>
  );
}

/** Minutes per part; changing them starts the timer over. */
export function TimerSetup(props: {
  kind: 'irp' | 'plain';
  phases: TimerPhase[];
  onChange: (p: TimerPhase[]) => void;
}) {
  const { m } = useI18n();
  const t = m.routines.timer;
  const secs = (k: TimerPhase['key']) => props.phases.find((p) => p.key === k)?.seconds ?? 0;
  const toMin = (s: number) => String(Math.round((s / 60) * 10) / 10);
  const keys: TimerPhase['key'][] = props.kind === 'plain' ? ['T'] : ['I', 'R', 'P'];
  const update = (k: TimerPhase['key'], minutes: string) => {
    const n = Math.max(0, Math.min(60, Number(minutes.replace(',', '.')) || 0));
    if (props.kind === 'plain') props.onChange(plainPhase(n * 60));
    else {
      const next = { I: secs('I'), R: secs('R'), P: secs('P'), [k]: Math.round(n * 60) } as {
        I: number;
        R: number;
        P: number;
      };
      const phases = irpPhases(next);
      if (phases.length) props.onChange(phases);
    }
  };
  const label = (k: TimerPhase['key']) =>
    k === 'I'
      ? m.routines.minutesI
      : k === 'R'
        ? m.routines.minutesR
        : k === 'P'
          ? m.routines.minutesP
          : m.routines.minutes;
  return (
    <details class="timer-setup">
      <summary>{t.setup}</summary>
      <div class="row wrap">
        {keys.map((k) => (
          <label key={k} class="stack">
            {label(k)}
            <input
              type="number"
              inputMode="decimal"
              min={0}
              max={60}
              step={0.5}
              value={toMin(secs(k))}
              onChange={(e) => update(k, e.currentTarget.value)}
            />
          </label>
        ))}
      </div>
    </details>
  );
}
