// The background loop in the page (docs/sync.md §9.3): one tab of this device, under the Web Lock
// `dk-sync`, keeps every connected class in sync. Rounds at start, after local writes (from any tab,
// Dexie's `storagemutated`), when the server's live `_changes` feed says so, when the browser comes
// back online and when the tab is shown again. In the sync chunk: loaded by sync-start.ts only on a
// device with links.
import { liveQuery } from 'dexie';
import { SyncLoop } from '../sync/loop';
import { db } from './db';
import { onLocalChange } from './sync-bridge';
import { type PouchSetup, syncClass, watchServer } from './sync-class';
import { syncLinks } from './sync-links';
import { setSyncRunner, setSyncStatus } from './sync-status';

/** Wait after a feed dies before the round that opens it again (the round backs off from there). */
const FEED_LOST_MS = 5_000;
/**
 * How often a teacher device looks at the class's inboxes while its page is shown: words a pupil sends
 * from a tablet or a classroom screen reach the queue within this, with no button pressed. (A live
 * feed per inbox would hold one connection each, more than a browser gives one server over HTTP/1.1.)
 */
export const INBOX_LOOK_MS = 20_000;

/**
 * Runs the loop in this tab until the returned function is called: everything it started (timers,
 * listeners, feeds, the link subscription) is closed again. `setup` is the tests' PouchDB.
 */
export function runSyncLoop(setup?: PouchSetup, inboxLookMs = INBOX_LOOK_MS): () => void {
  const feeds = new Map<string, Promise<(() => void) | undefined>>();
  let classes: string[] = [];
  const loop = new SyncLoop({
    round: async (id) => {
      watch(id);
      const outcome = await syncClass(id, setup);
      // A screen's or tablet's hello for the day (docs/sync.md §6.2); a teacher device's comes from
      // «Synkroniser nå» (it needs the label in the teacher's words).
      if (outcome.ok) {
        const { keepOwnPassword, touchInboxHello } = await import('./sync-devices');
        // A device connected before devices kept their own passwords makes its own now (§7).
        await keepOwnPassword(id).catch((e: unknown) => console.error(e));
        await touchInboxHello(id);
      }
      return outcome;
    },
    onState: setSyncStatus,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
  });

  // The feed is opened before the round, so nothing written on the server between the round's pull
  // and the feed's start is missed.
  function watch(id: string) {
    if (feeds.has(id)) return;
    const lost = () => {
      feeds.delete(id);
      loop.later(id, FEED_LOST_MS);
    };
    const opened = watchServer(id, () => loop.serverChange(id), lost, setup).catch(() => undefined);
    feeds.set(id, opened);
    void opened.then((close) => {
      if (!close && feeds.get(id) === opened) feeds.delete(id);
    });
  }
  function unwatch(id: string) {
    const f = feeds.get(id);
    feeds.delete(id);
    void f?.then((close) => close?.());
  }

  const links = liveQuery(syncLinks).subscribe({
    next: (ls) => {
      const ids = ls.map((l) => l.classId);
      for (const id of classes) if (!ids.includes(id)) unwatch(id);
      classes = ids;
      loop.setClasses(ids);
    },
    error: (e) => console.error(e),
  });
  const stopLocal = onLocalChange(db(), () => loop.localChange(), 0);
  // Teacher devices: a round when an inbox has news (the first look only notes where each stands).
  const seen = new Map<string, Map<string, string>>();
  let looking = false;
  const lookAtInboxes = async () => {
    if (looking || (typeof document === 'object' && document.visibilityState === 'hidden')) return;
    looking = true;
    try {
      const { inboxSeqs } = await import('./sync-devices');
      for (const id of classes) {
        const now = await inboxSeqs(id).catch(() => undefined);
        if (!now?.size) continue;
        const before = seen.get(id);
        seen.set(id, now);
        if (before && [...now].some(([inbox, seq]) => before.get(inbox) !== seq)) loop.serverChange(id);
      }
    } finally {
      looking = false;
    }
  };
  const inboxTimer = setInterval(() => void lookAtInboxes(), inboxLookMs);
  // Not paused while the tab is hidden: the teacher may be working in another tab of the app, whose
  // writes this tab (the one holding the lock) must still send (docs/sync.md §9.3).
  const wake = () => loop.wake();
  const shown = () => {
    if (document.visibilityState === 'visible') loop.wake();
  };
  // The Node unit tests have no window.
  const page = typeof window === 'object' ? window : undefined;
  page?.addEventListener('online', wake);
  page?.document.addEventListener('visibilitychange', shown);
  setSyncRunner((id) => loop.syncNow(id));

  return () => {
    setSyncRunner(undefined);
    clearInterval(inboxTimer);
    page?.removeEventListener('online', wake);
    page?.document.removeEventListener('visibilitychange', shown);
    stopLocal();
    links.unsubscribe();
    loop.stop();
    for (const id of [...feeds.keys()]) unwatch(id);
  };
}

/**
 * Runs the loop for as long as this tab lives, in one tab of the device at a time: the others wait
 * for the Web Lock and the next takes over when this one closes. A browser without Web Locks runs it
 * in every tab (rounds are idempotent; two tabs only do the same work twice).
 */
export function startSyncLoop(): void {
  const locks = navigator.locks;
  if (!locks) {
    runSyncLoop();
    return;
  }
  void locks.request('dk-sync', () => {
    runSyncLoop();
    // Held until the tab closes: the browser releases it then.
    return new Promise<never>(() => {});
  });
}
