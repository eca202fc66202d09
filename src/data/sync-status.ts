// Each connected class's sync state as the settings screen shows it (docs/sync.md §9.3), kept
// outside the sync chunk so the screen can read it without loading PouchDB. The tab that runs the
// background loop writes it and tells the other tabs (BroadcastChannel), so every tab shows the same
// line; it also registers how «Synkroniser nå» reaches the loop.
import type { LoopOutcome, LoopState } from '../sync/loop';

const states = new Map<string, LoopState>();
const listeners = new Set<() => void>();
let channel: BroadcastChannel | undefined;
type Message = { classId: string; state: LoopState | null } | { ask: true };
let runner: ((classId: string) => Promise<LoopOutcome>) | undefined;

function tell() {
  for (const l of listeners) l();
}

function connectChannel(): BroadcastChannel | undefined {
  if (!channel && typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel('dk-sync-status');
    channel.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if ('ask' in m) {
        // A tab opened later asks for the lines the loop's tab already shows.
        if (runner) for (const [classId, state] of states) channel?.postMessage({ classId, state });
        return;
      }
      if (m.state) states.set(m.classId, m.state);
      else states.delete(m.classId);
      tell();
    };
    channel.postMessage({ ask: true } satisfies Message);
  }
  return channel;
}

export function syncStatus(classId: string): LoopState | undefined {
  return states.get(classId);
}

export function setSyncStatus(classId: string, state: LoopState | undefined): void {
  if (state) states.set(classId, state);
  else states.delete(classId);
  connectChannel()?.postMessage({ classId, state: state ?? null });
  tell();
}

/** Calls `fn` on every change of any class's state; returns the function that stops it. */
export function onSyncStatus(fn: () => void): () => void {
  connectChannel();
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** The loop running in this tab, for «Synkroniser nå» (undefined: no loop here). */
export function syncRunner() {
  return runner;
}

export function setSyncRunner(run: typeof runner): void {
  runner = run;
}
