// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  advance,
  createTimer,
  formatClock,
  irpPhases,
  pause,
  plainPhase,
  reset,
  resume,
  skip,
  start,
  view,
} from '../../src/domain/irp';

const T0 = 1_000_000;
const s = (n: number) => T0 + n * 1000;

describe('IRP timer', () => {
  const phases = irpPhases({ I: 60, R: 120, P: 180 });

  it('runs through I, R and P from the clock alone', () => {
    let t = start(createTimer(phases), T0);
    expect(view(t, s(0))).toMatchObject({ index: 0, remaining: 60, status: 'running' });
    expect(view(t, s(59.2))).toMatchObject({ index: 0, remaining: 1 });
    expect(view(t, s(60))).toMatchObject({ index: 1, remaining: 120 });
    expect(view(t, s(200)).phase?.key).toBe('P');
    expect(view(t, s(200)).remaining).toBe(160);
    t = advance(t, s(400));
    expect(t.status).toBe('finished');
    expect(view(t, s(400))).toMatchObject({ index: 2, remaining: 0, progress: 1 });
  });

  it('jumps several phases at once after a long sleep', () => {
    const t = start(createTimer(phases), T0);
    expect(view(t, s(185)).phase?.key).toBe('P');
  });

  it('pauses and resumes without losing or gaining time', () => {
    let t = start(createTimer(phases), T0);
    t = pause(t, s(30));
    expect(view(t, s(500))).toMatchObject({ status: 'paused', remaining: 30, index: 0 });
    t = resume(t, s(500));
    expect(view(t, s(510))).toMatchObject({ status: 'running', remaining: 20, index: 0 });
    expect(view(t, s(530)).index).toBe(1);
  });

  it('skips to the next phase and finishes after the last', () => {
    let t = start(createTimer(phases), T0);
    t = skip(t, s(10));
    expect(view(t, s(10))).toMatchObject({ index: 1, remaining: 120 });
    t = skip(t, s(20));
    expect(view(t, s(20))).toMatchObject({ index: 2, remaining: 180 });
    t = skip(t, s(30));
    expect(t.status).toBe('finished');
    expect(reset(t)).toMatchObject({ status: 'ready', index: 0 });
  });

  it('skips while paused and stays paused', () => {
    let t = pause(start(createTimer(phases), T0), s(5));
    t = skip(t, s(8));
    expect(view(t, s(100))).toMatchObject({ status: 'paused', index: 1, remaining: 120 });
  });

  it('leaves out phases set to zero and clamps nonsense', () => {
    expect(irpPhases({ I: 0, R: 90, P: Number.NaN }).map((p) => p.key)).toEqual(['R']);
    expect(plainPhase(-5)[0]!.seconds).toBe(1);
    expect(createTimer([]).status).toBe('finished');
  });

  it('does not count time before it is started', () => {
    const t = createTimer(phases);
    expect(view(t, s(1000))).toMatchObject({ status: 'ready', remaining: 60, index: 0 });
  });

  it('formats the countdown', () => {
    expect(formatClock(245)).toBe('4:05');
    expect(formatClock(0)).toBe('0:00');
  });
});
