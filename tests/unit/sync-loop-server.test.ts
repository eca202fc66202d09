// @vitest-environment node
// The background loop over HTTP against the test server seeded by server/setup.sh (docs/sync.md
// §9.3, §12): a connected device syncs at start by itself; the server stops in the middle of the
// round a new recognition started, the line says the app retries and never «synced»; the server comes
// back and the loop, with nobody asking, sends it. A fresh device then holds the class exactly once.
import { afterEach, expect, it, vi } from 'vitest';
import { createClass } from '../../src/data/classes';
import { type DreamClassDB, useDatabase } from '../../src/data/db';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import { addTeacherRecognition } from '../../src/data/recognitions';
import { listStrengths } from '../../src/data/strengths';
import { openConnection, saveLink, syncLinks, syncRound } from '../../src/data/sync-connect';
import { runSyncLoop } from '../../src/data/sync-loop';
import { onSyncStatus, syncStatus } from '../../src/data/sync-status';
import { readConnectionFile } from '../../src/domain/sync/connection';
import type { LoopState } from '../../src/sync/loop';
import { firstTeacherLink } from '../../src/sync/session';
import { addClass } from '../sync-server/setup.mjs';
import { pouchSetup as setup, useSyncServer } from './helpers/sync-devices';

// The browser's PouchDB would plug the IndexedDB adapter into the one PouchDB class of this process,
// the test server's too: the loop gets this test's PouchDB (memory mirrors) instead.
vi.mock('../../src/sync/pouch', () => ({ BrowserPouch: {} }));

const sync = useSyncServer('loop');
const { device } = sync;
let stopLoop: (() => void) | undefined;

afterEach(() => {
  stopLoop?.();
});

const waitForState = (classId: string, kind: LoopState['kind']) =>
  vi.waitFor(() => expect(syncStatus(classId)?.kind).toBe(kind), { timeout: 60_000, interval: 50 });

it('resumes by itself after the server stops mid-round and comes back: nothing lost, nothing doubled', async () => {
  const file = await addClass(sync.server, { tablets: 1, screens: 1 });
  const A = await device('laptop');
  useDatabase(A);
  const cls = await createClass({ name: 'Solsikkene', yearGroup: 4 });
  await addPupilsFromText(cls.id, 'Emmaline\nOlavius');
  const read = readConnectionFile(JSON.stringify(file), [new URL(sync.server.url).origin]);
  if (!read.ok) throw new Error(read.refusal.code);
  const link = firstTeacherLink(cls.id, read.file.server, read.file.syncId, read.file.slots);
  await saveLink(link);

  // Nobody presses anything: the loop syncs the class at start.
  stopLoop = runSyncLoop(setup);
  await waitForState(cls.id, 'synced');

  // The server stops as soon as the round for the new recognition starts.
  const seen: LoopState['kind'][] = [];
  let stopped = false;
  const unwatch = onSyncStatus(() => {
    const s = syncStatus(cls.id);
    if (s) seen.push(s.kind);
    if (s?.kind === 'syncing' && !stopped) {
      stopped = true;
      void sync.server.stop();
    }
  });
  const [emma] = await listPupils(cls.id);
  const saved = await addTeacherRecognition({
    classId: cls.id,
    pupils: [emma!.id],
    strengthId: (await listStrengths())[0]!.id,
    text: 'Hjalp til da ingen ba om det',
    noticedBy: { kind: 'teacher' },
  });
  if (!saved.ok) throw new Error(saved.problem);
  await waitForState(cls.id, 'retrying');
  expect(syncStatus(cls.id)).toMatchObject({ kind: 'retrying', problem: 'offline' });
  expect(seen).not.toContain('synced');

  await sync.server.restart();
  await waitForState(cls.id, 'synced');
  unwatch();
  stopLoop();
  stopLoop = undefined;

  // A fresh device with the class's login (A's own password by now, docs/sync.md §7) gets exactly
  // what A has: every record once.
  useDatabase(A);
  const [now] = await syncLinks();
  expect(now!.password).not.toBe(link.password);
  const B = await device('fresh');
  useDatabase(B);
  await syncRound(B, await openConnection(B, now!, setup));
  useDatabase(null);
  const ids = async (d: DreamClassDB) => ({
    pupils: (await d.pupils.toArray()).map((p) => p.id).sort(),
    recognitions: (await d.recognitions.toArray()).map((r) => `${r.id} ${r.text}`).sort(),
  });
  const onA = await ids(A);
  expect(onA.recognitions).toEqual([`${saved.ids[0]} Hjalp til da ingen ba om det`]);
  expect(await ids(B)).toEqual(onA);
});
