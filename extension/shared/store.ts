// The extension's own small store (IndexedDB through idb): the latest board snapshot and when and
// how it arrived. It lives on the extension's origin, so it stays when the app is closed or offline.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { BoardSnapshot } from '../../src/domain/board-snapshot';

export const STORE_DB_NAME = 'drommeklassen-extension';

export interface StoredBoard {
  snapshot: BoardSnapshot;
  /** When the extension stored it (ms since epoch). */
  receivedAt: number;
  source: 'app' | 'file';
}

interface ExtensionDB extends DBSchema {
  board: { key: 'current'; value: StoredBoard };
  /** Small state that is restored on read: the rotation of the board page and of the strip. */
  state: { key: RotationKey; value: unknown };
}

export type RotationKey = 'board-rotation' | 'strip-rotation';

export interface BoardStore {
  get(): Promise<StoredBoard | undefined>;
  put(board: StoredBoard): Promise<void>;
  getState(key: RotationKey): Promise<unknown>;
  putState(key: RotationKey, value: unknown): Promise<void>;
  /** Forgets the board and its rotation (the teacher's clean-up). */
  clear(): Promise<void>;
  close(): void;
}

export async function openBoardStore(name = STORE_DB_NAME): Promise<BoardStore> {
  const db: IDBPDatabase<ExtensionDB> = await openDB<ExtensionDB>(name, 1, {
    upgrade(d) {
      d.createObjectStore('board');
      d.createObjectStore('state');
    },
  });
  return {
    get: () => db.get('board', 'current'),
    put: async (board) => {
      await db.put('board', board, 'current');
    },
    getState: (key) => db.get('state', key),
    putState: async (key, value) => {
      await db.put('state', value, key);
    },
    clear: async () => {
      const tx = db.transaction(['board', 'state'], 'readwrite');
      await Promise.all([tx.objectStore('board').clear(), tx.objectStore('state').clear(), tx.done]);
    },
    close: () => db.close(),
  };
}

let shared: Promise<BoardStore> | null = null;

/** One open connection per extension context. */
export function boardStore(): Promise<BoardStore> {
  if (!shared) shared = openBoardStore();
  return shared;
}
