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

  it('draws every dream and principle on the tree, past the twelfth and the sixth', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    for (let i = 1; i <= 14; i++) await addDreamItem(c.id, 'dream', `Dream ${i}`);
    for (let i = 1; i <= 7; i++) await addDreamItem(c.id, 'principle', `Principle ${i}`);
    history.replaceState(null, '', '/class/x/dream?step=dream');
    renderWithI18n(<DreamScreen classId={c.id} />, 'en');
    const tree = await screen.findByRole('img', { name: 'Our dream tree' });
    await waitFor(() => expect(tree.querySelectorAll('.fruit')).toHaveLength(14));
    expect(tree.querySelectorAll('.root')).toHaveLength(7);
    expect(tree.querySelectorAll('.fruit')[13]).toHaveTextContent('Dream 14');
    expect(tree.querySelectorAll('.root')[6]).toHaveTextContent('Principle 7');
    expect(screen.queryByText(/too long to stand whole/)).not.toBeInTheDocument();
  });

  it('the poster prints a second page with every text in full when one is too long for its fruit', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    const long =
      'We want everyone in the class to feel good every single day, in lessons, at break, on trips and on the way home from school, whatever happens.';
    for (let i = 1; i <= 13; i++) await addDreamItem(c.id, 'dream', `Dream ${i}`);
    await addDreamItem(c.id, 'dream', long);
    const view = renderWithI18n(<PosterScreen classId={c.id} />, 'en');
    expect(
      await screen.findByText(
        'One text is too long to stand whole on the tree, so the poster gets a page 2 with every dream and principle.',
      ),
    ).toBeInTheDocument();
    expect(view.container.querySelectorAll('.poster-sheet .fruit')).toHaveLength(14);
    const page2 = view.container.querySelector('.poster-list')!;
    expect(within(page2 as HTMLElement).getByText(long)).toBeInTheDocument();
    expect(within(page2 as HTMLElement).getByText('Dream 13')).toBeInTheDocument();
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
