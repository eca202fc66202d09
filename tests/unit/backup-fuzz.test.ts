// Fuzzing the importer: 1,200 generated broken files. Each must be refused with a clear message in
// all three languages, never crash, and leave the database exactly as it was (full dump compared).
import { describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../src/data/backup-export';
import { importBackupText } from '../../src/data/backup-import';
import { FORMAT_VERSION, payloadChecksum, TABLES } from '../../src/domain/backup/format';
import { seededRandom } from '../../src/domain/hash';
import { CATALOGUES } from './helpers/render';

const { nb, nn, en } = CATALOGUES;

import { describeProblem } from '../../src/screens/settings/describe-problem';
import { backupText, sampleData } from './helpers/backup';
import { freshDatabase } from './helpers/db';

freshDatabase();

type Json = Record<string, unknown>;

// Fields every record of the table must have: deleting one or giving it a wrong type is an error.
const REQUIRED: Record<string, string[]> = {
  strengths: ['id', 'name', 'definition', 'symbol', 'color', 'order', 'hidden', 'updatedAt'],
  classes: ['id', 'name', 'yearGroup', 'isDemo', 'pupilTextOptional', 'createdAt'],
  pupils: ['id', 'classId', 'name', 'archived', 'updatedAt'],
  recognitions: ['id', 'classId', 'strengthId', 'text', 'noticedBy', 'source', 'status', 'createdAt'],
  focusStrengths: ['id', 'classId', 'strengthIds', 'period', 'start', 'end'],
  dreamItems: ['id', 'classId', 'kind', 'text', 'order'],
  checkIns: ['id', 'classId', 'subgoalId', 'date', 'counts', 'answers'],
  routines: ['id', 'classId', 'name', 'steps', 'schedule', 'active'],
  routineRuns: ['id', 'classId', 'routineId', 'date', 'status', 'note'],
  friendRounds: ['id', 'classId', 'start', 'end', 'draws', 'absent', 'status'],
  settings: ['key', 'updatedAt'],
};
const TEXT_FIELDS: [string, string][] = [
  ['recognitions', 'text'],
  ['pupils', 'name'],
  ['classes', 'name'],
  ['dreamItems', 'text'],
  ['routineRuns', 'note'],
];
const WRONG_VALUES: unknown[] = [[[]], null, { x: 1 }, [[1]], '', 'x'.repeat(3), true];

async function makeBroken(base: string, r: () => number, i: number): Promise<[string, string]> {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const kind = i % 12;
  const o = (): Json => JSON.parse(base);
  const withChecksum = async (x: Json) => {
    (x.checksum as Json).value = await payloadChecksum(x.data);
    return JSON.stringify(x);
  };
  const records = (x: Json, t: string) => (x.data as Record<string, Json[]>)[t]!;
  const tableWithRows = (x: Json) => pick(TABLES.filter((t) => records(x, t).length > 0));
  switch (kind) {
    case 0: // truncated anywhere
      return ['truncated', base.slice(0, Math.floor(r() * (base.length - 1)))];
    case 1: {
      // a required field deleted (checksum fixed, so validation must catch it)
      const x = o();
      const t = tableWithRows(x);
      const rec = pick(records(x, t));
      delete rec[pick(REQUIRED[t]!)];
      return ['missing field', await withChecksum(x)];
    }
    case 2: {
      // a required field with a wrong type
      const x = o();
      const t = tableWithRows(x);
      const rec = pick(records(x, t));
      const f = pick(REQUIRED[t]!.filter((k) => t !== 'settings' || k !== 'value'));
      rec[f] = pick(WRONG_VALUES.filter((w) => typeof w !== typeof rec[f] || typeof w === 'object'));
      if (
        JSON.stringify(rec[f]) ===
        JSON.stringify(JSON.parse(base).data[t].find((y: Json) => y.id === rec.id)?.[f])
      )
        rec[f] = [[]];
      return ['wrong type', await withChecksum(x)];
    }
    case 3: {
      // a huge string (up to 2 MB)
      const x = o();
      const [t, f] = pick(TEXT_FIELDS);
      pick(records(x, t))[f] = 'å'.repeat(3000 + Math.floor(r() * 2_000_000));
      return ['huge string', await withChecksum(x)];
    }
    case 4: {
      // a duplicate id
      const x = o();
      const t = pick(['pupils', 'recognitions', 'strengths'] as const);
      const rows = records(x, t);
      const copy = { ...pick(rows) };
      rows.splice(Math.floor(r() * rows.length), 0, copy);
      (x.counts as Json)[t] = rows.length;
      return ['duplicate id', await withChecksum(x)];
    }
    case 5: {
      // the payload changed but the checksum not
      const x = o();
      const rec = pick(records(x, 'recognitions'));
      rec.text = `${rec.text as string} (endret)`;
      return ['wrong checksum', JSON.stringify(x)];
    }
    case 6: {
      // a damaged envelope field
      const x = o();
      const f = pick(['createdAt', 'appVersion', 'scope', 'counts', 'checksum', 'data']);
      x[f] = pick([null, 42, [], { kind: 'everything' }]);
      return ['damaged envelope', JSON.stringify(x)];
    }
    case 7: // other JSON
      return [
        'other JSON',
        JSON.stringify(
          pick([
            {},
            [],
            42,
            'tekst',
            null,
            true,
            { format: 'excalidraw', elements: [] },
            { format: 'drommeklassen' },
            [sampleData()],
          ]),
        ),
      ];
    case 8: {
      // not JSON at all
      const words = ['Hei', 'klasse', ',', '{', '}', '<html>', 'NaN', 'undefined', "'", '\u0000', '🌳'];
      return ['not JSON', Array.from({ length: 1 + Math.floor(r() * 40) }, () => pick(words)).join(' ')];
    }
    case 9: {
      // binary bytes read as text
      const bytes = Uint8Array.from({ length: 1 + Math.floor(r() * 4000) }, () => Math.floor(r() * 256));
      if (r() < 0.3) bytes.set([0x50, 0x4b, 0x03, 0x04]); // a zip header
      return ['binary', new TextDecoder('utf-8').decode(bytes)];
    }
    case 10: {
      // a count that lies, or a record pointing to a class that is not in the file
      const x = o();
      if (r() < 0.5) {
        const t = pick(TABLES);
        (x.counts as Json)[t] = records(x, t).length + 1 + Math.floor(r() * 5);
      } else {
        const t = pick(['pupils', 'recognitions', 'dreamItems', 'routines'] as const);
        pick(records(x, t)).classId = `ukjent-${i}`;
      }
      return ['count or reference', await withChecksum(x)];
    }
    default: {
      // a newer format, a missing table, or byte flips inside the text
      const x = o();
      const c = Math.floor(r() * 3);
      if (c === 0) {
        x.formatVersion = FORMAT_VERSION + 1 + Math.floor(r() * 5);
        return ['newer format', JSON.stringify(x)];
      }
      if (c === 1) {
        delete (x.data as Json)[pick(TABLES)];
        return ['missing table', await withChecksum(x)];
      }
      const chars = [...base];
      for (let k = 0; k < 1 + Math.floor(r() * 5); k++)
        chars[Math.floor(r() * chars.length)] = pick(['"', '}', '\\', ']']);
      return ['byte flips', chars.join('')];
    }
  }
}

describe('importer fuzzing', () => {
  it('refuses 1,200 broken files clearly and leaves the database exactly as it was', async () => {
    const base = await backupText(sampleData({ recognitions: 12 }));
    // The database holds a different, valid class: nothing of it may change.
    const ok = await importBackupText(await backupText(sampleData({ recognitions: 3, seed: 99 })), 'merge');
    expect(ok.ok).toBe(true);
    const before = JSON.stringify(await dumpDatabase());
    const r = seededRandom(20261123);
    const seen = new Map<string, number>();
    for (let i = 0; i < 1200; i++) {
      const [label, text] = await makeBroken(base, r, i);
      let result: Awaited<ReturnType<typeof importBackupText>>;
      try {
        result = await importBackupText(text, r() < 0.5 ? 'merge' : 'replace');
      } catch (err) {
        throw new Error(`file ${i} (${label}) crashed the importer: ${String(err)}`);
      }
      expect(result.ok, `file ${i} (${label}) was accepted`).toBe(false);
      if (result.ok) continue;
      for (const m of [nb, nn, en]) {
        const msg = describeProblem(result.problem, m);
        expect(msg.length, `file ${i} (${label})`).toBeGreaterThan(10);
        expect(msg).not.toMatch(/undefined|NaN|\[object/);
      }
      seen.set(result.problem.kind, (seen.get(result.problem.kind) ?? 0) + 1);
      expect(JSON.stringify(await dumpDatabase()), `file ${i} (${label})`).toBe(before);
    }
    // Every kind of refusal was reached.
    expect([...seen.keys()].sort()).toEqual(
      expect.arrayContaining([
        'checksum',
        'countMismatch',
        'duplicate',
        'envelope',
        'newerFormat',
        'notBackup',
        'notJson',
        'record',
        'reference',
      ]),
    );
    // 1,200 imports take a few seconds idle and minutes on a loaded machine: this limit only catches a hang.
  }, 600_000);
});
