// The screens whose writes race with a deletion in another tab (issue 17): the write is refused,
// the user reads a plain message naming what went, and the screen never says it saved.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { clearError } from '../../src/app-errors';
import { createClass } from '../../src/data/classes';
import { db } from '../../src/data/db';
import { startRound } from '../../src/data/friend-rounds';
import { addPupilsFromText, listPupils, setArchived } from '../../src/data/pupils';
import { addRoutineFromTemplate } from '../../src/data/routines';
import { type Lang, MAX_PUPILS } from '../../src/domain/types';
import { ClassScreen } from '../../src/screens/class/ClassScreen';
import { RoundView } from '../../src/screens/friend/RoundView';
import { RoutineEditor } from '../../src/screens/routines/RoutineEditor';
import { ErrorBanner } from '../../src/ui/ErrorBanner';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';
import { deleteUnseen } from './helpers/two-tabs';

const ref = freshDatabase();

async function classWith(names: string) {
  const c = await createClass({ name: '4B', yearGroup: 4 });
  await addPupilsFromText(c.id, names);
  const pupils = await listPupils(c.id);
  const id = (name: string) => pupils.find((p) => p.name === name)!.id;
  return { c, pupils, id };
}

/** The screen under test with the app's error banner above it, where the "gone" message appears. */
function withBanner(ui: ComponentChildren, lang?: Lang) {
  return renderWithI18n(
    <>
      <ErrorBanner />
      {ui}
    </>,
    lang,
  );
}

describe('pupils on the class screen', () => {
  it('renaming Emma after another tab erased her: the message names her, the editor closes', async () => {
    clearError();
    const { c, id } = await classWith('Emma\nOla');
    withBanner(<ClassScreen classId={c.id} />);
    const emma = await screen.findByRole('group', { name: 'Valg for Emma' });
    fireEvent.click(within(emma).getByRole('button', { name: 'Endre navn' }));
    fireEvent.input(screen.getByLabelText('Nytt navn for Emma'), { target: { value: 'Emma N.' } });
    await deleteUnseen(ref.current.name, 'pupils', id('Emma'));
    fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Emma er slettet i en annen fane. Ingenting ble lagret.',
    );
    await waitFor(() => expect(screen.queryByLabelText('Nytt navn for Emma')).not.toBeInTheDocument());
    expect(screen.queryByText('Lagret')).toBeNull();
    expect((await db().pupils.toArray()).map((p) => p.name)).toEqual(['Ola']);
  });

  it('archiving Ola after another tab erased him: the message names him, nothing is written', async () => {
    clearError();
    const { c, id } = await classWith('Emma\nOla');
    withBanner(<ClassScreen classId={c.id} />, 'en');
    const ola = await screen.findByRole('group', { name: 'Actions for Ola' });
    await deleteUnseen(ref.current.name, 'pupils', id('Ola'));
    fireEvent.click(within(ola).getByRole('button', { name: 'Archive' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ola was deleted in another tab. Nothing was saved.',
    );
    expect(await db().pupils.toArray()).toHaveLength(1);
  });

  it('bringing a pupil back into a full class is refused with a plain message', async () => {
    const { c, id } = await classWith('Kari');
    await setArchived(id('Kari'), true);
    await addPupilsFromText(c.id, Array.from({ length: MAX_PUPILS }, (_, i) => `Elev ${i + 1}`).join('\n'));
    renderWithI18n(<ClassScreen classId={c.id} />);
    const archived = await screen.findByRole('list', { name: 'Arkiverte elever' });
    fireEvent.click(within(archived).getByRole('button', { name: 'Hent tilbake' }));
    expect(
      await screen.findByText(
        'Kari ble ikke hentet tilbake: klassen har allerede 60 elever, og en klasse kan ha høyst 60. Arkiver eller slett en elev først.',
      ),
    ).toHaveAttribute('role', 'status');
    expect((await db().pupils.get(id('Kari')))?.archived).toBe(1);
    expect(within(archived).getByText('Kari')).toBeInTheDocument();
  });
});

describe('the routine editor', () => {
  it('saving a routine another tab removed: the message says so and the editor closes', async () => {
    clearError();
    const c = await createClass({ name: '4B', yearGroup: 4 });
    const routine = await addRoutineFromTemplate(c.id, 'weeklyLesson', 'nb');
    const onDone = vi.fn();
    withBanner(<RoutineEditor routine={routine} onDone={onDone} />, 'nn');
    fireEvent.input(screen.getByLabelText('Namn'), { target: { value: 'Fredagsøkta' } });
    await db().routines.delete(routine.id);
    fireEvent.click(screen.getByRole('button', { name: 'Lagre rutinen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Rutinen er sletta i ei anna fane. Ingenting vart lagra.',
    );
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await db().routines.count()).toBe(0);
  });
});

describe('a secret-friend round on screen', () => {
  async function shownRound() {
    const { c, pupils } = await classWith('Ola\nKari\nEmma');
    const r = await startRound(c.id, { start: '2026-11-23', end: '2026-11-27', absent: [] });
    if (!r.ok) throw new Error('no round');
    const names = new Map(pupils.map((p) => [p.id, p.name]));
    withBanner(<RoundView round={r.round} names={names} pupils={pupils} />);
    return { round: r.round, pupils };
  }

  it('finishing a round another tab deleted: the message says so, nothing is written', async () => {
    clearError();
    const { round } = await shownRound();
    await db().friendRounds.delete(round.id);
    fireEvent.click(screen.getAllByRole('button', { name: 'Avslutt runden' })[0]!);
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Avslutt runden' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Runden med hemmelig venn er slettet i en annen fane. Ingenting ble lagret.',
    );
    expect(await db().friendRounds.count()).toBe(0);
  });

  it('leaving out a pupil another tab erased names her; the round is unchanged', async () => {
    clearError();
    const { round, pupils } = await shownRound();
    const emma = pupils.find((p) => p.name === 'Emma')!;
    await db().pupils.delete(emma.id);
    fireEvent.click(screen.getByRole('button', { name: 'Ta Emma ut av runden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Emma er slettet i en annen fane. Ingenting ble lagret.',
    );
    expect((await db().friendRounds.get(round.id))?.draws).toEqual(round.draws);
    expect(screen.queryByText(/har fått en ny hemmelig venn/)).toBeNull();
  });
});
