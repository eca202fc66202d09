// The handshake between the app page and the extension's content script (window.postMessage on the
// app's own origin). Pure: message shapes and guards, shared by the app and the extension.
import type { BoardSnapshot } from './board-snapshot';
import type { SnapshotRejection } from './board-snapshot-schema';

export const BRIDGE_CHANNEL = 'drommeklassen-board';

/** App → content script. */
export type AppToExtension =
  | { channel: typeof BRIDGE_CHANNEL; type: 'app-hello' }
  | {
      channel: typeof BRIDGE_CHANNEL;
      type: 'board-snapshot';
      snapshot: BoardSnapshot;
    };

/** Why the extension did not take a snapshot: the parse rejections plus what the relay checks. */
export type BridgeRejection = SnapshotRejection | 'origin' | 'malformed' | 'store-failed' | 'no-extension';

/** What the extension's background may answer; 'no-extension' is the app's own. Every one listed. */
const EXTENSION_REJECTIONS: Record<Exclude<BridgeRejection, 'no-extension'>, true> = {
  'too-large': true,
  'not-json': true,
  format: true,
  version: true,
  'not-approved': true,
  shape: true,
  origin: true,
  malformed: true,
  'store-failed': true,
};

export function isExtensionRejection(x: unknown): x is Exclude<BridgeRejection, 'no-extension'> {
  return typeof x === 'string' && Object.hasOwn(EXTENSION_REJECTIONS, x);
}

/** Content script → app. */
export type ExtensionToApp =
  | { channel: typeof BRIDGE_CHANNEL; type: 'extension-hello' }
  | { channel: typeof BRIDGE_CHANNEL; type: 'board-ack'; ok: true; classId: string; at: number }
  | { channel: typeof BRIDGE_CHANNEL; type: 'board-ack'; ok: false; reason: BridgeRejection; at: number };

function onChannel(x: unknown): x is { channel: string; type: unknown } {
  return typeof x === 'object' && x !== null && (x as { channel?: unknown }).channel === BRIDGE_CHANNEL;
}

export function isExtensionToApp(x: unknown): x is ExtensionToApp {
  return onChannel(x) && (x.type === 'extension-hello' || x.type === 'board-ack');
}

export function isAppToExtension(x: unknown): x is AppToExtension {
  return onChannel(x) && (x.type === 'app-hello' || x.type === 'board-snapshot');
}
