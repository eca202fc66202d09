// Backups that pass the shape checks must still not break a screen (issue 16, item 9): times no
// Date can hold, invalid ISO stamps, duplicate built-in keys, cross-class references, thousands
// of pupils. Each is refused with a plain message, or repaired and said so; screens survive odd
// stored data.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { importBackupText, readBackupFile } from '../../src/data/backup-import';
import { lastBackupAt } from '../../src/data/backup-reminder';
import { countPupils, createClass } from '../../src/data/classes';
import { db } from '../../src/data/db';
import { addPupilsFromText } from '../../src/data/pupils';
import { formatDateWith } from '../../src/domain/locale-format';
import { AddPupils } from '../../src/screens/class/AddPupils';
import { BackupSection } from '../../src/screens/settings/BackupSection';
import { describeProblem } from '../../src/screens/settings/describe-problem';
import { ImportSection } from '../../src/screens/settings/ImportSection';
import { backupText, sampleData } from './helpers/backup';
import { freshDatabase } from './helpers/db';
import { CATALOGUES, renderWithI18n } from './helpers/render';

freshDatabase();

async function refusal(text: string, lang: 'nb' | 'en' = 'nb'): Promise<string> {
  const r = await readBackupFile(text);
  expect(r.ok).toBe(false);
  return r.ok ? '' : describeProblem(r.problem, CATALOGUES[lang]);
}

describe('times a JS Date cannot hold are refused', () => {
  it.each([9e15, 1e308, Number.MAX_SAFE_INTEGER])('recognition createdAt %d', async (t) => {
    const data = sampleData();
    data.recognitions[2]!.createdAt = t;
    expect(await refusal(await backupText(data))).toBe(
      'Registrert styrke nr. 3: tidspunktet den ble laget har en verdi som ikke er gyldig.',
    );
  });

  it('updatedAt 1e308 (it would win every later merge)', async () => {
    const data = sampleData();
    data.pupils[0]!.updatedAt = 1e308;
    expect(await refusal(await backupText(data))).toBe(
      'Elev nr. 1: tidspunktet den sist ble endret har en verdi som ikke er gyldig.',
    );
  });
});

describe('times after the file was made are repaired, and the teacher is told', () => {
  it('a pupil edited "in 2090" gets the file time, so a later real edit still wins', async () => {
    const data = sampleData();
    data.pupils[0]!.updatedAt = Date.UTC(2090, 0, 1);
    data.pupils[0]!.name = 'Fremtid';
    const text = await backupText(data);
    const parsed = await readBackupFile(text);
    expect(parsed.ok && parsed.repairs.futureTimes).toBe(1);
    expect(parsed.ok && parsed.backup.data.pupils[0]!.updatedAt).toBe(Date.parse('2026-11-23T10:00:00Z'));
    await importBackupText(text, 'merge');
    const later = sampleData();
    later.pupils[0]!.updatedAt = Date.parse('2026-11-24T10:00:00Z');
    later.pupils[0]!.name = 'Ola';
    const { buildBackupText } = await import('../../src/domain/backup/format');
    const next = await buildBackupText({
      data: later,
      scope: { kind: 'all' },
      appVersion: '0.1.0',
      schemaVersion: 1,
      now: new Date('2026-11-25T10:00:00Z'),
    });
    await importBackupText(next.text, 'merge');
    expect((await db().pupils.get('p-0'))?.name).toBe('Ola');
  });

  it('the import screen says which times it set back', async () => {
    const data = sampleData();
    data.recognitions[0]!.updatedAt = Date.UTC(2090, 0, 1);
    renderWithI18n(<ImportSection />, 'en');
    const file = new File([await backupText(data)], 'kopi.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Choose a backup file (.json)'), { target: { files: [file] } });
    expect(
      await screen.findByText(
        '1 time in the file lay after the file was made. They are set to the time the file was made.',
      ),
    ).toBeInTheDocument();
  });
});

