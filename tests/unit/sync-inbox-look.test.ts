// @vitest-environment node
// The background loop on a teacher device looks at the class's inboxes while its page is shown
// (docs/sync.md §9.3), over HTTP against the test server: words a pupil sends from a tablet reach the
// teacher's queue with nobody pressing anything on the teacher's device, and nowhere else.
import { afterEach, expect, it, vi } from 'vitest';
import { useDatabase } from '../../src/data/db';
import { listWaiting } from '../../src/data/recognitions';
import { openConnection, syncRound } from '../../src/data/sync-connect';
import { runSyncLoop } from '../../src/data/sync-loop';
import { syncStatus } from '../../src/data/sync-status';
import { pouchSetup, useSyncServer } from './helpers/sync-devices';
import { pupilWords, tabletOf } from './helpers/sync-join';

vi.mock('../../src/sync/pouch', () => ({ BrowserPouch: {} }));

const sync = useSyncServer('inbox-look');
let stopLoop: (() => void) | undefined;
afterEach(() => {
  stopLoop?.();
  stopLoop = undefined;
});

const WORDS = 'Ventet på tur uten å mase';

it('a tablet’s words reach the teacher’s queue by themselves, with no round asked for on the teacher’s device', async () => {
  const { A, classId } = await sync.laptop('Solsikkene', ['Emmaline', 'Olavius'], { tablets: 1, screens: 0 });
  const { T, link: linkT } = await tabletOf(sync, A, classId);
  // A pupil writes on the tablet; it is not sent yet.
  const savedId = await pupilWords(T, classId, WORDS);

  // The teacher's device runs its loop (looking at the inboxes every 50 ms here) and goes quiet.
  useDatabase(A);
  stopLoop = runSyncLoop(pouchSetup, 50);
  await vi.waitFor(() => expect(syncStatus(classId)?.kind).toBe('synced'), { timeout: 60_000, interval: 50 });
  expect(await listWaiting(classId)).toEqual([]);

  // The tablet sends (its own round, on its own database); nothing is pressed on the teacher's device.
  await syncRound(T, await openConnection(T, linkT, pouchSetup));
  await vi.waitFor(
    async () => expect((await listWaiting(classId)).map((r) => [r.id, r.text])).toEqual([[savedId, WORDS]]),
    { timeout: 60_000, interval: 100 },
  );
});
