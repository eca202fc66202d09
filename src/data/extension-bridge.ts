// The app's side of the companion extension's handshake: notices the extension's content script,
// then (and only then) loads the board publisher. Keeps a tiny status for the class screen.
import {
  BRIDGE_CHANNEL,
  type BridgeRejection,
  type ExtensionToApp,
  isExtensionToApp,
} from '../domain/board-bridge';
import type { Lang } from '../domain/types';
import type { NoticedByWords } from '../domain/wording';

export type ExtensionAck =
  | { ok: true; classId: string; at: number }
  | { ok: false; reason: BridgeRejection; at: number };

export interface BridgeStatus {
  /** The extension's content script answered on this page. */
  present: boolean;
  /** The latest answer to a published board. */
  last?: ExtensionAck;
  /** A board was posted and not answered yet. */
  pending: boolean;
}

let status: BridgeStatus = { present: false, pending: false };
const listeners = new Set<() => void>();

export function bridgeStatus(): BridgeStatus {
  return status;
}

export function subscribeBridge(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function setBridgeStatus(patch: Partial<BridgeStatus>): void {
  status = { ...status, ...patch };
  for (const l of listeners) l();
}

function onAck(msg: Extract<ExtensionToApp, { type: 'board-ack' }>): void {
  const last: ExtensionAck = msg.ok
    ? { ok: true, classId: msg.classId, at: msg.at }
    : { ok: false, reason: msg.reason, at: msg.at };
  setBridgeStatus({ last, pending: false });
}

let started = false;
let publisher: Promise<typeof import('./board-publish')> | null = null;

/**
 * Resolves once the board publisher (started by the extension's hello) has read the chosen class and
 * posted its board or found nothing to post; at once when no extension said hello.
 */
export async function extensionPublisherSettled(): Promise<void> {
  if (publisher) await (await publisher).publisherSettled();
}

/** Call once at start-up. `wordsFor` words the snapshot ("the teacher", "a classmate"). */
export function listenForExtension(wordsFor: (lang: Lang) => Promise<NoticedByWords>): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window || event.origin !== location.origin || !isExtensionToApp(event.data)) return;
    const msg = event.data;
    if (msg.type === 'board-ack') return onAck(msg);
    if (status.present) return;
    setBridgeStatus({ present: true });
    publisher = import('./board-publish').then((p) => {
      p.startBoardPublishing(wordsFor);
      return p;
    });
  });
  // The content script may have loaded before us: ask it to say hello again.
  window.postMessage({ channel: BRIDGE_CHANNEL, type: 'app-hello' }, location.origin);
}
