// What the unit tests of devices over HTTP share (sync-tablet, sync-screen, sync-connect, sync-pair, …): the test server
// seeded by server/setup.sh, a fresh Dexie database per device, running code as one device, plain
// HTTP as a given login, and the teacher's laptop with a class connected with the file.
import { createRequire } from 'node:module';
import type { PouchStatic } from 'pouchdb-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createClass } from '../../../src/data/classes';
import { DreamClassDB, useDatabase } from '../../../src/data/db';
import { addPupilsFromText } from '../../../src/data/pupils';
import { syncClass } from '../../../src/data/sync-class';
import { type PouchSetup, saveLink } from '../../../src/data/sync-connect';
import type { PairSetup } from '../../../src/data/sync-pair';
import { readConnectionFile } from '../../../src/domain/sync/connection';
import { firstTeacherLink } from '../../../src/sync/session';
import { startTestServer, type TestServer } from '../../sync-server/server.mjs';
import { addClass, initServer } from '../../sync-server/setup.mjs';

// The server runs in this process on pouchdb-core with the memory adapter and replication plugged in
// (tests/sync-server/server.mjs); the devices add the HTTP adapter, as the app's own PouchDB has.
const require = createRequire(import.meta.url);
export const Pouch: PouchStatic = require('pouchdb-core');
Pouch.plugin(require('pouchdb-adapter-http'));
/** Memory mirrors. (A file whose code loads src/sync/pouch, the browser's PouchDB, must mock it.) */
export const pouchSetup: PouchSetup = { Pouch, mirrorAdapter: 'memory' };
/** The same with few PBKDF2 rounds (full strength is slow in a loaded test run). */
export const setup: PairSetup = { pouch: pouchSetup, iterations: 1000 };

export type Login = { user: string; password: string };

/** Registers the file's hooks (server up before, every device's database deleted after each test). */
export function useSyncServer(prefix: string) {
  let server: TestServer | undefined;
  const devices: DreamClassDB[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    await initServer(server);
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    useDatabase(null);
    for (const d of devices.splice(0)) {
      d.close();
      await d.delete();
    }
  });
  const live = (): TestServer => {
    if (!server) throw new Error('The test server starts in beforeAll.');
    return server;
  };

  /** A new device: its own empty database. */
  async function device(label: string): Promise<DreamClassDB> {
    const d = new DreamClassDB(`${prefix}-${label}-${crypto.randomUUID()}`);
    await d.open();
    devices.push(d);
    return d;
  }

  /** Plain HTTP as a given login: status and body. */
  async function http(login: Login, method: string, path: string, body?: unknown) {
    const res = await fetch(`${live().url}/${path}`, {
      method,
      headers: {
        Authorization: `Basic ${btoa(`${login.user}:${login.password}`)}`,
        'Content-Type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const adminLogin = (): Login => ({ user: live().admin.user, password: live().admin.password });

  /** The teacher's laptop with a class of the given pupils, connected with the file and synced once. */
  async function laptop(
    className: string,
    pupils: string[],
    slots: { tablets: number; screens: number; teachers?: number },
  ) {
    const file = await addClass(live(), slots);
    const A = await device('laptop');
    const classId = await on(A, async () => (await createClass({ name: className, yearGroup: 4 })).id);
    await on(A, () => addPupilsFromText(classId, pupils.join('\n')));
    const read = readConnectionFile(JSON.stringify(file), [new URL(live().url).origin]);
    if (!read.ok) throw new Error(read.refusal.code);
    const link = firstTeacherLink(classId, read.file.server, read.file.syncId, read.file.slots);
    await on(A, async () => {
      await saveLink(link);
      expect(await syncClass(classId, setup.pouch)).toMatchObject({ ok: true });
    });
    return { A, classId, syncId: file.syncId as string, slots: read.file.slots };
  }

  return {
    get server() {
      return live();
    },
    device,
    http,
    adminLogin,
    laptop,
  };
}

/** Runs `fn` as the device `d` (its database is the app's for the while). */
export async function on<T>(d: DreamClassDB, fn: () => Promise<T>): Promise<T> {
  useDatabase(d);
  try {
    return await fn();
  } finally {
    useDatabase(null);
  }
}

/** One round of the class on the device the caller runs as, which must succeed. */
export async function round(d: DreamClassDB, classId: string): Promise<void> {
  expect(await on(d, () => syncClass(classId, setup.pouch))).toMatchObject({ ok: true });
}
