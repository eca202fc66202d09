// Content script on the app's own origins only: relays the app's board snapshot to the background
// and tells the app whether the extension took it. It reads nothing else from the page. The
// manifest's match patterns have no port (Firefox ignores patterns with one), so on a page whose
// origin is not exactly one of the app's it does nothing at all.
import {
  BRIDGE_CHANNEL,
  type ExtensionToApp,
  isAppToExtension,
  isExtensionRejection,
} from '../../src/domain/board-bridge';
import { jsonBytes, MAX_SNAPSHOT_BYTES } from '../../src/domain/board-snapshot-schema';
import { ext } from '../shared/browser';
import { isAppOrigin } from '../shared/origins';

function toApp(message: ExtensionToApp): void {
  // Only the app's own origin may read the answer.
  window.postMessage(message, location.origin);
}

function onMessage(event: MessageEvent): void {
  // Only the page itself (not a frame, not another window) on its own origin.
  if (event.source !== window || event.origin !== location.origin) return;
  const data: unknown = event.data;
  if (!isAppToExtension(data)) return;
  if (data.type === 'app-hello') {
    toApp({ channel: BRIDGE_CHANNEL, type: 'extension-hello' });
    return;
  }
  const at = Date.now();
  // Checked here too, so that an oversized message never crosses into the extension at all.
  if (jsonBytes(data.snapshot) > MAX_SNAPSHOT_BYTES) {
    toApp({ channel: BRIDGE_CHANNEL, type: 'board-ack', ok: false, reason: 'too-large', at });
    return;
  }
  ext.runtime
    .sendMessage({ type: 'board-snapshot', snapshot: data.snapshot })
    .then((res) => {
      const r = res as { ok?: boolean; classId?: string; reason?: string } | null;
      if (r?.ok && typeof r.classId === 'string')
        toApp({ channel: BRIDGE_CHANNEL, type: 'board-ack', ok: true, classId: r.classId, at });
      else {
        const reason = isExtensionRejection(r?.reason) ? r.reason : 'malformed';
        toApp({ channel: BRIDGE_CHANNEL, type: 'board-ack', ok: false, reason, at });
      }
    })
    .catch(() =>
      toApp({ channel: BRIDGE_CHANNEL, type: 'board-ack', ok: false, reason: 'store-failed', at }),
    );
}

if (isAppOrigin(location.origin, __DK_APP_ORIGINS__)) {
  window.addEventListener('message', onMessage);
  toApp({ channel: BRIDGE_CHANNEL, type: 'extension-hello' });
}
