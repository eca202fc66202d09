import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createClass } from '../../src/data/classes';
import { getRound, setRoundStatus, startRound } from '../../src/data/friend-rounds';
import { setPin } from '../../src/data/pin';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import { todayIso } from '../../src/domain/dates';
import { RoundView } from '../../src/screens/friend/RoundView';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

async function round(period = { start: todayIso(), end: todayIso() }) {
  const c = await createClass({ name: '4B', yearGroup: 4 });
  await addPupilsFromText(c.id, 'Ola\nKari\nEmma');
  const pupils = await listPupils(c.id);
  const r = await startRound(c.id, { ...period, absent: [] });
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

  it('asks the teacher to hold the ceremony or finish a round that has run past its last day', async () => {
    const x = await round({ start: '2020-01-06', end: '2020-01-10' });
    renderWithI18n(<RoundView {...x} />);
    const note = await screen.findByText(/Runden skulle vare til 10\. jan/);
    const box = note.closest('[role="note"]') as HTMLElement;
    expect(box).toBeInTheDocument();
    expect(box.querySelector('a[href^="/friend/ceremony"]')).toHaveTextContent(
      'Start seremonien på storskjermen',
    );
    fireEvent.click([...box.querySelectorAll('button')].find((b) => b.textContent === 'Avslutt runden')!);
    fireEvent.click(
      [...screen.getByRole('dialog').querySelectorAll('button')].find(
        (b) => b.textContent === 'Avslutt runden',
      )!,
    );
    await waitFor(async () => expect((await getRound(x.round.id))?.status).toBe('finished'));
  });

  it('says nothing of the end while the round is within its days', async () => {
    const x = await round();
    renderWithI18n(<RoundView {...x} />);
    expect(await screen.findByText(/vises ikke på tavla mens runden pågår/)).toBeInTheDocument();
    expect(screen.queryByText(/Runden skulle vare til/)).not.toBeInTheDocument();
  });

  it('after the ceremony, the teacher chooses whether the gifts join the board; the default is no', async () => {
    const x = await round();
    await setRoundStatus(x.round.id, 'finished');
    const finished = (await getRound(x.round.id))!;
    renderWithI18n(<RoundView {...x} round={finished} />);
    const group = await screen.findByRole('group', { name: 'Gavene på tavla' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Nei, bare i seremonien og på gavearkene' })).toBeChecked();
    fireEvent.click(screen.getByRole('radio', { name: 'Ja, vis gavene på tavla også' }));
    expect(await screen.findByText('Gavene fra runden vises nå på tavla.')).toBeInTheDocument();
    const after = (await getRound(x.round.id))!;
    expect(after.giftsOnBoard).toBe(true);
  });

  it('names the one giver who must look again in the singular when a pupil is left out', async () => {
    const x = await round();
    const ola = x.pupils.find((p) => p.name === 'Ola')!;
    const giver = x.names.get(Object.keys(x.round.draws).find((g) => x.round.draws[g] === ola.id)!)!;
    renderWithI18n(<RoundView {...x} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ta Ola ut av runden' }));
    expect(
      await screen.findByText(
        `${giver} har fått en ny hemmelig venn. La ${giver} se på nytt på storskjermen.`,
      ),
    ).toBeInTheDocument();
  });
});
