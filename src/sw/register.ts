// Owns the service-worker lifecycle: registers it and tells the app when an update waits.
// Updates never reload by themselves: the teacher decides (see the update issue).
import { registerSW } from 'virtual:pwa-register';

type Listener = (ready: boolean) => void;
const listeners = new Set<Listener>();
let updateReady = false;
let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;

export function registerServiceWorker(): void {
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh() {
      updateReady = true;
      for (const l of listeners) l(true);
    },
  });
}

export function onUpdateReady(l: Listener): () => void {
  listeners.add(l);
  if (updateReady) l(true);
  return () => listeners.delete(l);
}

export function reloadToUpdate(): void {
  void applyUpdate?.(true);
}
