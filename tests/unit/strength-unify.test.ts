// Two devices that meet through sync each start with the built-in strengths under their own random
// ids, and each unifies on the other's catalogue at about the same time. The older of each pair
// (created first, then the smaller id) must win on both devices; "take the other's id" made each delete its own built-ins, and then the
// other's when its deletions arrived: both catalogues gone (seen in the sync-loop e2e).
import { afterEach, describe, expect, it } from 'vitest';
import { unifyBuiltInStrengths } from '../../src/data/backup-import';
import { DreamClassDB } from '../../src/data/db';
import type { Strength } from '../../src/domain/types';

const open: DreamClassDB[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) {
    d.close();
    await d.delete();
  }
});

async function device(ids: Record<string, string>, createdAt = 1): Promise<DreamClassDB> {
  const d = new DreamClassDB(`unify-${crypto.randomUUID()}`);
  open.push(d);
  await d.open();
  await d.strengths.clear();
  await d.strengths.bulkPut(
    Object.entries(ids).map(([key, id], order) => ({
      id,
      key,
      name: { nb: key, nn: key, en: key },
      definition: { nb: '', nn: '', en: '' },
      symbol: '*',
      color: '#335577',
      order,
      hidden: false,
      createdAt,
      updatedAt: createdAt,
    })),
  );
  return d;
}

/** What a pull does with the other device's catalogue: unify, then write the strengths that did not lose. */
async function pull(d: DreamClassDB, incoming: Strength[]): Promise<void> {
  const losers = await unifyBuiltInStrengths(d, incoming, 'oldest');
  const keys = new Set((await d.strengths.toArray()).map((s) => s.key));
  await d.strengths.bulkPut(incoming.filter((s) => !losers.has(s.id) && !keys.has(s.key)));
}

/** What the other device's deletions do when they arrive. */
async function deletions(d: DreamClassDB, ids: string[]): Promise<void> {
  await d.strengths.bulkDelete(ids);
}

describe('built-in strengths of two devices that meet', () => {
  it('end as one catalogue on both, the smaller id of each pair made at once, after both unify at once', async () => {
    const a = await device({ care: '1-a', courage: '9-a' });
    const b = await device({ care: '5-b', courage: '3-b' });
    const fromA = await a.strengths.toArray();
    const fromB = await b.strengths.toArray();
    const idsA = fromA.map((s) => s.id);
    const idsB = fromB.map((s) => s.id);
    await pull(a, fromB);
    await pull(b, fromA);
    // Each device's own losers are gone from it; those deletions now reach the other device.
    await deletions(a, [...(await gone(b, idsB))]);
    await deletions(b, [...(await gone(a, idsA))]);
    const byKey = async (d: DreamClassDB) =>
      Object.fromEntries((await d.strengths.toArray()).map((s) => [s.key, s.id]));
    expect(await byKey(a)).toEqual({ care: '1-a', courage: '3-b' });
    expect(await byKey(b)).toEqual({ care: '1-a', courage: '3-b' });
  });

  it('a device that joins takes the class’s older catalogue, whatever the ids', async () => {
    const a = await device({ care: '9-a' }, 100);
    const b = await device({ care: '1-b' }, 5000);
    const fromA = await a.strengths.toArray();
    await pull(a, await b.strengths.toArray());
    await pull(b, fromA);
    await deletions(a, await gone(b, ['1-b']));
    expect((await a.strengths.toArray()).map((s) => s.id)).toEqual(['9-a']);
    expect((await b.strengths.toArray()).map((s) => s.id)).toEqual(['9-a']);
  });

  it('keeps the content edited last under the winning id', async () => {
    const a = await device({ care: '1-a' });
    const b = await device({ care: '5-b' });
    await b.strengths.update('5-b', { symbol: '💛', updatedAt: 50 });
    await pull(a, await b.strengths.toArray());
    expect(await a.strengths.get('1-a')).toMatchObject({ symbol: '💛', updatedAt: 50, createdAt: 1 });
    expect(await a.strengths.get('5-b')).toBeUndefined();
  });

  it('a backup file still brings its own ids (keep: incoming)', async () => {
    const a = await device({ care: '1-a' });
    const losers = await unifyBuiltInStrengths(a, [{ ...(await a.strengths.get('1-a'))!, id: '5-file' }]);
    expect(losers.size).toBe(0);
    expect(await a.strengths.get('1-a')).toBeUndefined();
  });
});

async function gone(d: DreamClassDB, ids: string[]): Promise<string[]> {
  const rows = await d.strengths.bulkGet(ids);
  return ids.filter((_, i) => !rows[i]);
}
