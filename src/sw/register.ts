// Owns the service-worker lifecycle: registers it and tells the app when an update waits.
// Updates never reload by themselves: the teacher decides (src/sw/UpdatePrompt.tsx).
import { registerSW } from 'virtual:pwa-register';
import { announceUpdate } from './update-state';

export function registerServiceWorker(): void {
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      announceUpdate(() => void updateSW(true));
    },
  });
}

export { onUpdateReady } from './update-state';

export function reloadToUpdate(): void {
  void import('./update-state').then((s) => s.applyUpdate());
}
