import { act, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClass } from '../../src/data/classes';
import { startRound } from '../../src/data/friend-rounds';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import { REVEAL_SECONDS, RevealScreen } from '../../src/screens/friend/RevealScreen';
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
    fireEvent.click(await screen.findByRole('button', { name: 'Ola' }, { timeout: 5000 }));
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

  afterEach(() => {
    vi.useRealTimers();
    history.replaceState(null, '', '/');
  });

  it('hides the friend by itself after a countdown the screen shows, if the pupil walks away', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    await addPupilsFromText(c.id, 'Ola\nKari\nEmma');
    const r = await startRound(c.id, { start: '2026-11-23', end: '2026-11-27', absent: [] }, 11);
    if (!r.ok) throw new Error('draw');
    history.replaceState(null, '', `/friend/reveal?round=${r.round.id}`);
    renderWithI18n(<RevealScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Kari' }, { timeout: 5000 }));
    // Only the countdown's timers are faked: the database keeps its own.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    fireEvent.click(screen.getByRole('button', { name: /Vis den hemmelige vennen min/ }));
    const region = screen.getByRole('region', { name: 'Den hemmelige vennen din er' });
    expect(region).toHaveTextContent(`Skjules av seg selv om ${REVEAL_SECONDS} s`);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5_000);
    });
    expect(region).toHaveTextContent(`Skjules av seg selv om ${REVEAL_SECONDS - 5} s`);
    await act(async () => {
      await vi.advanceTimersByTimeAsync((REVEAL_SECONDS - 5) * 1000);
    });
    expect(screen.queryByRole('region', { name: 'Den hemmelige vennen din er' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Kari/ })).toHaveTextContent('har sett');
    // The next pupil gets the whole time again.
    fireEvent.click(screen.getByRole('button', { name: 'Emma' }));
    fireEvent.click(screen.getByRole('button', { name: /Vis den hemmelige vennen min/ }));
    expect(screen.getByRole('region', { name: 'Den hemmelige vennen din er' })).toHaveTextContent(
      `om ${REVEAL_SECONDS} s`,
    );
  });
});
