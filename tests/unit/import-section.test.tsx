// The import screen: a broken file gets a clear message and changes nothing; a good one is
// summarised, then merged.
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../src/data/backup-export';
import { ImportSection } from '../../src/screens/settings/ImportSection';
import { backupText, sampleData } from './helpers/backup';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

function choose(text: string) {
  const file = new File([text], 'kopi.json', { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('Velg en sikkerhetskopi (.json)'), { target: { files: [file] } });
}

describe('import section', () => {
  it('a file with a too long text: which record, which field, what is wrong; nothing changed', async () => {
    const before = await dumpDatabase();
    const data = sampleData();
    data.recognitions[4]!.text = 'x'.repeat(400);
    renderWithI18n(<ImportSection />);
    choose(await backupText(data));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Fila ble ikke hentet inn. Ingenting er endret.');
    expect(alert).toHaveTextContent('Registrert styrke nr. 5: teksten (det som ble sett) er for lang.');
    expect(await dumpDatabase()).toEqual(before);
  });

  it('in English too', async () => {
    renderWithI18n(<ImportSection />, 'en');
    const file = new File(['PK\u0003\u0004 not a backup'], 'x.zip');
    fireEvent.change(screen.getByLabelText('Choose a backup file (.json)'), { target: { files: [file] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('This is not a Drømmeklassen backup');
  });

  it('a good file is summarised, then merged', async () => {
    renderWithI18n(<ImportSection />);
    choose(await backupText(sampleData()));
    expect(await screen.findByText(/1 klasse, 5 elever og 10 registrerte styrker/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Hent inn' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/Ferdig\. \d+ nye, 0 oppdatert/);
  });
});
