import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createClass } from '../../src/data/classes';
import { addDreamItem } from '../../src/data/dream';
import { DreamScreen } from '../../src/screens/dream/DreamScreen';
import { PosterScreen } from '../../src/screens/dream/PosterScreen';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

describe('dream screen', () => {
  it('adds dreams step by step and the tree shows them as fruits', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    renderWithI18n(<DreamScreen classId={c.id} />, 'en');
    await screen.findByRole('heading', { name: 'The class dream', level: 1 });
    const steps = screen.getByRole('navigation', { name: 'The steps of the dream' });
    fireEvent.click(within(steps).getByRole('button', { name: /Dreams/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Write something first.');
    for (const d of ['We help each other', 'Everyone joins in']) {
      fireEvent.input(screen.getByLabelText('A new dream'), { target: { value: d } });
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));
      await screen.findAllByText(d);
    }
    const list = await screen.findByRole('list', { name: 'Dreams' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const tree = screen.getByRole('img', { name: 'Our dream tree' });
    await waitFor(() => expect(tree.querySelectorAll('.fruit')).toHaveLength(2));
    expect(tree).toHaveTextContent(/Everyone\s*joins in/); // one tspan per line
  });

  it('says how many dreams and principles the tree has no room for', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    for (let i = 1; i <= 14; i++) await addDreamItem(c.id, 'dream', `Dream ${i}`);
    for (let i = 1; i <= 7; i++) await addDreamItem(c.id, 'principle', `Principle ${i}`);
    history.replaceState(null, '', '/class/x/dream?step=dream');
    renderWithI18n(<DreamScreen classId={c.id} />, 'en');
    const tree = await screen.findByRole('img', { name: 'Our dream tree' });
    await waitFor(() => expect(tree.querySelectorAll('.fruit')).toHaveLength(12));
    // 2 dreams and 1 principle stand only in the lists.
    expect(
      screen.getByText('The tree shows the first dreams and principles; 3 more are in the list.'),
    ).toBeInTheDocument();
  });

  it('the poster page says so too, before the teacher prints', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    for (let i = 1; i <= 13; i++) await addDreamItem(c.id, 'dream', `Dream ${i}`);
    renderWithI18n(<PosterScreen classId={c.id} />, 'en');
    expect(
      await screen.findByText('The tree shows the first dreams and principles; 1 more is in the list.'),
    ).toBeInTheDocument();
  });

  it('shows the roadmap with the active sub-goal and marks one reached', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    await addDreamItem(c.id, 'subgoal', 'Everyone is asked to join');
    await addDreamItem(c.id, 'subgoal', 'We wait for our turn');
    history.replaceState(null, '', '/class/x/dream?step=subgoal');
    renderWithI18n(<DreamScreen classId={c.id} />, 'en');
    const list = await screen.findByRole('list', { name: 'Roadmap' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('We are working on this now');
    fireEvent.click(within(first!).getByRole('button', { name: /Mark as reached/ }));
    fireEvent.click(within(first!).getByRole('button', { name: 'Mark as reached' }));
    await waitFor(() => expect(first).toHaveTextContent(/Reached/));
    await waitFor(() => expect(second).toHaveTextContent('We are working on this now'));
    history.replaceState(null, '', '/');
  });
});
