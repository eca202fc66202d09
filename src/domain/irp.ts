// The IRP timer as a state machine driven by the clock: Individually -> in Pairs (Relasjon) ->
// in Plenum, or one plain phase. Time is read from timestamps, never counted in ticks, so a
// sleeping tab, a slow laptop or a paused page still shows the right time.

export type PhaseKey = 'I' | 'R' | 'P' | 'T';

export interface TimerPhase {
  key: PhaseKey;
  seconds: number;
}

export interface TimerState {
  phases: TimerPhase[];
  index: number;
  status: 'ready' | 'running' | 'paused' | 'finished';
  /** When the current phase would have started had it never been paused (ms). */
  anchor: number;
  /** When it was paused (ms). */
  pausedAt?: number;
}

export interface TimerView {
  index: number;
  phase: TimerPhase | undefined;
  status: TimerState['status'];
  /** Whole seconds left in the current phase, rounded up (what the countdown shows). */
  remaining: number;
  /** 0..1 of the current phase used. */
  progress: number;
}

export const MAX_PHASE_SECONDS = 60 * 60;

export function irpPhases(seconds: { I: number; R: number; P: number }): TimerPhase[] {
  return (['I', 'R', 'P'] as const)
    .map((key) => ({ key, seconds: clampSeconds(seconds[key]) }))
    .filter((p) => p.seconds > 0);
}

export function plainPhase(seconds: number): TimerPhase[] {
  return [{ key: 'T', seconds: Math.max(1, clampSeconds(seconds)) }];
}

export function clampSeconds(n: number): number {
  return Number.isFinite(n) ? Math.min(MAX_PHASE_SECONDS, Math.max(0, Math.round(n))) : 0;
}

export function createTimer(phases: TimerPhase[]): TimerState {
  return { phases, index: 0, status: phases.length ? 'ready' : 'finished', anchor: 0 };
}

export function start(s: TimerState, now: number): TimerState {
  if (s.status !== 'ready') return s;
  return { ...s, status: 'running', anchor: now };
}

export function pause(s: TimerState, now: number): TimerState {
  const t = advance(s, now);
  if (t.status !== 'running') return t;
  return { ...t, status: 'paused', pausedAt: now };
}

export function resume(s: TimerState, now: number): TimerState {
  if (s.status !== 'paused') return s;
  return { ...s, status: 'running', anchor: s.anchor + (now - (s.pausedAt ?? now)), pausedAt: undefined };
}

/** Ends the current phase now and goes to the next (kept paused if paused). */
export function skip(s: TimerState, now: number): TimerState {
  const t = advance(s, now);
  if (t.status === 'finished') return t;
  const index = t.index + 1;
  if (index >= t.phases.length) return { ...t, index: t.phases.length - 1, status: 'finished' };
  if (t.status === 'ready') return { ...t, index };
  return { ...t, index, anchor: now, pausedAt: t.status === 'paused' ? now : undefined };
}

/** Starts over from the first phase, ready. */
export function reset(s: TimerState): TimerState {
  return createTimer(s.phases);
}

/** Moves through every phase whose time has run out by `now`. */
export function advance(s: TimerState, now: number): TimerState {
  if (s.status !== 'running') return s;
  let { index, anchor } = s;
  while (index < s.phases.length && now - anchor >= s.phases[index]!.seconds * 1000) {
    anchor += s.phases[index]!.seconds * 1000;
    index++;
  }
  if (index >= s.phases.length) return { ...s, index: s.phases.length - 1, anchor, status: 'finished' };
  return index === s.index ? s : { ...s, index, anchor };
}

export function view(s: TimerState, now: number): TimerView {
  const t = advance(s, now);
  const phase = t.phases[t.index];
  const total = (phase?.seconds ?? 0) * 1000;
  let used: number;
  if (t.status === 'finished') used = total;
  else if (t.status === 'ready') used = 0;
  else used = (t.status === 'paused' ? (t.pausedAt ?? now) : now) - t.anchor;
  const left = Math.max(0, total - used);
  return {
    index: t.index,
    phase,
    status: t.status,
    remaining: Math.ceil(left / 1000),
    progress: total ? Math.min(1, used / total) : 1,
  };
}

/** "4:05" */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
