import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createClass } from '../../src/data/classes';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import { ClassScreen } from '../../src/screens/class/ClassScreen';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

describe('class screen', () => {
  it('adds pasted pupils and reports what was skipped', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    renderWithI18n(<ClassScreen classId={c.id} />);
    await screen.findByRole('heading', { name: /4B/ });
    fireEvent.input(screen.getByLabelText('Lim inn navn, ett per linje'), {
      target: { value: 'Ola\n\nKari\nola\n' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til' }));
    const status = await screen.findByText('La til 2 elever.');
    expect(status.closest('[role="status"]')).toHaveTextContent('1 tom linje hoppet over.');
    expect(status.closest('[role="status"]')).toHaveTextContent('Fantes fra før, hoppet over: ola.');
    const list = await screen.findByRole('list', { name: 'Elever' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).getByText('Kari')).toBeInTheDocument();
  });

  it('keeps the first column of spreadsheet rows and refuses names with no letter', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    renderWithI18n(<ClassScreen classId={c.id} />);
    await screen.findByRole('heading', { name: /4B/ });
    fireEvent.input(screen.getByLabelText('Lim inn navn, ett per linje'), {
      target: { value: 'Ola\tNordmann\n12345\nKari' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til' }));
    const status = (await screen.findByText('La til 2 elever.')).closest('[role="status"]');
    expect(status).toHaveTextContent(
      'Fra regnearket ble bare første kolonne tatt med (ingen etternavn): Ola.',
    );
    expect(status).toHaveTextContent('Ikke et navn (ingen bokstaver), hoppet over: 12345.');
    const ola = await screen.findByRole('group', { name: 'Valg for Ola' });
    fireEvent.click(within(ola).getByRole('button', { name: 'Endre navn' }));
    fireEvent.input(screen.getByLabelText('Nytt navn for Ola'), { target: { value: '🙂' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Navnet må ha minst én bokstav.')).toBeInTheDocument();
  });

  it('renames, archives and restores a pupil', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    renderWithI18n(<ClassScreen classId={c.id} />, 'en');
    fireEvent.input(await screen.findByLabelText('Paste names, one per line'), {
      target: { value: 'Ola\nKari' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    const ola = await screen.findByRole('group', { name: 'Actions for Ola' });
    fireEvent.click(within(ola).getByRole('button', { name: 'Rename' }));
    fireEvent.input(screen.getByLabelText('New name for Ola'), { target: { value: 'Kari' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('That name is already in the class.')).toBeInTheDocument();
    fireEvent.input(screen.getByLabelText('New name for Ola'), { target: { value: 'Ola N.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const renamed = await screen.findByRole('group', { name: 'Actions for Ola N.' });
    fireEvent.click(within(renamed).getByRole('button', { name: 'Archive' }));
    const archived = await screen.findByRole('list', { name: 'Archived pupils' });
    expect(within(archived).getByText('Ola N.')).toBeInTheDocument();
    fireEvent.click(within(archived).getByRole('button', { name: 'Restore' }));
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'Archived pupils' })).not.toBeInTheDocument(),
    );
    // Two live lists, each refreshed on its own: await the active one too.
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Pupils' })).getByText('Ola N.')).toBeInTheDocument(),
    );
  });

  it('asks before deleting a pupil and deletes only on confirm', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    renderWithI18n(<ClassScreen classId={c.id} />, 'en');
    fireEvent.input(await screen.findByLabelText('Paste names, one per line'), { target: { value: 'Ola' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    const ola = await screen.findByRole('group', { name: 'Actions for Ola' });
    fireEvent.click(within(ola).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Ola')).toBeInTheDocument();
    fireEvent.click(within(ola).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('No pupils yet. Paste the list of names above.')).toBeInTheDocument();
  });

  it('says so when the class does not exist', async () => {
    renderWithI18n(<ClassScreen classId="nope" />, 'en');
    expect(
      await screen.findByRole('heading', { name: 'This class was not found. It may have been deleted.' }),
    ).toBeInTheDocument();
  });

  it('a new school year: the class gets a new name and year group and keeps its pupils', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    renderWithI18n(<ClassScreen classId={c.id} />);
    await screen.findByRole('heading', { name: /4B/, level: 1 });
    expect(screen.getByText('4. trinn')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Endre navn og trinn' }));
    let form = screen.getByRole('form', { name: 'Endre navn og trinn' });
    // The keyboard lands in the form; Escape cancels and gives focus back to the button.
    expect(within(form).getByLabelText('Navn på klassen')).toHaveFocus();
    fireEvent.keyDown(within(form).getByLabelText('Navn på klassen'), { key: 'Escape' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Endre navn og trinn' })).toHaveFocus());
    fireEvent.click(screen.getByRole('button', { name: 'Endre navn og trinn' }));
    form = screen.getByRole('form', { name: 'Endre navn og trinn' });
    fireEvent.input(within(form).getByLabelText('Navn på klassen'), { target: { value: '5B' } });
    fireEvent.change(within(form).getByLabelText('Trinn'), { target: { value: '5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByRole('heading', { name: /5B/, level: 1 })).toBeInTheDocument();
    expect(await screen.findByText('5. trinn')).toBeInTheDocument();
  });
  it('?notice=<pupil> opens "I noticed a strength" for that pupil and leaves the address clean', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    await addPupilsFromText(c.id, 'Ola\nKari');
    const kari = (await listPupils(c.id)).find((p) => p.name === 'Kari');
    history.replaceState(null, '', `/class/${c.id}?notice=${kari!.id}`);
    renderWithI18n(<ClassScreen classId={c.id} />);
    const dialog = await screen.findByRole('dialog', { name: 'Jeg så en styrke' });
    expect(within(dialog).getByRole('checkbox', { name: 'Kari' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Ola' })).not.toBeChecked();
    expect(location.search).toBe('');
  });
});
