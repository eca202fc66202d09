import { describe, expect, it } from 'vitest';
import { exportRecognitionsCsv } from '../../src/data/backup-csv';
import { createClass } from '../../src/data/classes';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import { addTeacherRecognition } from '../../src/data/recognitions';
import { listStrengths } from '../../src/data/strengths';
import type { Lang } from '../../src/domain/types';
import { freshDatabase } from './helpers/db';

freshDatabase();

const labels = {
  headers: ['Dato', 'Klasse', 'Elev', 'Styrke', 'Tekst', 'Sett av', 'Status'] as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ],
  wholeClass: 'Hele klassen',
  status: { waiting: 'Venter', approved: 'Godkjent', declined: 'Ikke vist' },
};

async function seed(texts: string[]): Promise<void> {
  const c = await createClass({ name: '5A', yearGroup: 5 });
  await addPupilsFromText(c.id, 'Ola');
  const [ola] = await listPupils(c.id);
  const mot = (await listStrengths()).find((s) => s.name.nb === 'Mot')!;
  let t = Date.UTC(2026, 11, 2, 9);
  for (const text of texts) {
    const r = await addTeacherRecognition(
      { classId: c.id, pupils: [ola!.id], strengthId: mot.id, text, noticedBy: { kind: 'teacher' } },
      t++,
    );
    expect(r.ok).toBe(true);
  }
}

async function lines(lang: Lang): Promise<string[]> {
  const { text } = await exportRecognitionsCsv(
    { kind: 'all' },
    labels,
    { teacher: 'Lærer', classmate: 'x' },
    lang,
  );
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).trimEnd().split('\r\n');
}

describe('recognitions as CSV for Excel', () => {
  it('bokmål: semicolons, which a Norwegian Excel splits into columns', async () => {
    await seed(['Ventet på tur, og smilte.']);
    const [head, row] = await lines('nb');
    expect(head).toBe('Dato;Klasse;Elev;Styrke;Tekst;Sett av;Status');
    expect(row).toBe('2026-12-02;5A;Ola;Mot;"Ventet på tur, og smilte.";Lærer;Godkjent');
  });

  it('nynorsk: semicolons too', async () => {
    await seed(['Hjelpte Kari; to gonger.']);
    const [head, row] = await lines('nn');
    expect(head?.split(';')).toHaveLength(7);
    expect(row).toBe('2026-12-02;5A;Ola;Mot;"Hjelpte Kari; to gonger.";Lærer;Godkjent');
  });

  it('English: commas', async () => {
    await seed(['Waited, then helped.']);
    const [head, row] = await lines('en');
    expect(head).toBe('Dato,Klasse,Elev,Styrke,Tekst,Sett av,Status');
    expect(row).toBe('2026-12-02,5A,Ola,Courage,"Waited, then helped.",Lærer,Godkjent');
  });

  it('neutralises cells that start like a formula (= + - @) in both separators', async () => {
    await seed(['=1+1', '+47 99 88 77 66', '-2+3', '@SUM(A1)', 'a=b']);
    for (const lang of ['nb', 'en'] as const) {
      const texts = (await lines(lang)).slice(1).map((l) => l.split(lang === 'en' ? ',' : ';')[4]);
      expect(texts).toEqual(["'=1+1", "'+47 99 88 77 66", "'-2+3", "'@SUM(A1)", 'a=b']);
    }
  });
});
