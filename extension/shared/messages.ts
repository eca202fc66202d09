// The extension's runtime messages (content script, popup, strip → background) and the checks every
// incoming board message passes: who sent it, its envelope, its size, then the snapshot itself.
import type { BoardSnapshot } from '../../src/domain/board-snapshot';
import {
  jsonBytes,
  MAX_SNAPSHOT_BYTES,
  parseBoardSnapshot,
  type SnapshotRejection,
} from '../../src/domain/board-snapshot-schema';
import { isRecord } from '../../src/domain/guards';
import { isAppOrigin } from './origins';

export type RuntimeMessage =
  /** From the content script on an app origin. */
  | { type: 'board-snapshot'; snapshot: unknown }
  /** From the popup or the board page (a board file the teacher picked). */
  | { type: 'import-board'; snapshot: unknown }
  | { type: 'toggle-strip'; tabId: number }
  | { type: 'open-board' }
  /** From the popup: forget the stored board. */
  | { type: 'clear-board' }
  | { type: 'strip-data' };

export type MessageRejection = SnapshotRejection | 'origin' | 'malformed';

export interface SenderInfo {
  id?: string;
  origin?: string;
  url?: string;
  tab?: { id?: number };
}

export interface TrustContext {
  extensionId: string;
  /** e.g. chrome-extension://abc or moz-extension://uuid */
  extensionOrigin: string;
  /** The app's own origins (a build setting), matched whole: scheme, host and port. */
  appOrigins: readonly string[];
}

export type BoardVerdict =
  | { ok: true; snapshot: BoardSnapshot; source: 'app' | 'file' }
  | { ok: false; reason: MessageRejection };

/** A little room for the envelope around a snapshot at its size limit. */
const ENVELOPE_BYTES = 1024;

/** Chromium gives sender.origin; Firefox may give only sender.url. */
export function senderOrigin(sender: SenderInfo): string | null {
  if (sender.origin && sender.origin !== 'null') return sender.origin;
  if (!sender.url) return null;
  try {
    const u = new URL(sender.url);
    // Extension URLs have an opaque origin in the URL standard; rebuild it from scheme and host.
    return u.origin !== 'null' ? u.origin : `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}

/**
 * Checks a message that wants to replace the stored board. Snapshots come from a content script on
 * the app's own origins; board files come from the extension's own pages. Anything else is refused.
 */
export function checkBoardMessage(message: unknown, sender: SenderInfo, ctx: TrustContext): BoardVerdict {
  if (sender.id !== ctx.extensionId) return { ok: false, reason: 'origin' };
  if (!isRecord(message)) return { ok: false, reason: 'malformed' };
  const keys = Object.keys(message);
  if (keys.length !== 2 || !('snapshot' in message)) return { ok: false, reason: 'malformed' };
  const origin = senderOrigin(sender);
  let source: 'app' | 'file';
  if (message.type === 'board-snapshot') {
    if (!sender.tab || !isAppOrigin(origin, ctx.appOrigins)) return { ok: false, reason: 'origin' };
    source = 'app';
  } else if (message.type === 'import-board') {
    if (origin !== ctx.extensionOrigin) return { ok: false, reason: 'origin' };
    source = 'file';
  } else {
    return { ok: false, reason: 'malformed' };
  }
  if (jsonBytes(message) > MAX_SNAPSHOT_BYTES + ENVELOPE_BYTES) return { ok: false, reason: 'too-large' };
  const parsed = parseBoardSnapshot(message.snapshot);
  if (!parsed.ok) return parsed;
  return { ok: true, snapshot: parsed.snapshot, source };
}
