import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createClass } from '../../src/data/classes';
import { startRound, tagRecognition } from '../../src/data/friend-rounds';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import { addPupilRecognition, approveRecognition } from '../../src/data/recognitions';
import { listStrengths } from '../../src/data/strengths';
import { GiftSheets } from '../../src/screens/friend/GiftSheets';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

describe('the printed gift sheets', () => {
  it('signs a sheet with the giver only under a gift; an empty sheet has lines to fill in by hand', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    await addPupilsFromText(c.id, 'Ola\nKari\nEmma');
    const pupils = await listPupils(c.id);
    const name = (id: string) => pupils.find((p) => p.id === id)!.name;
    const r = await startRound(c.id, { start: '2026-11-23', end: '2026-11-27', absent: [] }, 5);
    if (!r.ok) throw new Error('no round');
    const [giver, receiver] = Object.entries(r.round.draws)[0]!;
    const [strength] = await listStrengths();
    const note = await addPupilRecognition({
      classId: c.id,
      pupilId: receiver,
      byPupilId: giver,
      strengthId: strength!.id,
      text: 'Delte blyantene sine med hele bordet.',
      textOptional: false,
    });
    if (!note.ok) throw new Error('no note');
    await approveRecognition(note.id);
    await tagRecognition(note.id, r.round.id);

    renderWithI18n(<GiftSheets classId={c.id} roundId={r.round.id} />);
    const withGift = await screen.findByRole(
      'article',
      { name: `En gave til ${name(receiver)}` },
      { timeout: 5000 },
    );
    expect(withGift).toHaveTextContent('Delte blyantene sine med hele bordet.');
    expect(withGift).toHaveTextContent(`Fra din hemmelige venn, ${name(giver)}`);
    for (const other of Object.values(r.round.draws).filter((p) => p !== receiver)) {
      const sheet = screen.getByRole('article', { name: `En gave til ${name(other)}` });
      const otherGiver = Object.keys(r.round.draws).find((g) => r.round.draws[g] === other)!;
      expect(sheet).not.toHaveTextContent(name(otherGiver));
      expect(within(sheet).getByText('Fra din hemmelige venn:')).toBeInTheDocument();
      expect(within(sheet).getByText('Styrken jeg så hos deg:')).toBeInTheDocument();
    }
  });
});
