import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createClass } from '../../src/data/classes';
import { startRound } from '../../src/data/friend-rounds';
import { setPin } from '../../src/data/pin';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import { RoundView } from '../../src/screens/friend/RoundView';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

async function round() {
  const c = await createClass({ name: '4B', yearGroup: 4 });
  await addPupilsFromText(c.id, 'Ola\nKari\nEmma');
  const pupils = await listPupils(c.id);
  const r = await startRound(c.id, { start: '2026-11-23', end: '2026-11-27', absent: [] });
  if (!r.ok) throw new Error('no round');
  return { round: r.round, pupils, names: new Map(pupils.map((p) => [p.id, p.name])) };
}

describe('a secret-friend round for the teacher', () => {
  it('warns, when no PIN is set, that a pupil could leave the big screen and see the draw', async () => {
    const x = await round();
    renderWithI18n(<RoundView {...x} />);
    expect(await screen.findByRole('note')).toHaveTextContent(/Uten PIN-kode kan en elev lukke storskjermen/);
    expect(screen.getByRole('link', { name: 'Innstillinger' })).toHaveAttribute('href', '/settings');
  });

  it('says nothing of it once a PIN is set', async () => {
    const x = await round();
    renderWithI18n(<RoundView {...x} />);
    expect(await screen.findByText(/Uten PIN-kode/)).toBeInTheDocument();
    await setPin('2468');
    await waitFor(() => expect(screen.queryByText(/Uten PIN-kode/)).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: /Vis trekningen på storskjermen/ })).toBeInTheDocument();
  });
});
