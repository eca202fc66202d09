// Two tabs of the app on one database: two Dexie instances on one fake-indexeddb database. `tabA`
// is the default db(); `inTabB(fn)` runs fn with the other instance, as another tab would.
import { afterEach, beforeEach } from 'vitest';
import { DreamClassDB, useDatabase } from '../../../src/data/db';

export function twoTabs() {
  const ref = { a: null as unknown as DreamClassDB, b: null as unknown as DreamClassDB, name: '' };
  beforeEach(async () => {
    ref.name = `race-${crypto.randomUUID()}`;
    ref.a = new DreamClassDB(ref.name);
    await ref.a.open();
    ref.b = new DreamClassDB(ref.name);
    await ref.b.open();
    useDatabase(ref.a);
  });
  afterEach(async () => {
    useDatabase(null);
    ref.b.close();
    ref.a.close();
    await ref.a.delete();
  });
  async function inTabB<T>(fn: () => Promise<T>): Promise<T> {
    useDatabase(ref.b);
    try {
      return await fn();
    } finally {
      useDatabase(ref.a);
    }
  }
  return { ref, inTabB };
}

/**
 * What another tab wrote that this tab has not heard of yet: straight into IndexedDB, past Dexie, so
 * the screen's live queries still show the old state (the moment a race happens in).
 */
export async function deleteUnseen(dbName: string, store: string, key: string): Promise<void> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(dbName);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction(store, 'readwrite');
      tx.objectStore(store).delete(key);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    idb.close();
  }
}
