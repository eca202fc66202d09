// Receives boards: checks each message (sender, envelope, size, snapshot), stores what passes and
// drops and logs the rest. The store is untouched by anything refused.
import { type BoardVerdict, checkBoardMessage, type SenderInfo, type TrustContext } from '../shared/messages';
import type { BoardStore } from '../shared/store';

export type BoardResponse =
  | { ok: true; classId: string; at: number }
  | { ok: false; reason: string; at: number };

export async function receiveBoard(
  message: unknown,
  sender: SenderInfo,
  ctx: TrustContext,
  store: BoardStore,
  now = Date.now(),
  log: (...args: unknown[]) => void = console.warn,
): Promise<BoardResponse> {
  const verdict: BoardVerdict = checkBoardMessage(message, sender, ctx);
  if (!verdict.ok) {
    log('[Drømmeklassen] dropped a board message:', verdict.reason, 'from', sender.origin ?? sender.url);
    return { ok: false, reason: verdict.reason, at: now };
  }
  try {
    await store.put({ snapshot: verdict.snapshot, receivedAt: now, source: verdict.source });
  } catch (err) {
    log('[Drømmeklassen] could not store the board:', err);
    return { ok: false, reason: 'store-failed', at: now };
  }
  return { ok: true, classId: verdict.snapshot.classId, at: now };
}
