import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createClass } from '../../src/data/classes';
import { startRound } from '../../src/data/friend-rounds';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import { RevealScreen } from '../../src/screens/friend/RevealScreen';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

describe('secret-friend reveal on the shared screen', () => {
  it('shows one pupil their friend only after they confirm, and hides it again', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    await addPupilsFromText(c.id, 'Ola\nKari\nEmma');
    const pupils = await listPupils(c.id);
    const r = await startRound(c.id, { start: '2026-11-23', end: '2026-11-27', absent: [] }, 11);
    if (!r.ok) throw new Error('draw');
    const name = (id: string) => pupils.find((p) => p.id === id)!.name;
    const ola = pupils.find((p) => p.name === 'Ola')!.id;
    const friend = name(r.round.draws[ola]!);
    history.replaceState(null, '', `/friend/reveal?round=${r.round.id}`);
    renderWithI18n(<RevealScreen />, 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Ola' }));
    expect(screen.getByText('Are you Ola? Now only you are looking.')).toBeInTheDocument();
    // Names are not shown as friends before the pupil asks.
    expect(screen.queryByText('Your secret friend is')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Show my secret friend/ }));
    const region = screen.getByRole('region', { name: 'Your secret friend is' });
    expect(region).toHaveTextContent(friend);
    fireEvent.click(screen.getByRole('button', { name: 'Hide and go back' }));
    expect(screen.queryByRole('region', { name: 'Your secret friend is' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Ola/ })).toHaveTextContent('has seen');
    history.replaceState(null, '', '/');
  });
});
