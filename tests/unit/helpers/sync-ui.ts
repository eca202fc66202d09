// What the settings-screen tests of sharing share (sync-pair-ui, sync-qr-ui): a teacher's link to a
// class on a test server and a pairing offer, and the mocked pairing functions' answers before each
// test. The file must mock src/data/sync-pair and src/data/sync-devices itself (vi.mock is per file).
import { afterEach, beforeEach, vi } from 'vitest';
import { offerState, type PairingOffer, withdrawPairing } from '../../../src/data/sync-pair';
import type { ClassLink } from '../../../src/sync/session';

export const SERVER = 'https://dk-sync.kommune.no';
export const SYNC_ID = '0123456789abcdef';
export const KEY = 'A'.repeat(43);

/** Class c1's first teacher link, with the two teacher slots. */
export function link(over: Partial<ClassLink> = {}): ClassLink {
  return {
    v: 1,
    classId: 'c1',
    server: SERVER,
    syncId: SYNC_ID,
    role: 'teacher',
    user: `dk-${SYNC_ID}-t1`,
    password: 'a-long-random-password-1',
    keys: { kind: 'class', classKey: KEY, idsKey: KEY },
    epoch: 0,
    slots: [
      { user: `dk-${SYNC_ID}-t1`, role: 'teacher', password: 'a-long-random-password-1' },
      { user: `dk-${SYNC_ID}-t2`, role: 'teacher', password: 'a-long-random-password-2' },
    ],
    ...over,
  };
}

/** A code out for ten minutes, for the second teacher slot unless told. */
export function offer(over: Partial<PairingOffer> = {}): PairingOffer {
  return {
    classId: 'c1',
    code: 'K7QM-2XD9-HNC4',
    expiresAt: Date.now() + 10 * 60_000,
    docId: 'd1',
    user: `dk-${SYNC_ID}-t2`,
    ...over,
  };
}

/** Before each test: fresh mocks, the test server allowed, a withdrawal that works, a code still waiting. */
export function usePairingMocks() {
  beforeEach(() => {
    vi.clearAllMocks();
    vi.stubGlobal('__DK_SYNC_ORIGINS__', [SERVER]);
    vi.mocked(withdrawPairing).mockResolvedValue(true);
    vi.mocked(offerState).mockResolvedValue({ waiting: true });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
}