describe('an ISO stamp the regex accepts but Date does not', () => {
  it('is refused, and the import screen does not stay "reading"', async () => {
    const text = await backupText(sampleData(), { kind: 'all' }, { createdAt: '2026-01-01T00:00:00+23' });
    expect(await refusal(text)).toBe(
      'Toppen av fila er skadet: «createdAt» har en verdi som ikke er gyldig.',
    );
    renderWithI18n(<ImportSection />);
    const input = screen.getByLabelText('Velg en sikkerhetskopi (.json)');
    fireEvent.change(input, { target: { files: [new File([text], 'kopi.json')] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Fila ble ikke hentet inn. Ingenting er endret.',
    );
    expect(screen.getByLabelText('Velg en sikkerhetskopi (.json)')).toBeEnabled();
  });
});

describe('references', () => {
  it("two strengths with the same built-in key: the second is kept as the teacher's own, and said so", async () => {
    const data = sampleData();
    data.strengths[1]!.key = 'care';
    const text = await backupText(data);
    const parsed = await readBackupFile(text);
    expect(parsed.ok && parsed.repairs.duplicateKeys).toBe(1);
    expect(parsed.ok && parsed.backup.data.strengths.map((s) => s.key)).toEqual(['care', undefined]);
    const r = await importBackupText(text, 'merge');
    expect(r.ok).toBe(true);
    const care = await db().strengths.where('key').equals('care').toArray();
    expect(care.map((s) => s.id)).toEqual(['s-care']);
    expect((await db().strengths.get('s-mot'))?.key).toBeUndefined();
    renderWithI18n(<ImportSection />);
    fireEvent.change(screen.getByLabelText('Velg en sikkerhetskopi (.json)'), {
      target: { files: [new File([text], 'kopi.json')] },
    });
    expect(
      await screen.findByText(
        '1 styrke hadde samme innebygde nøkkel som en annen i fila. De beholdes som egne styrker.',
      ),
    ).toBeInTheDocument();
  });

  it('a recognition in 4B about a pupil of 5A is refused', async () => {
    const data = sampleData();
    data.classes.push({ ...data.classes[0]!, id: 'c-5a', name: '5A' });
    data.pupils.push({ ...data.pupils[0]!, id: 'p-5a', classId: 'c-5a', name: 'Femte' });
    data.recognitions[1]!.pupilId = 'p-5a';
    expect(await refusal(await backupText(data), 'en')).toBe(
      'Recorded strength no. 2 points to something in another class (the pupil). The file was probably put together wrongly.',
    );
  });
});

describe('a class of 3,000 pupils', () => {
  it('is refused in the import', async () => {
    const data = sampleData();
    for (let i = 0; i < 3000; i++) data.pupils.push({ ...data.pupils[0]!, id: `px-${i}`, name: `Elev ${i}` });
    expect(await refusal(await backupText(data))).toBe(
      'Klassen 4B har 3005 elever i fila. Drømmeklassen tar høyst 200 elever i en klasse.',
    );
  });

  it('and in the add-pupils form, where nothing is added and the list stays', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    await addPupilsFromText(c.id, 'Ola\nKari');
    renderWithI18n(<AddPupils classId={c.id} />);
    const names = Array.from({ length: 3000 }, (_, i) => `Elev ${i}`).join('\n');
    fireEvent.input(screen.getByLabelText('Lim inn navn, ett per linje'), { target: { value: names } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til' }));
    expect(
      await screen.findByText(
        'Ingen ble lagt til: klassen ville fått 3002 elever, og en klasse kan ha høyst 60.',
      ),
    ).toBeInTheDocument();
    expect(await countPupils(c.id)).toBe(2);
    expect(screen.getByLabelText('Lim inn navn, ett per linje')).toHaveValue(names);
  });
});

describe('screens survive odd stored data', () => {
  it('a date formatter never throws RangeError', () => {
    for (const lang of ['nb-NO', 'nn-NO', 'en-GB'])
      for (const t of [9e15, 1e308, Number.NaN, new Date(Number.NaN)])
        expect(formatDateWith(lang, t, { dateStyle: 'long' })).toBe('–');
  });

  it('backup.lastExportAt 1e300: the settings card shows "no backup yet" instead of breaking', async () => {
    await db().settings.put({ key: 'backup.lastExportAt', value: 1e300, updatedAt: 1 });
    expect(await lastBackupAt()).toBeNull();
    renderWithI18n(<BackupSection />);
    await waitFor(() =>
      expect(
        screen.getByText('Du har ikke lastet ned noen sikkerhetskopi fra denne maskinen ennå.'),
      ).toBeInTheDocument(),
    );
  });
});
