// @vitest-environment node
// The envelope, validation and merge rules of the backup format (pure, no database).
import { describe, expect, it } from 'vitest';
import { recognitionsCsv } from '../../src/domain/backup/csv';
import { backupFileName, FORMAT_NAME, payloadChecksum, sha256Hex } from '../../src/domain/backup/format';
import { decide, planMerge } from '../../src/domain/backup/merge';
import { parseBackup } from '../../src/domain/backup/validate';
import { backupText, sampleData } from './helpers/backup';

const reader = { schemaVersion: 1 };

async function rewrite(
  text: string,
  change: (o: { data: Record<string, Record<string, unknown>[]> } & Record<string, unknown>) => void,
  fixChecksum = true,
) {
  const o = JSON.parse(text);
  change(o);
  if (fixChecksum) o.checksum.value = await payloadChecksum(o.data);
  return JSON.stringify(o);
}

describe('envelope', () => {
  it('has name, versions, creation time, counts and a SHA-256 of the payload', async () => {
    const data = sampleData();
    const env = JSON.parse(await backupText(data));
    expect(env).toMatchObject({
      format: FORMAT_NAME,
      formatVersion: 2,
      appVersion: '0.1.0',
      schemaVersion: 1,
      createdAt: '2026-11-23T10:00:00.000Z',
      scope: { kind: 'all' },
      counts: { classes: 1, pupils: 5, recognitions: 10, strengths: 2, settings: 1 },
      checksum: { algorithm: 'SHA-256' },
    });
    expect(env.checksum.value).toBe(await sha256Hex(JSON.stringify(data)));
    // The metadata comes before the records, so a person opening the file sees it first.
    expect(Object.keys(env).at(-1)).toBe('data');
  });

  it('sha256Hex matches a known vector', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('names files by class and date', () => {
    expect(
      backupFileName(
        { kind: 'class', classId: 'x', className: '4B Ærlig' },
        new Date('2026-11-23T10:00:00Z'),
      ),
    ).toBe('drommeklassen-4b-aerlig-2026-11-23.json');
    expect(backupFileName({ kind: 'all' }, new Date('2026-11-23T10:00:00Z'))).toBe(
      'drommeklassen-2026-11-23.json',
    );
  });
});

describe('validation', () => {
  it('accepts a good file and returns its records', async () => {
    const data = sampleData();
    const r = await parseBackup(await backupText(data), reader);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.backup.data).toEqual(data);
  });

  it('accepts a pretty-printed copy of the same file (the checksum is over the data, not the layout)', async () => {
    const text = await backupText(sampleData());
    expect((await parseBackup(JSON.stringify(JSON.parse(text), null, 2), reader)).ok).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['hello', 'notJson'],
    ['{"a":1}', 'notBackup'],
    ['[1,2,3]', 'notBackup'],
  ])('refuses %j as %s', async (text, kind) => {
    expect(await parseBackup(text, reader)).toEqual({ ok: false, problem: { kind } });
  });

  it('refuses a file from a newer format or schema and names the app version that made it', async () => {
    const text = await backupText(sampleData());
    const newer = await rewrite(text, (o) => {
      o.formatVersion = 3;
      o.appVersion = '3.0.0';
    });
    expect(await parseBackup(newer, reader)).toEqual({
      ok: false,
      problem: { kind: 'newerFormat', appVersion: '3.0.0' },
    });
    const newerSchema = await rewrite(text, (o) => {
      o.schemaVersion = 7;
      o.appVersion = '2.1.0';
    });
    expect(await parseBackup(newerSchema, reader)).toEqual({
      ok: false,
      problem: { kind: 'newerSchema', appVersion: '2.1.0' },
    });
  });

  it('refuses a changed payload by its checksum', async () => {
    const text = await backupText(sampleData());
    const changed = await rewrite(
      text,
      (o) => {
        o.data.pupils![0]!.name = 'Per';
      },
      false,
    );
    expect(await parseBackup(changed, reader)).toEqual({ ok: false, problem: { kind: 'checksum' } });
  });

  it('says which record, which field and what is wrong', async () => {
    const text = await backupText(sampleData());
    const long = await rewrite(text, (o) => {
      o.data.recognitions![3]!.text = 'x'.repeat(281);
    });
    expect(await parseBackup(long, reader)).toEqual({
      ok: false,
      problem: {
        kind: 'record',
        table: 'recognitions',
        index: 3,
        id: 'r-000003',
        field: 'text',
        problem: 'tooLong',
      },
    });
    const missing = await rewrite(text, (o) => {
      delete o.data.pupils![2]!.name;
    });
    expect(await parseBackup(missing, reader)).toMatchObject({
      ok: false,
      problem: { kind: 'record', table: 'pupils', index: 2, field: 'name', problem: 'missing' },
    });
    const wrong = await rewrite(text, (o) => {
      o.data.classes![0]!.yearGroup = 'fire';
    });
    expect(await parseBackup(wrong, reader)).toMatchObject({
      ok: false,
      problem: { kind: 'record', table: 'classes', index: 0, field: 'yearGroup', problem: 'wrongType' },
    });
  });

  it('refuses duplicate ids, wrong counts and records that point nowhere', async () => {
    const text = await backupText(sampleData());
    const dup = await rewrite(text, (o) => {
      o.data.pupils![1]!.id = 'p-0';
    });
    expect(await parseBackup(dup, reader)).toMatchObject({
      ok: false,
      problem: { kind: 'duplicate', table: 'pupils', index: 1 },
    });
    const count = await rewrite(text, (o) => {
      o.data.recognitions!.pop();
    });
    expect(await parseBackup(count, reader)).toMatchObject({
      ok: false,
      problem: { kind: 'countMismatch', table: 'recognitions', expected: 10, found: 9 },
    });
    const orphan = await rewrite(text, (o) => {
      o.data.recognitions![0]!.pupilId = 'p-gone';
    });
    expect(await parseBackup(orphan, reader)).toMatchObject({
      ok: false,
      problem: { kind: 'reference', table: 'recognitions', index: 0, field: 'pupilId' },
    });
  });

  it('drops unknown fields instead of storing them', async () => {
    const text = await backupText(sampleData());
    const extra = await rewrite(text, (o) => {
      o.data.pupils![0]!.photo = 'data:image/png;base64,AAAA';
    });
    const r = await parseBackup(extra, reader);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.backup.data.pupils[0]).not.toHaveProperty('photo');
  });
});

