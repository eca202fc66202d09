// Bench-only page (never in the production build): exposes the app's real import and export code
// and a raw-IndexedDB floor to tests/bench/30-backup.bench.mjs.
import Dexie from 'dexie';
import { exportBackup } from '../../../src/data/backup-export';
import { applyBackup, readBackupFile } from '../../../src/data/backup-import';
import { DB_NAME, db, SCHEMA_V1, useDatabase } from '../../../src/data/db';
import { buildBackupText, emptyData } from '../../../src/domain/backup/format';
import type { Recognition } from '../../../src/domain/types';

let fileText = '';
let records: Recognition[] = [];

function makeData(n: number) {
  const data = emptyData();
  const t = Date.now() - n * 60_000;
  data.classes = [
    {
      id: 'c-1',
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
    classId: 'c-1',
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
  data.recognitions = Array.from(
    { length: n },
    (_, i): Recognition => ({
      id: crypto.randomUUID(),
      classId: 'c-1',
      pupilId: `p-${i % 28}`,
      strengthId: `s-${i % 20}`,
      text: `Hjalp en klassekamerat med å rydde etter formingstimen, dag ${i}, uten at noen ba om det.`,
      noticedBy: i % 4 === 0 ? { kind: 'pupil', pupilId: `p-${(i + 3) % 28}` } : { kind: 'teacher' },
      source: i % 4 === 0 ? 'pupil' : 'teacher',
      status: i % 10 === 0 ? 'waiting' : 'approved',
      createdAt: t + i * 60_000,
      updatedAt: t + i * 60_000,
      decidedAt: i % 10 === 0 ? undefined : t + i * 60_000,
    }),
  );
  for (const r of data.recognitions) if (r.decidedAt === undefined) delete r.decidedAt;
  return data;
}

async function reset() {
  db().close();
  useDatabase(null);
  await Dexie.delete(DB_NAME);
  await db().open();
}

const bench = {
  async makeFile(n: number) {
    const data = makeData(n);
    records = data.recognitions;
    fileText = (
      await buildBackupText({ data, scope: { kind: 'all' }, appVersion: 'bench', schemaVersion: 1 })
    ).text;
    await reset();
    return fileText.length;
  },
  async importFile(mode: 'merge' | 'replace') {
    const progress: number[] = [];
    const t0 = performance.now();
    const parsed = await readBackupFile(fileText);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const t1 = performance.now();
    const summary = await applyBackup(parsed.backup, mode, (done) => progress.push(done));
    const t2 = performance.now();
    return {
      validateMs: t1 - t0,
      applyMs: t2 - t1,
      totalMs: t2 - t0,
      progressSteps: progress.length,
      added: summary.total.added,
      kept: summary.total.kept,
    };
  },
  async exportAll() {
    const t0 = performance.now();
    const b = await exportBackup({ kind: 'all' });
    return { ms: performance.now() - t0, bytes: b.text.length, records: b.records };
  },
  /** The floor: raw IndexedDB adds of the same records into a store with the same indexes. */
  async rawAdd() {
    await Dexie.delete('bench-floor');
    const floor = new Dexie('bench-floor');
    floor.version(1).stores({ recognitions: SCHEMA_V1.recognitions });
    await floor.open();
    const idb = floor.backendDB();
    const t0 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction('recognitions', 'readwrite');
      const store = tx.objectStore('recognitions');
      for (const r of records) store.add(r);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const ms = performance.now() - t0;
    const t1 = performance.now();
    const all = await new Promise<unknown[]>((resolve) => {
      const req = idb.transaction('recognitions').objectStore('recognitions').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    const json = JSON.stringify(all);
    const readMs = performance.now() - t1;
    floor.close();
    await Dexie.delete('bench-floor');
    return { ms, readMs, bytes: json.length };
  },
  reset,
};

(window as unknown as { bench: typeof bench }).bench = bench;
document.title = 'ready';
