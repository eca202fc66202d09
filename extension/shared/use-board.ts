// The stored board for an extension page: read from the extension's store, re-read whenever the
// background says a new board arrived.
import { useEffect, useState } from 'preact/hooks';
import { ext } from './browser';
import { BOARD_UPDATED } from './events';
import { boardStore, type StoredBoard } from './store';

/** undefined while loading, null when there is no board yet. */
export function useStoredBoard(): StoredBoard | null | undefined {
  const [board, setBoard] = useState<StoredBoard | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const load = () =>
      boardStore()
        .then((s) => s.get())
        .then((b) => alive && setBoard(b ?? null))
        .catch(() => alive && setBoard(null));
    void load();
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === BOARD_UPDATED) void load();
      return undefined;
    };
    ext.runtime.onMessage.addListener(onMessage);
    return () => {
      alive = false;
      ext.runtime.onMessage.removeListener(onMessage);
    };
  }, []);
  return board;
}
