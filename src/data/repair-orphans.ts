// On open: records that point at something deleted (left by writes that raced with a deletion in
// another tab, before writes checked) are repaired or set aside under the setting
// "integrity.setAside", never dropped, so the next backup imports again. Reported once: after the
// repair nothing is left to find.
import type Dexie from 'dexie';
import { TABLES, type TableName } from '../domain/backup/format';
import { type OrphanPlan, planIsEmpty, planOrphans } from '../domain/backup/orphans';

export const SET_ASIDE_KEY = 'integrity.setAside';

const DATA_TABLES = TABLES.filter((t) => t !== 'settings');

async function readPlan(d: Dexie): Promise<OrphanPlan> {
  const data = {} as Record<TableName, unknown[]>;
  for (const t of DATA_TABLES) data[t] = await d.table(t).toArray();
  return planOrphans(data as unknown as Parameters<typeof planOrphans>[0]);
}

/** Returns how many records were set aside or repaired (0: the database was consistent). */
export async function repairOrphans(d: Dexie, now = Date.now()): Promise<number> {
  // A read first: the usual case finds nothing and never blocks a write.
  const first = await d.transaction('r', DATA_TABLES, () => readPlan(d));
  if (planIsEmpty(first)) return 0;
  return d.transaction('rw', TABLES, async () => {
    const plan = await readPlan(d);
    let n = 0;
    for (const [t, rows] of Object.entries(plan.put)) {
      await d.table(t).bulkPut(rows.map((r) => ({ ...(r as object), updatedAt: now })));
      n += rows.length;
    }
    if (plan.setAside.length) {
      const row = await d.table('settings').get(SET_ASIDE_KEY);
      const kept = Array.isArray(row?.value) ? row.value : [];
      const added = plan.setAside.map((x) => ({ ...x, at: now }));
      await d.table('settings').put({ key: SET_ASIDE_KEY, value: [...kept, ...added], updatedAt: now });
      for (const x of plan.setAside) await d.table(x.table).delete((x.record as { id: string }).id);
      n += plan.setAside.length;
    }
    return n;
  });
}