describe('merge rules', () => {
  it('newest updatedAt wins; a tie keeps what is here', () => {
    expect(decide(undefined, 5)).toBe('add');
    expect(decide(4, 5)).toBe('update');
    expect(decide(5, 5)).toBe('keep');
    expect(decide(6, 5)).toBe('keep');
  });

  it('plans only the writes that change something', () => {
    const incoming = [
      { id: 'a', updatedAt: 1 },
      { id: 'b', updatedAt: 5 },
      { id: 'c', updatedAt: 5 },
    ];
    const plan = planMerge(incoming, [undefined, { updatedAt: 4 }, { updatedAt: 9 }]);
    expect(plan.write.map((r) => r.id)).toEqual(['a', 'b']);
    expect(plan.count).toEqual({ added: 1, updated: 1, kept: 1 });
  });
});

describe('CSV', () => {
  it('writes one row per recognition with names, and neutralises formulas', () => {
    const data = sampleData({ recognitions: 2 });
    data.recognitions[1]!.text = '=HYPERLINK("x")';
    const csv = recognitionsCsv(
      data.recognitions,
      {
        headers: ['Dato', 'Klasse', 'Elev', 'Styrke', 'Tekst', 'Sett av', 'Status'],
        wholeClass: 'Hele klassen',
        status: { waiting: 'Venter', approved: 'Godkjent', declined: 'Ikke vist' },
      },
      {
        className: () => '4B',
        pupilName: (id) => (id === 'p-0' ? 'Ola' : 'Kari'),
        strengthName: () => 'Mot',
        noticedBy: () => 'Lærer',
      },
    );
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('2023-11-14,4B,Ola,Mot,"Ventet på tur ved puslespillet, gang 0.",Lærer,Godkjent');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
