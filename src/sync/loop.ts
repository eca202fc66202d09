// The background loop's scheduler (docs/sync.md §9.3): when each connected class runs a round. It
// knows nothing of Dexie, PouchDB or the page: the round, the timers and the clock are passed in, so
// the unit tests drive it with fake ones. One round per class at a time; a local change waits for
// quiet; a failure backs off (5 s, 15 s, 1 min, 5 min); a refusal stops the class until the teacher
// asks again; «Synkroniser nå» runs at once, or right after the round already running.

/** What a round answers (the same shape as `RoundOutcome` in src/data/sync-class.ts). */
export type LoopOutcome =
  | { ok: true; at: number }
  | { ok: false; problem: 'offline' | 'refused' | 'not-couchdb' | 'failed' };

/** A class's state as the status line shows it. */
export type LoopState =
  | { kind: 'syncing' }
  | { kind: 'synced'; at: number }
  /** The round failed; the loop tries again by itself at `retryAt`. Never "synced". */
  | { kind: 'retrying'; problem: 'offline' | 'not-couchdb' | 'failed'; retryAt: number }
  /** 401/403: no more rounds for this class until the teacher asks for one. */
  | { kind: 'refused' };

export interface LoopDeps {
  round(classId: string): Promise<LoopOutcome>;
  onState(classId: string, state: LoopState | undefined): void;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  now(): number;
}

/** Waits after the last local write before a round: a burst of writes makes one round. */
export const LOCAL_WAIT_MS = 2000;
/** Waits after the server says something changed (several documents arrive one by one). */
export const SERVER_WAIT_MS = 500;
/** After the 1st, 2nd, 3rd, 4th and later failure in a row. */
export const BACKOFF_MS = [5_000, 15_000, 60_000, 300_000] as const;

interface ClassLoop {
  timer?: unknown;
  /** When the timer fires. */
  due: number;
  /** A failure's backoff: no round on a local or server change before this. */
  notBefore: number;
  failures: number;
  refused: boolean;
  running: boolean;
  /** A change came during the running round: one more round after it (after the local wait). */
  dirty: boolean;
  /** «Synkroniser nå» asked during the running round: they get the next round's outcome. */
  waiting: ((o: LoopOutcome) => void)[];
}

export class SyncLoop {
  private readonly classes = new Map<string, ClassLoop>();
  private stopped = false;

  constructor(private readonly deps: LoopDeps) {}

  /** The connected classes: a new one runs a round at once, one no longer listed is forgotten. */
  setClasses(ids: readonly string[]): void {
    for (const [id, c] of this.classes) {
      if (ids.includes(id)) continue;
      this.deps.clearTimer(c.timer);
      this.classes.delete(id);
      this.deps.onState(id, undefined);
    }
    for (const id of ids) {
      if (this.classes.has(id) || this.stopped) continue;
      this.add(id);
      void this.run(id);
    }
  }

  /** Something was written on this device: every class gets a round once writes are quiet. */
  localChange(): void {
    for (const id of this.classes.keys()) this.later(id, LOCAL_WAIT_MS, true);
  }

  /** The server has news for this class. */
  serverChange(classId: string): void {
    this.later(classId, SERVER_WAIT_MS, true);
  }

  /** Back online, or the tab visible again: every class that is not refused tries now. */
  wake(): void {
    for (const [id, c] of this.classes) {
      if (c.refused) continue;
      c.notBefore = 0;
      if (c.running) c.dirty = true;
      else void this.run(id);
    }
  }

  /**
   * «Synkroniser nå»: a round at once, or right after the one running (never two at a time). Also
   * after a refusal or during a backoff: the teacher asked. Answers that round's outcome.
   */
  syncNow(classId: string): Promise<LoopOutcome> {
    if (this.stopped) return Promise.resolve({ ok: false, problem: 'failed' });
    // A class connected a moment ago may not be in the loop's list yet: it is from now on (the next
    // `setClasses` forgets it again if its link is not there after all).
    const c = this.classes.get(classId) ?? this.add(classId);
    c.refused = false;
    c.notBefore = 0;
    const outcome = new Promise<LoopOutcome>((resolve) => c.waiting.push(resolve));
    if (!c.running) void this.run(classId);
    return outcome;
  }

  /** Stops every timer; a round running finishes, and nothing follows it. */
  stop(): void {
    this.stopped = true;
    for (const [id, c] of this.classes) {
      this.deps.clearTimer(c.timer);
      for (const w of c.waiting.splice(0)) w({ ok: false, problem: 'failed' });
      this.deps.onState(id, undefined);
    }
    this.classes.clear();
  }

  private add(id: string): ClassLoop {
    const c: ClassLoop = {
      due: 0,
      notBefore: 0,
      failures: 0,
      refused: false,
      running: false,
      dirty: false,
      waiting: [],
    };
    this.classes.set(id, c);
    return c;
  }

  /**
   * A round in `ms`, but not before a failure's backoff ends. `debounce`: a later call moves the
   * round later (writes keep coming); otherwise an earlier round already planned stays.
   */
  later(id: string, ms: number, debounce = false): void {
    const c = this.classes.get(id);
    if (!c || c.refused || this.stopped) return;
    if (c.running) {
      c.dirty = true;
      return;
    }
    const due = Math.max(this.deps.now() + ms, c.notBefore);
    if (c.timer !== undefined && !debounce && c.due <= due) return;
    this.deps.clearTimer(c.timer);
    c.due = due;
    c.timer = this.deps.setTimer(() => {
      c.timer = undefined;
      void this.run(id);
    }, due - this.deps.now());
  }

  private async run(id: string): Promise<void> {
    const c = this.classes.get(id);
    if (!c || c.running || this.stopped) return;
    this.deps.clearTimer(c.timer);
    c.timer = undefined;
    c.running = true;
    c.dirty = false;
    const waiting = c.waiting.splice(0);
    this.deps.onState(id, { kind: 'syncing' });
    let outcome: LoopOutcome;
    try {
      outcome = await this.deps.round(id);
    } catch {
      outcome = { ok: false, problem: 'failed' };
    }
    c.running = false;
    for (const w of waiting) w(outcome);
    // Forgotten (disconnected) or stopped while the round ran: say nothing more.
    if (this.classes.get(id) !== c) return;
    if (outcome.ok) {
      c.failures = 0;
      c.notBefore = 0;
      this.deps.onState(id, { kind: 'synced', at: outcome.at });
    } else if (outcome.problem === 'refused') {
      c.refused = true;
      c.dirty = false;
      this.deps.onState(id, { kind: 'refused' });
    } else {
      const wait = BACKOFF_MS[Math.min(c.failures, BACKOFF_MS.length - 1)]!;
      c.failures++;
      c.notBefore = this.deps.now() + wait;
      this.deps.onState(id, { kind: 'retrying', problem: outcome.problem, retryAt: c.notBefore });
      this.later(id, wait, false);
    }
    if (c.waiting.length) void this.run(id);
    else if (c.dirty && !c.refused) this.later(id, LOCAL_WAIT_MS, true);
  }
}
