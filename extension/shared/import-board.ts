// Imports a board file picked by the teacher: checked here first (size before reading, then the
// snapshot), then handed to the background, which checks it again and stores it.
import type { BridgeRejection } from '../../src/domain/board-bridge';
import type { BoardSnapshot } from '../../src/domain/board-snapshot';
import { MAX_SNAPSHOT_BYTES, parseBoardFile } from '../../src/domain/board-snapshot-schema';
import { ext } from './browser';

export type ImportResult = { ok: true; snapshot: BoardSnapshot } | { ok: false; reason: BridgeRejection };

export async function importBoardFile(file: File): Promise<ImportResult> {
  if (file.size > MAX_SNAPSHOT_BYTES) return { ok: false, reason: 'too-large' };
  const parsed = parseBoardFile(await file.text());
  if (!parsed.ok) return parsed;
  const res = (await ext.runtime
    .sendMessage({ type: 'import-board', snapshot: parsed.snapshot })
    .catch(() => null)) as {
    ok?: boolean;
  } | null;
  return res?.ok ? { ok: true, snapshot: parsed.snapshot } : { ok: false, reason: 'store-failed' };
}
