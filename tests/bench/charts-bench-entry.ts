// Bench-only browser entry (never in dist/): drives the app's real chart queries (src/data/charts.ts)
// and aggregation (src/domain/charts.ts) against a generated data set in real IndexedDB, next to a
// raw IndexedDB getAll over the same index range (the floor). Built by 20-charts.bench.mjs.
import { loadClassChartData, loadPupilChartData } from '../../src/data/charts';
import { DB_NAME, DreamClassDB, useDatabase } from '../../src/data/db';
import { classOverview, nobodyLeftOut, pupilStrengths } from '../../src/domain/charts';
import { addDays, isoDate, startOfWeek } from '../../src/domain/dates';
import { seededRandom } from '../../src/domain/hash';
import { type Period, periodRange } from '../../src/domain/periods';
import type { FocusStrength, Pupil, Recognition, RecognitionStatus } from '../../src/domain/types';

const DAY = 86_400_000;

export interface Generated {
  classIds: string[];
  pupilIds: string[];
  recognitions: number;
  ms: number;
}

async function generate(opts: {
  classes: number;
  pupilsPerClass: number;
  recognitions: number;
  years: number;
  now: number;
}): Promise<Generated> {
  const t0 = performance.now();
  const d = new DreamClassDB(DB_NAME);
  await d.open();
  useDatabase(d);
  const rnd = seededRandom(42);
  const strengths = await d.strengths.toArray();
  const classIds: string[] = [];
  const pupils: Pupil[] = [];
  const start = opts.now - opts.years * 365 * DAY;
  for (let c = 0; c < opts.classes; c++) {
    const id = crypto.randomUUID();
    classIds.push(id);
    await d.classes.add({
      id,
      name: `Klasse ${c + 1}`,
      yearGroup: 1 + (c % 10),
      isDemo: false,
      pupilTextOptional: false,
      createdAt: start,
      updatedAt: start,
    });
    for (let p = 0; p < opts.pupilsPerClass; p++) {
      pupils.push({
        id: crypto.randomUUID(),
        classId: id,
        name: `Elev ${c + 1}-${p + 1}`,
        archived: p === 0 ? 1 : 0,
        createdAt: start,
        updatedAt: start,
      });
    }
  }
  await d.pupils.bulkAdd(pupils);
  // Weekly focus strengths for every class over the whole span.
  const focus: FocusStrength[] = [];
  for (const classId of classIds) {
    for (let w = startOfWeek(new Date(start)); w.getTime() < opts.now; w = addDays(w, 7)) {
      focus.push({
        id: crypto.randomUUID(),
        classId,
        strengthIds: [strengths[Math.floor(rnd() * strengths.length)]!.id],
        period: 'week',
        start: isoDate(w),
        end: isoDate(addDays(w, 6)),
        createdAt: start,
        updatedAt: start,
      });
    }
  }
  await d.focusStrengths.bulkAdd(focus);
  const CHUNK = 10_000;
  for (let done = 0; done < opts.recognitions; done += CHUNK) {
    const batch: Recognition[] = [];
    for (let i = done; i < Math.min(opts.recognitions, done + CHUNK); i++) {
      const pupil = pupils[Math.floor(rnd() * pupils.length)]!;
      let at = start + Math.floor(rnd() * (opts.now - start));
      const dow = new Date(at).getDay();
      if (dow === 0 || dow === 6) at -= 2 * DAY; // school days only
      const u = rnd();
      const status: RecognitionStatus = u < 0.9 ? 'approved' : u < 0.96 ? 'waiting' : 'declined';
      const byPupil = rnd() < 0.35;
      batch.push({
        id: crypto.randomUUID(),
        classId: pupil.classId,
        pupilId: rnd() < 0.03 ? undefined : pupil.id,
        strengthId: strengths[Math.floor(rnd() * strengths.length)]!.id,
        text: 'Hjalp en klassekamerat med å finne igjen lua si uten at noen spurte.',
        noticedBy: byPupil
          ? { kind: 'pupil', pupilId: pupils[Math.floor(rnd() * pupils.length)]!.id }
          : { kind: 'teacher' },
        source: byPupil ? 'pupil' : 'teacher',
        status,
        createdAt: at,
        updatedAt: at,
      });
    }
    await d.recognitions.bulkAdd(batch);
  }
  return {
    classIds,
    pupilIds: pupils.map((p) => p.id),
    recognitions: await d.recognitions.count(),
    ms: performance.now() - t0,
  };
}

/** Opening a class overview: the app's query, then the aggregation the screen draws. */
async function classOverviewRun(classId: string, period: Period) {
  const t0 = performance.now();
  const data = await loadClassChartData(classId, period);
  const o = classOverview({ period, recognitions: data.recognitions, focus: data.focus });
  return { ms: performance.now() - t0, rows: data.recognitions.length, total: o.total };
}

async function nobodyLeftOutRun(classId: string, period: Period) {
  const t0 = performance.now();
  const data = await loadClassChartData(classId, period);
  const r = nobodyLeftOut({ period, pupils: data.pupils, recognitions: data.recognitions });
  return { ms: performance.now() - t0, rows: data.recognitions.length, total: r.total };
}

async function pupilRun(classId: string, pupilId: string, period: Period) {
  const t0 = performance.now();
  const data = await loadPupilChartData(classId, pupilId, period);
  const r = pupilStrengths({ period, pupilId, recognitions: data.recognitions });
  return { ms: performance.now() - t0, rows: data.recognitions.length, total: r.total };
}

let raw: IDBDatabase | null = null;
async function rawDb(): Promise<IDBDatabase> {
  if (raw) return raw;
  raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return raw;
}

/** The floor: one native getAll over the same index range, nothing else. */
async function rawGetAll(index: string, lower: unknown[], upper: unknown[]) {
  const idb = await rawDb();
  const t0 = performance.now();
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const req = idb
      .transaction('recognitions')
      .objectStore('recognitions')
      .index(index)
      .getAll(IDBKeyRange.bound(lower, upper, false, true));
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return { ms: performance.now() - t0, rows: rows.length };
}

async function rawClass(classId: string, period: Period) {
  const { from, to } = periodRange(period);
  return rawGetAll('[classId+status+createdAt]', [classId, 'approved', from], [classId, 'approved', to]);
}

async function rawPupil(pupilId: string, period: Period) {
  const { from, to } = periodRange(period);
  return rawGetAll('[pupilId+createdAt]', [pupilId, from], [pupilId, to]);
}

/** What the indexes save: reading every recognition (what a naive chart would do). */
async function fullScan() {
  const idb = await rawDb();
  const t0 = performance.now();
  const n = await new Promise<number>((resolve, reject) => {
    const req = idb.transaction('recognitions').objectStore('recognitions').getAll();
    req.onsuccess = () => resolve(req.result.length);
    req.onerror = () => reject(req.error);
  });
  return { ms: performance.now() - t0, rows: n };
}

async function attach() {
  const d = new DreamClassDB(DB_NAME);
  await d.open();
  useDatabase(d);
}

(window as unknown as { __chartsBench: unknown }).__chartsBench = {
  generate,
  attach,
  classOverviewRun,
  nobodyLeftOutRun,
  pupilRun,
  rawClass,
  rawPupil,
  fullScan,
};
