import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { createClass } from '../../src/data/classes';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import { addTeacherRecognition } from '../../src/data/recognitions';
import { listStrengths } from '../../src/data/strengths';
import { ClassScreen } from '../../src/screens/class/ClassScreen';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

/** A class with `n` approved recognitions, "Handling 1" (oldest) to "Handling n" (newest). */
async function classWith(n: number) {
  const c = await createClass({ name: '4B', yearGroup: 4 });
  await addPupilsFromText(c.id, 'Ola\nKari');
  const [ola] = await listPupils(c.id, 0);
  const [courage] = await listStrengths();
  const now = vi.spyOn(Date, 'now');
  for (let i = 1; i <= n; i++) {
    now.mockReturnValue(Date.UTC(2026, 10, 2) + i * 60_000);
    await addTeacherRecognition({
      classId: c.id,
      pupils: [ola!.id],
      strengthId: courage!.id,
      text: `Handling ${i}`,
      noticedBy: { kind: 'teacher' },
    });
  }
  now.mockRestore();
  return c;
}

describe("the class screen's list of strengths we have seen", () => {
  it('finds recognitions by pupil, strength and period; a group for two pupils stays whole', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    await addPupilsFromText(c.id, 'Ola\nKari\nSara');
    const [kari, ola, sara] = await listPupils(c.id, 0);
    const strengths = await listStrengths();
    const courage = strengths.find((s) => s.key === 'courage')!;
    const care = strengths.find((s) => s.key === 'care')!;
    const add = (pupils: string[] | 'class', strengthId: string, text: string, at: number) =>
      addTeacherRecognition({ classId: c.id, pupils, strengthId, text, noticedBy: { kind: 'teacher' } }, at);
    const old = new Date(2020, 0, 10).getTime();
    await add([ola!.id], courage.id, 'Ola modig før', old);
    await add([ola!.id, kari!.id], care.id, 'Ola og Kari sammen', Date.now() - 1000);
    await add([sara!.id], courage.id, 'Sara modig', Date.now() - 500);
    await add('class', care.id, 'Alle ryddet', Date.now());
    renderWithI18n(<ClassScreen classId={c.id} />);
    const list = await screen.findByRole('list', { name: 'Styrker vi har sett' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(4));
    const find = screen.getByRole('group', { name: 'Finn styrker' });
    fireEvent.change(within(find).getByLabelText('Elev'), { target: { value: ola!.id } });
    expect(await screen.findByText('Fant 2.')).toBeInTheDocument();
    let found = screen.getByRole('list', { name: 'Styrker vi har sett' });
    expect(within(found).getByText('Ola modig før')).toBeInTheDocument();
    expect(within(found).getByText('Ola og Kari sammen').closest('li')).toHaveTextContent('Ola, Kari');
    fireEvent.change(within(find).getByLabelText('Periode'), { target: { value: 'month' } });
    expect(await screen.findByText('Fant 1.')).toBeInTheDocument();
    found = screen.getByRole('list', { name: 'Styrker vi har sett' });
    expect(within(found).queryByText('Ola modig før')).not.toBeInTheDocument();
    fireEvent.change(within(find).getByLabelText('Elev'), { target: { value: '' } });
    fireEvent.change(within(find).getByLabelText('Styrke'), { target: { value: courage.id } });
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Styrker vi har sett' })).getByText('Sara modig'),
      ).toBeInTheDocument(),
    );
    expect(screen.getByText('Fant 1.')).toBeInTheDocument();
    fireEvent.change(within(find).getByLabelText('Elev'), { target: { value: kari!.id } });
    expect(await screen.findByText('Ingen styrker passer til valget.')).toBeInTheDocument();
    fireEvent.click(within(find).getByRole('button', { name: 'Vis alle' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Styrker vi har sett' })).getAllByRole('listitem'),
      ).toHaveLength(4),
    );
  });

  it('opens with the latest six, and "show more" reaches back through all of them', async () => {
    const c = await classWith(55);
    renderWithI18n(<ClassScreen classId={c.id} />);
    const list = await screen.findByRole('list', { name: 'Styrker vi har sett' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(6));
    expect(within(list).getByText('Handling 55')).toBeInTheDocument();
    expect(within(list).queryByText('Handling 49')).not.toBeInTheDocument();

    const more = screen.getByRole('button', { name: 'Vis flere' });
    fireEvent.click(more);
    expect(within(list).getAllByRole('listitem')).toHaveLength(16);
    expect(within(list).getByText('Handling 40')).toBeInTheDocument();
    // Beyond the first 40 read: the next click reads further back without blanking the list.
    for (let k = 0; k < 3; k++) fireEvent.click(screen.getByRole('button', { name: 'Vis flere' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(46));
    fireEvent.click(screen.getByRole('button', { name: 'Vis flere' }));
    await waitFor(() => expect(within(list).getByText('Handling 1')).toBeInTheDocument());
    expect(within(list).getAllByRole('listitem')).toHaveLength(55);
    expect(screen.queryByRole('button', { name: 'Vis flere' })).not.toBeInTheDocument();
  });

  it('has no "show more" when everything fits', async () => {
    const c = await classWith(6);
    renderWithI18n(<ClassScreen classId={c.id} />, 'en');
    const list = await screen.findByRole('list', { name: 'Strengths we have noticed' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(6));
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });
});
