// PouchDB as the browser app uses it, built from its modules so the lazily loaded sync chunk holds
// only what replicating a mirror needs: the core, the IndexedDB adapter (the mirror), the HTTP
// adapter (the server) and replication. No map/reduce, no find. The tests build their own with the
// memory adapter instead of IndexedDB.

import HttpAdapter from 'pouchdb-adapter-http';
import IdbAdapter from 'pouchdb-adapter-idb';
import type { PouchDatabase } from 'pouchdb-core';
import PouchDB from 'pouchdb-core';
import Replication from 'pouchdb-replication';
import type { DbKeys } from './crypto';
import type { Mirror } from './mirror';

export const BrowserPouch = PouchDB.plugin(IdbAdapter).plugin(HttpAdapter).plugin(Replication);

/**
 * The mirror of one server database on this device (IndexedDB `_pouch_dk-mirror-<db>`). Old
 * revisions' bodies are dropped as soon as they are replaced (`auto_compaction`).
 */
export function openMirror(kind: Mirror['kind'], keys: DbKeys): Mirror {
  const db: PouchDatabase = new BrowserPouch(`dk-mirror-${keys.db}`, {
    adapter: 'idb',
    auto_compaction: true,
  });
  return { kind, db, keys };
}

/** One replication each way between a mirror and the server (the connection code retries it). */
export async function replicateOnce(mirror: PouchDatabase, server: PouchDatabase): Promise<void> {
  await BrowserPouch.replicate(mirror, server);
  await BrowserPouch.replicate(server, mirror);
}
