// Owns the service-worker lifecycle: registers it and tells the app when an update waits.
// Updates never reload by themselves: the teacher decides (src/sw/UpdatePrompt.tsx).
import { registerSW } from 'virtual:pwa-register';
import { announceOfflineReady, announceUpdate } from './update-state';

export function registerServiceWorker(): void {
  const updateSW = registerSW({
    immediate: true,
    // The first install has stored every file: from now on the app opens without a network.
    onOfflineReady() {
      announceOfflineReady();
    },
    onNeedRefresh() {
      announceUpdate(() => void updateSW(true));
    },
    // A smartboard tab can stay open all day: look for a new version every hour (own origin only;
    // offline it simply fails and tries again later).
    onRegisteredSW(_url, registration) {
      if (registration) setInterval(() => void registration.update().catch(() => {}), 60 * 60 * 1000);
    },
  });
}
