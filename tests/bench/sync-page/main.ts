// Bench-only page (never in the production build): the teacher device of
// tests/bench/50-sync.bench.mjs. It seeds a class with the app's own backup import, connects it with a
// class connection file, pushes it with the app's own sync round (PouchDB on IndexedDB, as in the app)
// and offers a pairing code for the fresh device, which then joins in the real app.

import { exportBackup } from '../../../src/data/backup-export';
import { applyBackup, readBackupFile } from '../../../src/data/backup-import';
import { connectClass, syncClass } from '../../../src/data/sync-class';
import { offerPairing } from '../../../src/data/sync-pair';
import { buildBackupText, emptyData } from '../../../src/domain/backup/format';
import type { ConnectionFile } from '../../../src/domain/sync/connection';
import type { Recognition } from '../../../src/domain/types';

const CLASS = 'c-bench';

/** A class as a year of use might leave it: 28 pupils, 20 strengths, n recognitions (10% waiting). */
function makeData(n: number) {
  const data = emptyData();
  const t = Date.now() - n * 60_000;
  data.classes = [
    {
      id: CLASS,
      name: '5A',
      yearGroup: 5,
      isDemo: false,
      pupilTextOptional: false,
      createdAt: t,
      updatedAt: t,
    },
  ];
  data.pupils = Array.from({ length: 28 }, (_, i) => ({
    id: `p-${i}`,
    classId: CLASS,
    name: `Elev ${i + 1}`,
    archived: 0 as const,
    createdAt: t,
    updatedAt: t,
  }));
  data.strengths = Array.from({ length: 20 }, (_, i) => ({
    id: `s-${i}`,
    name: { nb: `Styrke ${i}` },
    definition: { nb: 'En setning.' },
    symbol: '⭐',
    color: '#123456',
    order: i,
    hidden: false,
    createdAt: t,
    updatedAt: t,
  }));
  data.recognitions = Array.from({ length: n }, (_, i): Recognition => {
    const waiting = i % 10 === 0;
    const r: Recognition = {
      id: crypto.randomUUID(),
      classId: CLASS,
      pupilId: `p-${i % 28}`,
      strengthId: `s-${i % 20}`,
      text: `Hjalp en klassekamerat med å rydde etter formingstimen, dag ${i}, uten at noen ba om det.`,
      noticedBy: i % 4 === 0 ? { kind: 'pupil', pupilId: `p-${(i + 3) % 28}` } : { kind: 'teacher' },
      source: i % 4 === 0 ? 'pupil' : 'teacher',
      status: waiting ? 'waiting' : 'approved',
      createdAt: t + i * 60_000,
      updatedAt: t + i * 60_000,
    };
    if (!waiting) r.decidedAt = t + i * 60_000;
    return r;
  });
  return data;
}

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** IndexedDB usage as Chromium reports it (`usageDetails` is Chromium's). */
async function idbUsage(): Promise<number> {
  const e = (await navigator.storage.estimate()) as StorageEstimate & {
    usageDetails?: { indexedDB?: number };
  };
  return e.usageDetails?.indexedDB ?? e.usage ?? Number.NaN;
}

const bench = {
  /** Seeds the class through the backup import; answers the class's own backup JSON size. */
  async seed(n: number) {
    const empty = await idbUsage();
    const { text } = await buildBackupText({
      data: makeData(n),
      scope: { kind: 'all' },
      appVersion: 'bench',
      schemaVersion: 1,
    });
    const parsed = await readBackupFile(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    await applyBackup(parsed.backup, 'merge');
    const own = await exportBackup({ kind: 'class', classId: CLASS });
    return { classJsonBytes: bytes(own.text), records: own.records, dexieGrowth: (await idbUsage()) - empty };
  },
  /** Connects the class with its file (the first teacher device) and pushes it: one round. */
  async connectAndPush(file: ConnectionFile) {
    await connectClass(CLASS, file);
    const before = await idbUsage();
    const t0 = performance.now();
    const round = await syncClass(CLASS);
    const ms = performance.now() - t0;
    const mirrorGrowth = (await idbUsage()) - before;
    return { ok: round.ok, problem: round.ok ? undefined : round.problem, ms, mirrorGrowth };
  },
  /** A pairing code for a second teacher device (runs a round first, as the app's offer does). */
  async offer() {
    const r = await offerPairing(CLASS);
    if (!r.ok) throw new Error(`offer: ${r.problem}`);
    return r.offer.code;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
document.title = 'ready';
