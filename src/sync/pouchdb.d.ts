// The part of PouchDB 9's API the sync code uses, typed narrowly (PouchDB ships no types and
// @types/pouchdb describes version 7). Only src/sync imports these modules.

declare module 'pouchdb-core' {
  export interface PouchDoc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    [field: string]: unknown;
  }

  export interface PouchWriteResult {
    ok?: boolean;
    id?: string;
    rev?: string;
    error?: string | boolean;
    status?: number;
    message?: string;
  }

  export interface PouchAllDocsRow {
    id?: string;
    key: string;
    value?: { rev: string; deleted?: boolean };
    error?: string;
    doc?: PouchDoc | null;
  }

  export interface PouchChange {
    id: string;
    seq: number | string;
    changes: { rev: string }[];
    deleted?: boolean;
    doc?: PouchDoc;
  }

  export interface PouchChangesOptions {
    since?: number | string;
    limit?: number;
    style?: 'main_only' | 'all_docs';
    include_docs?: boolean;
    conflicts?: boolean;
    return_docs?: boolean;
  }

  /** A live `_changes` feed: `change` per change, `error` once when it dies; `cancel` closes it. */
  export interface PouchChangesFeed {
    on(event: 'change', listener: (change: PouchChange) => void): PouchChangesFeed;
    on(event: 'error', listener: (error: unknown) => void): PouchChangesFeed;
    cancel(): void;
  }

  export interface PouchReplicateResult {
    ok: boolean;
    docs_written: number;
    doc_write_failures: number;
    errors: unknown[];
  }

  export interface PouchDatabase {
    readonly name: string;
    bulkDocs(docs: PouchDoc[], options?: { new_edits?: boolean }): Promise<PouchWriteResult[]>;
    allDocs(options: { keys?: string[]; include_docs?: boolean }): Promise<{ rows: PouchAllDocsRow[] }>;
    get(id: string, options: { open_revs: 'all' }): Promise<({ ok: PouchDoc } | { missing: string })[]>;
    get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<PouchDoc>;
    put(doc: PouchDoc): Promise<PouchWriteResult>;
    changes(options: PouchChangesOptions & { live: true }): PouchChangesFeed;
    changes(options: PouchChangesOptions): Promise<{ results: PouchChange[]; last_seq: number | string }>;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    /** Drops the bodies of every revision that is not a leaf (HTTP: `POST /db/_compact`, then waits). */
    compact(): Promise<unknown>;
    close(): Promise<void>;
    destroy(): Promise<void>;
  }

  export interface PouchOptions {
    adapter?: string;
    auto_compaction?: boolean;
    fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
    /** The http adapter's login (sent as Basic auth). */
    auth?: { username: string; password: string };
    /** The http adapter: do not try to create the database (devices may not). */
    skip_setup?: boolean;
  }

  export type PouchPlugin = object;

  export interface PouchStatic {
    new (name: string, options?: PouchOptions): PouchDatabase;
    plugin(plugin: PouchPlugin): PouchStatic;
    replicate(
      source: PouchDatabase,
      target: PouchDatabase,
      options?: { batch_size?: number; retry?: boolean },
    ): Promise<PouchReplicateResult>;
  }

  const PouchDB: PouchStatic;
  export default PouchDB;
}

declare module 'pouchdb-adapter-idb' {
  const plugin: import('pouchdb-core').PouchPlugin;
  export default plugin;
}

declare module 'pouchdb-adapter-http' {
  const plugin: import('pouchdb-core').PouchPlugin;
  export default plugin;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: import('pouchdb-core').PouchPlugin;
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: import('pouchdb-core').PouchPlugin;
  export default plugin;
}
