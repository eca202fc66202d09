// Tombstones: every deletion of a record leaves one (table, id, deletedAt; no content) in the
// `tombstones` table, so a merge never brings back what was deleted after the other copy was made
// (docs/backup-format.md). It is done below every write, as a Dexie middleware: any read-write
// transaction on a table that keeps tombstones also gets the tombstones table, and each delete in it
// writes the tombstones in the same transaction. A new delete anywhere cannot forget them.
//
// A transaction that names the tombstones table itself manages them: the backup import (a replace
// restores a file exactly; pointing built-in strengths at the file's ids is not a deletion).
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Tombstone } from '../domain/backup/format';
import { isDeviceSetting, TOMBSTONED } from './registry';

export const TOMBSTONES = 'tombstones';

const automatic = new WeakSet<DBCoreTransaction>();

async function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> {
  if (req.type === 'delete') {
    // Only what is there: deleting an id that never existed leaves nothing behind.
    const rows = await table.getMany({ trans: req.trans, keys: req.keys });
    return req.keys.filter((_, i) => rows[i] !== undefined);
  }
  if (req.type !== 'deleteRange') return [];
  const found = await table.query({
    trans: req.trans,
    values: false,
    query: { index: table.schema.primaryKey, range: req.range },
  });
  return found.result;
}

function tombstonesFor(table: string, keys: readonly unknown[], now: number): Tombstone[] {
  const out: Tombstone[] = [];
  for (const k of keys) {
    if (typeof k !== 'string') continue;
    // This device's own settings never travel, so their deletion is nobody else's business.
    if (table === 'settings' && isDeviceSetting(k)) continue;
    out.push({ table: table as Tombstone['table'], id: k, deletedAt: now });
  }
  return out;
}

export const tombstoneMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'tombstones',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const manages = stores.includes(TOMBSTONES);
        const auto = mode === 'readwrite' && !manages && stores.some((s) => TOMBSTONED.has(s));
        const trans = down.transaction(auto ? [...stores, TOMBSTONES] : stores, mode, options);
        if (auto) automatic.add(trans);
        return trans;
      },
      table(name) {
        const table = down.table(name);
        if (!TOMBSTONED.has(name)) return table;
        return {
          ...table,
          async mutate(req) {
            if ((req.type !== 'delete' && req.type !== 'deleteRange') || !automatic.has(req.trans))
              return table.mutate(req);
            const stones = tombstonesFor(name, await keysOf(table, req), Date.now());
            const res = await table.mutate(req);
            if (stones.length)
              await down.table(TOMBSTONES).mutate({ type: 'put', trans: req.trans, values: stones });
            return res;
          },
        };
      },
    };
  },
};
