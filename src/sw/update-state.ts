// "An update is waiting": shared between the service-worker registration (register.ts, which
// needs the PWA virtual module) and the prompt component (which must not).
type Listener = (ready: boolean) => void;
const listeners = new Set<Listener>();
let apply: (() => void) | null = null;

export function announceUpdate(applyUpdate: () => void): void {
  apply = applyUpdate;
  for (const l of listeners) l(true);
}

export function onUpdateReady(l: Listener): () => void {
  listeners.add(l);
  if (apply) l(true);
  return () => listeners.delete(l);
}

// "Stored for offline use": the first install finished precaching. Said once, on the first visit.
let offlineReady = false;
const offlineListeners = new Set<() => void>();

export function announceOfflineReady(): void {
  offlineReady = true;
  for (const l of offlineListeners) l();
}

export function onOfflineReady(l: () => void): () => void {
  offlineListeners.add(l);
  if (offlineReady) l();
  return () => offlineListeners.delete(l);
}

/** Only ever called from the teacher's click: never on a timer, never while the board runs. */
export function applyUpdate(): void {
  apply?.();
}
