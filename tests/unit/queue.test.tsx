import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createClass } from '../../src/data/classes';
import { db } from '../../src/data/db';
import { startRound } from '../../src/data/friend-rounds';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import { addPupilRecognition } from '../../src/data/recognitions';
import { listStrengths } from '../../src/data/strengths';
import { QueueScreen } from '../../src/screens/queue/QueueScreen';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

async function setup(texts: string[]) {
  const c = await createClass({ name: '4B', yearGroup: 4 });
  await addPupilsFromText(c.id, 'Ola\nKari\nSara');
  const [kari, ola, sara] = await listPupils(c.id);
  const care = (await listStrengths()).find((s) => s.key === 'care');
  const ids: string[] = [];
  for (const [i, text] of texts.entries()) {
    const r = await addPupilRecognition(
      {
        classId: c.id,
        byPupilId: sara!.id,
        pupilId: i % 2 ? kari!.id : ola!.id,
        strengthId: care!.id,
        text,
        textOptional: false,
      },
      1_700_000_000_000 + i,
    );
    if (r.ok) ids.push(r.id);
  }
  return { c, ids };
}

describe('moderation queue', () => {
  it('lists waiting words literally, oldest first, and approves one', async () => {
    const { c, ids } = await setup(['<script>alert(1)</script> delte', 'hjalp meg']);
    renderWithI18n(<QueueScreen classId={c.id} />);
    const list = await screen.findByRole('list', { name: '2 venter' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveAccessibleName('Sara så omsorg hos Ola');
    expect(within(items[0]!).getByText('<script>alert(1)</script> delte')).toBeInTheDocument();
    expect(list.querySelector('script')).toBeNull();
    fireEvent.click(within(items[1]!).getByRole('button', { name: 'Godkjenn' }));
    expect(await screen.findByRole('list', { name: '1 venter' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Godkjent. Nå kan Kari se det på tavla.');
    expect((await db().recognitions.get(ids[1]!))!.status).toBe('approved');
  });

  it('approves all listed at once after a question, and one undo puts them all back', async () => {
    const { c, ids } = await setup(['hjalp meg', 'delte', 'ventet']);
    renderWithI18n(<QueueScreen classId={c.id} />);
    await screen.findByRole('list', { name: '3 venter' });
    fireEvent.click(screen.getByRole('button', { name: 'Godkjenn alle 3' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Godkjenne alle 3 som de står?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect((await db().recognitions.toArray()).filter((r) => r.status === 'approved').length).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Godkjenn alle 3' }));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Godkjenn alle 3' }),
    );
    expect(await screen.findByText('Ingenting venter. Alt er gått gjennom.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Godkjent: 3 anerkjennelser. Nå kan de vises på tavla.',
    );
    for (const id of ids) expect((await db().recognitions.get(id))!.status).toBe('approved');
    fireEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Angre' }));
    expect(await screen.findByRole('list', { name: '3 venter' })).toBeInTheDocument();
    for (const id of ids) expect((await db().recognitions.get(id))!.status).toBe('waiting');
  });

  it("marks a secret friend's note as a gift and never promises it to the board", async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    await addPupilsFromText(c.id, 'Ola\nKari\nSara');
    const pupils = await listPupils(c.id);
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const round = await startRound(c.id, { start: today, end: today, absent: [] }, 9);
    if (!round.ok) throw new Error('no round');
    const [giver, receiver] = Object.entries(round.round.draws)[0]!;
    const care = (await listStrengths()).find((s) => s.key === 'care');
    await addPupilRecognition({
      classId: c.id,
      byPupilId: giver,
      pupilId: receiver,
      strengthId: care!.id,
      text: 'bar benker',
      textOptional: false,
    });
    const to = pupils.find((p) => p.id === receiver)!.name;
    renderWithI18n(<QueueScreen classId={c.id} />);
    const list = await screen.findByRole('list', { name: '1 venter' });
    expect(list).toHaveTextContent('Fra den hemmelige vennen: vises i seremonien, ikke på tavla.');
    fireEvent.click(within(list).getByRole('button', { name: 'Godkjenn' }));
    expect(
      await screen.findByText(`Godkjent som gave til ${to}. Den vises i seremonien, ikke på tavla.`),
    ).toBeInTheDocument();
    expect(screen.queryByText(/se det på tavla/)).not.toBeInTheDocument();
  });

  it("rewords with the pupil's own words kept, and refuses an empty wording", async () => {
    const { c, ids } = await setup(['hun va snil']);
    renderWithI18n(<QueueScreen classId={c.id} />, 'en');
    const item = await screen.findByRole('listitem', { name: 'Sara noticed care in Ola' });
    fireEvent.click(within(item).getByRole('button', { name: 'Edit the wording' }));
    expect(within(item).getByText('hun va snil')).toBeInTheDocument();
    const box = within(item).getByLabelText("New wording (keep the pupil's meaning)");
    fireEvent.input(box, { target: { value: '   ' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save and approve' }));
    expect(await within(item).findByText('The text cannot be empty.')).toBeInTheDocument();
    fireEvent.input(box, { target: { value: 'Hun var snill mot meg i friminuttet' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save and approve' }));
    expect(await screen.findByText('Nothing is waiting. All done.')).toBeInTheDocument();
    expect(await db().recognitions.get(ids[0]!)).toMatchObject({
      status: 'approved',
      text: 'Hun var snill mot meg i friminuttet',
      originalText: 'hun va snil',
    });
  });

  it('declines (with undo), keeps declined out of the list, and erases them after a confirm', async () => {
    const { c, ids } = await setup(['noe stygt']);
    renderWithI18n(<QueueScreen classId={c.id} />);
    const item = await screen.findByRole('listitem', { name: 'Sara så omsorg hos Ola' });
    fireEvent.click(within(item).getByRole('button', { name: 'Ikke vis' }));
    expect(await screen.findByText('Ingenting venter. Alt er gått gjennom.')).toBeInTheDocument();
    expect(screen.queryByText('noe stygt')).not.toBeInTheDocument();
    fireEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Angre' }));
    expect(await screen.findByRole('listitem', { name: 'Sara så omsorg hos Ola' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Ikke vis' }));
    const declined = await screen.findByRole('region', { name: 'Ikke vist' });
    fireEvent.click(within(declined).getByRole('button', { name: 'Slett de som ikke vises, for godt' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(await db().recognitions.get(ids[0]!)).toBeDefined();
    fireEvent.click(within(declined).getByRole('button', { name: 'Slett de som ikke vises, for godt' }));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Slett de som ikke vises, for godt',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Ikke vist' })).not.toBeInTheDocument());
    expect(await db().recognitions.count()).toBe(0);
  });

  it('a double tap on approve decides once', async () => {
    const { c, ids } = await setup(['hjalp meg']);
    renderWithI18n(<QueueScreen classId={c.id} />);
    const item = await screen.findByRole('listitem', { name: 'Sara så omsorg hos Ola' });
    const approve = within(item).getByRole('button', { name: 'Godkjenn' });
    fireEvent.click(approve);
    fireEvent.click(approve);
    await screen.findByText('Ingenting venter. Alt er gått gjennom.');
    const r = await db().recognitions.get(ids[0]!);
    expect(r!.status).toBe('approved');
    expect(await db().recognitions.count()).toBe(1);
  });
});
