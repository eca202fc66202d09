// @vitest-environment node
// The background loop's scheduler (src/sync/loop.ts, docs/sync.md §9.3) with the network faked and
// Vitest's fake clock: a burst of writes makes one round 2 s after the last; failures back off 5 s,
// 15 s, 1 min, then every 5 min; a refusal stops the class; one round at a time; «Synkroniser nå»
// runs at once or joins the loop right after the running round; stop leaves no timer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type LoopOutcome, type LoopState, SyncLoop } from '../../src/sync/loop';

const OK = (): LoopOutcome => ({ ok: true, at: Date.now() });
const OFFLINE: LoopOutcome = { ok: false, problem: 'offline' };
const REFUSED: LoopOutcome = { ok: false, problem: 'refused' };

/** A loop over a fake round: each round is a promise the test settles (or `answer` at once). */
function harness(answer?: () => LoopOutcome) {
  const started: number[] = [];
  const pending: ((o: LoopOutcome) => void)[] = [];
  const states: (LoopState | undefined)[] = [];
  let running = 0;
  let most = 0;
  const loop = new SyncLoop({
    round: () => {
      started.push(Date.now());
      running++;
      most = Math.max(most, running);
      return new Promise<LoopOutcome>((resolve) => {
        const done = (o: LoopOutcome) => {
          running--;
          resolve(o);
        };
        if (answer) done(answer());
        else pending.push(done);
      });
    },
    onState: (_id, s) => states.push(s),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
  });
  return {
    loop,
    started,
    states,
    /** Settles the oldest running round. */
    finish: async (o: LoopOutcome) => {
      pending.shift()!(o);
      await vi.advanceTimersByTimeAsync(0);
    },
    most: () => most,
    last: () => states.at(-1),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the sync loop', () => {
  it('runs a round when a class is connected, then one round 2 s after the last of a burst of writes', async () => {
    const h = harness(OK);
    h.loop.setClasses(['c1']);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.started).toEqual([0]);
    expect(h.last()).toEqual({ kind: 'synced', at: 0 });
    for (const _ of [1, 2, 3]) {
      h.loop.localChange();
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(h.started).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.started).toEqual([0, 4000]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.started).toHaveLength(2);
  });

  it('backs off 5 s, 15 s, 1 min, then every 5 min while the server cannot be reached, never saying synced', async () => {
    const h = harness(() => OFFLINE);
    h.loop.setClasses(['c1']);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    const gaps = h.started.slice(1).map((t, i) => t - h.started[i]!);
    expect(gaps.slice(0, 6)).toEqual([5_000, 15_000, 60_000, 300_000, 300_000, 300_000]);
    expect(h.states.some((s) => s?.kind === 'synced')).toBe(false);
    expect(h.last()).toMatchObject({ kind: 'retrying', problem: 'offline' });
    // A write during a backoff does not shorten it (no retry storm while the teacher types).
    const before = h.started.length;
    h.loop.localChange();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.started).toHaveLength(before);
  });

  it('starts again at 5 s after a good round, and a server change waits for the backoff too', async () => {
    let answer: LoopOutcome = OFFLINE;
    const h = harness(() => answer);
    h.loop.setClasses(['c1']);
    await vi.advanceTimersByTimeAsync(20_000); // rounds at 0, 5 s, 20 s
    expect(h.started).toEqual([0, 5_000, 20_000]);
    h.loop.serverChange('c1');
    await vi.advanceTimersByTimeAsync(59_000);
    expect(h.started).toHaveLength(3);
    answer = OK();
    await vi.advanceTimersByTimeAsync(1_000); // the 1-minute retry
    expect(h.started.at(-1)).toBe(80_000);
    expect(h.last()).toEqual({ kind: 'synced', at: answer.ok ? answer.at : 0 });
    answer = OFFLINE;
    h.loop.serverChange('c1');
    await vi.advanceTimersByTimeAsync(500);
    expect(h.started.at(-1)).toBe(80_500);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.started.at(-1)).toBe(85_500);
  });

  it('stops a class the server refuses: no more rounds until the teacher asks', async () => {
    const h = harness(() => REFUSED);
    h.loop.setClasses(['c1', 'c2']);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.started).toHaveLength(2);
    expect(h.last()).toEqual({ kind: 'refused' });
    h.loop.localChange();
    h.loop.serverChange('c1');
    h.loop.wake();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(h.started).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
    expect(await h.loop.syncNow('c1')).toEqual(REFUSED);
    expect(h.started).toHaveLength(3);
  });

  it('runs one round of a class at a time; «Synkroniser nå» during a round gets the next round', async () => {
    const h = harness();
    h.loop.setClasses(['c1']);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.started).toHaveLength(1);
    h.loop.localChange();
    h.loop.wake();
    h.loop.serverChange('c1');
    const first = h.loop.syncNow('c1');
    const second = h.loop.syncNow('c1');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.started).toHaveLength(1);
    await h.finish({ ok: true, at: 1 });
    // The presses made during the first round are answered by the next one, which starts at once.
    expect(h.started).toHaveLength(2);
    await h.finish({ ok: true, at: 2 });
    expect(await first).toEqual({ ok: true, at: 2 });
    expect(await second).toEqual({ ok: true, at: 2 });
    // The writes made during the first round were read by the second, which started after them.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.started).toHaveLength(2);
    expect(h.most()).toBe(1);
  });

  it('a write made while a round runs gets a round of its own, 2 s after that round', async () => {
    const h = harness();
    h.loop.setClasses(['c1']);
    await vi.advanceTimersByTimeAsync(0);
    h.loop.localChange();
    await vi.advanceTimersByTimeAsync(3_000);
    await h.finish({ ok: true, at: 1 });
    expect(h.started).toEqual([0]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(h.started).toEqual([0, 5_000]);
  });

  it('«Synkroniser nå» on a class connected a moment ago runs it, before the list of links arrives', async () => {
    const h = harness(OK);
    h.loop.setClasses([]);
    expect(await h.loop.syncNow('new')).toEqual({ ok: true, at: 0 });
    h.loop.setClasses(['new']);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.started).toHaveLength(1);
  });

  it('«Synkroniser nå» and coming back online skip a backoff', async () => {
    const h = harness(() => OFFLINE);
    h.loop.setClasses(['c1']);
    await vi.advanceTimersByTimeAsync(20_000); // rounds at 0, 5 s, 20 s; next at 80 s
    expect(await h.loop.syncNow('c1')).toEqual(OFFLINE);
    expect(h.started.at(-1)).toBe(20_000);
    await vi.advanceTimersByTimeAsync(1_000);
    h.loop.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.started.at(-1)).toBe(21_000);
  });

  it('forgets a disconnected class and leaves no timer once stopped', async () => {
    const h = harness(() => OFFLINE);
    h.loop.setClasses(['c1', 'c2']);
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(2);
    h.loop.setClasses(['c2']);
    expect(vi.getTimerCount()).toBe(1);
    h.loop.stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(h.last()).toBeUndefined();
    h.loop.localChange();
    h.loop.setClasses(['c3']);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(h.started).toHaveLength(2);
  });
});
