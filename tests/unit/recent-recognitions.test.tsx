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
