// Starts the background sync loop (docs/sync.md §9.3) on a device that has connected a class: loaded
// with import() once the app is idle after its first paint, and only in a build with a sync server.
// It reads the device's links (one settings row) and loads the sync chunk, with PouchDB, only when
// there is one, now or later (a class connected or joined by code in this session).
import { liveQuery } from 'dexie';
import { syncLinks } from './sync-links';

let started = false;

export function startSyncWhenLinked(): void {
  const sub = liveQuery(syncLinks).subscribe({
    next: (links) => {
      if (started || links.length === 0) return;
      started = true;
      // Not inside the subscriber: unsubscribing from its own callback.
      queueMicrotask(() => sub.unsubscribe());
      void import('./sync-loop').then((l) => l.startSyncLoop());
    },
    error: (e) => console.error(e),
  });
}
