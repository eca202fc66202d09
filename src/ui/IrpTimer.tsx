// The IRP timer on screen: a big countdown readable from the back row, the three parts in order,
// pause/resume, skip and a soft chime at each change. State comes from src/domain/irp.ts and is
// recomputed from the clock on every frame, so it is right even after the tab slept.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  createTimer,
  formatClock,
  pause,
  reset,
  resume,
  skip,
  start,
  type TimerPhase,
  type TimerState,
  view,
} from '../domain/irp';
import { useI18n } from '../i18n/i18n';
import { chime, unlockAudio } from './chime';
import './irp-timer.css';

export function IrpTimer(props: {
  phases: TimerPhase[];
  big?: boolean;
  title?: string;
  autoStart?: boolean;
  /** Listen to the keyboard and presenter clickers (full-screen use only). */
  keys?: boolean;
}) {
  const { m } = useI18n();
  const t = m.routines.timer;
  const [state, setState] = useState<TimerState>(() => {
    const s = createTimer(props.phases);
    return props.autoStart ? start(s, Date.now()) : s;
  });
  const [now, setNow] = useState(() => Date.now());
  const [sound, setSound] = useState(true);
  const last = useRef<{ index: number; status: string } | null>(null);
  const key = JSON.stringify(props.phases);

  useEffect(() => {
    setState(createTimer(props.phases));
    last.current = null;
  }, [key]);

  useEffect(() => {
    if (state.status !== 'running') return;
    const id = setInterval(() => setNow(Date.now()), 200);
    return () => clearInterval(id);
  }, [state.status]);

  const v = view(state, now);
  useEffect(() => {
    const prev = last.current;
    last.current = { index: v.index, status: v.status };
    if (!prev || !sound) return;
    if (v.status === 'finished' && prev.status !== 'finished') chime(true);
    else if (v.index !== prev.index && v.status === 'running') chime();
  }, [v.index, v.status]);

  const act = (fn: (s: TimerState, at: number) => TimerState) => {
    unlockAudio();
    const at = Date.now();
    setNow(at);
    setState((s) => fn(s, at));
  };
  useEffect(() => {
    if (!props.keys) return;
    // Space, "b" and "." (a clicker's blank-screen key) start, pause and resume; PageDown and the
    // right arrow (a clicker's "next") go to the next part. Buttons and fields keep their own keys.
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el?.closest('button, input, select, textarea, a, summary')) return;
      if ([' ', 'b', 'B', '.'].includes(e.key)) {
        e.preventDefault();
        act((s, at) =>
          s.status === 'ready' ? start(s, at) : s.status === 'running' ? pause(s, at) : resume(s, at),
        );
      } else if (e.key === 'PageDown' || e.key === 'ArrowRight') {
        e.preventDefault();
        act(skip);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [props.keys]);

  const label = (k: TimerPhase['key']) =>
    k === 'I' ? t.phaseI : k === 'R' ? t.phaseR : k === 'P' ? t.phaseP : t.phaseT;
  const hint = (k: TimerPhase['key']) =>
    k === 'I' ? t.hintI : k === 'R' ? t.hintR : k === 'P' ? t.hintP : '';
  const finished = v.status === 'finished';
  const phase = v.phase;

  return (
    <section
      class={`irp-timer ${props.big ? 'big' : ''} phase-${phase?.key ?? 'T'} ${finished ? 'finished' : ''}`}
      aria-label={props.title ?? t.title}
    >
      {props.phases.length > 1 && (
        <ol class="irp-phases" aria-label={t.phasesLabel}>
          {props.phases.map((p, i) => (
            <li
              key={p.key}
              class={i === v.index && !finished ? 'current' : i < v.index || finished ? 'past' : ''}
              aria-current={i === v.index && !finished ? 'step' : undefined}
            >
              <span class="irp-letter" aria-hidden="true">
                {p.key}
              </span>
              <span>{label(p.key)}</span>
            </li>
          ))}
        </ol>
      )}
      <p class="irp-phase-name" aria-live="polite">
        {finished
          ? t.finished
          : phase
            ? `${label(phase.key)}${hint(phase.key) ? ` – ${hint(phase.key)}` : ''}`
            : ''}
      </p>
      <p class="irp-clock" role="timer" aria-label={t.remaining(formatClock(v.remaining))}>
        {formatClock(v.remaining)}
      </p>
      <div class="irp-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(v.progress * 100)}%` }} />
      </div>
      <div class="row wrap irp-controls">
        {v.status === 'ready' && (
          <button type="button" class="btn primary" onClick={() => act(start)}>
            ▶ {t.start}
          </button>
        )}
        {v.status === 'running' && (
          <button type="button" class="btn primary" onClick={() => act(pause)}>
            ⏸ {t.pause}
          </button>
        )}
        {v.status === 'paused' && (
          <button type="button" class="btn primary" onClick={() => act(resume)}>
            ▶ {t.resume}
          </button>
        )}
        {!finished && props.phases.length > 1 && (
          <button type="button" class="btn" onClick={() => act(skip)}>
            ⏭ {t.skip}
          </button>
        )}
        {(finished || v.status !== 'ready') && (
          <button type="button" class="btn ghost" onClick={() => act((s) => reset(s))}>
            ↺ {t.reset}
          </button>
        )}
        <label class="row irp-sound">
          <input type="checkbox" checked={sound} onChange={(e) => setSound(e.currentTarget.checked)} />
          {t.sound}
        </label>
      </div>
    </section>
  );
}
