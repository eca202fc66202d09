import { describe, expect, it } from 'vitest';
import { createClass, deleteClass, listClasses } from '../../src/data/classes';
import { addPupilsFromText, erasePupil, listPupils, renamePupil, setArchived } from '../../src/data/pupils';
import { listStrengths } from '../../src/data/strengths';
import { freshDatabase } from './helpers/db';

const db = freshDatabase();

describe('classes and pupils in IndexedDB', () => {
  it('a new database starts with the default strength catalogue', async () => {
    const strengths = await listStrengths();
    expect(strengths.length).toBe(20);
    expect(strengths.map((s) => s.name.nb)).toContain('Tålmodighet');
    expect(new Set(strengths.map((s) => s.id)).size).toBe(20);
  });

  it('adds pasted names, skipping blanks and duplicates, with random UUIDs', async () => {
    const c = await createClass({ name: ' 4B ', yearGroup: 4 });
    expect(c.name).toBe('4B');
    const first = await addPupilsFromText(c.id, 'Ola\nKari\n\nOla');
    expect(first.names).toEqual(['Ola', 'Kari']);
    expect(first.duplicates).toEqual(['Ola']);
    const again = await addPupilsFromText(c.id, 'kari\nSara');
    expect(again.names).toEqual(['Sara']);
    const pupils = await listPupils(c.id);
    expect(pupils.map((p) => p.name)).toEqual(['Kari', 'Ola', 'Sara']);
    for (const p of pupils) expect(p.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('renames, refusing empty names and names already in the class', async () => {
    const c = await createClass({ name: '5A', yearGroup: 5 });
    await addPupilsFromText(c.id, 'Ola\nKari');
    const [kari, ola] = await listPupils(c.id);
    expect(await renamePupil(ola!.id, '  ')).toBe('empty');
    expect(await renamePupil(ola!.id, 'KARI')).toBe('taken');
    expect(await renamePupil(ola!.id, 'Ola Nordmann')).toBe('ok');
    expect((await listPupils(c.id)).map((p) => p.name)).toEqual(['Kari', 'Ola Nordmann']);
    expect(kari!.name).toBe('Kari');
  });

  it('archives and restores without losing the pupil', async () => {
    const c = await createClass({ name: '5A', yearGroup: 5 });
    await addPupilsFromText(c.id, 'Ola\nKari');
    const [kari] = await listPupils(c.id);
    await setArchived(kari!.id, true);
    expect((await listPupils(c.id)).map((p) => p.name)).toEqual(['Ola']);
    expect((await listPupils(c.id, 1)).map((p) => p.name)).toEqual(['Kari']);
    await setArchived(kari!.id, false);
    expect((await listPupils(c.id)).map((p) => p.name)).toEqual(['Kari', 'Ola']);
  });

  it('erasing a pupil removes their recognitions and anonymises what they noticed', async () => {
    const c = await createClass({ name: '5A', yearGroup: 5 });
    await addPupilsFromText(c.id, 'Ola\nKari');
    const [kari, ola] = await listPupils(c.id);
    const [strength] = await listStrengths();
    const base = {
      classId: c.id,
      strengthId: strength!.id,
      source: 'pupil' as const,
      status: 'approved' as const,
    };
    await db.current.recognitions.bulkAdd([
      {
        ...base,
        id: 'r1',
        pupilId: ola!.id,
        text: 'about Ola',
        noticedBy: { kind: 'pupil', pupilId: kari!.id },
        createdAt: 1,
        updatedAt: 1,
      },
      {
        ...base,
        id: 'r2',
        pupilId: kari!.id,
        text: 'about Kari',
        noticedBy: { kind: 'pupil', pupilId: ola!.id },
        createdAt: 2,
        updatedAt: 2,
      },
    ]);
    await erasePupil(ola!.id);
    expect(await db.current.pupils.get(ola!.id)).toBeUndefined();
    expect(await db.current.recognitions.get('r1')).toBeUndefined();
    const r2 = await db.current.recognitions.get('r2');
    expect(r2?.noticedBy).toEqual({ kind: 'classmate' });
    expect(JSON.stringify(await db.current.recognitions.toArray())).not.toContain(ola!.id);
  });

  it('deleting a class removes everything that belongs to it and nothing else', async () => {
    const a = await createClass({ name: 'A', yearGroup: 1 });
    const b = await createClass({ name: 'B', yearGroup: 2 });
    await addPupilsFromText(a.id, 'Ola');
    await addPupilsFromText(b.id, 'Kari');
    await deleteClass(a.id);
    expect((await listClasses()).map((c) => c.name)).toEqual(['B']);
    expect(await db.current.pupils.count()).toBe(1);
  });
});
