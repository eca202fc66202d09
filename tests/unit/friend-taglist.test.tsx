import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createClass } from '../../src/data/classes';
import { startRound } from '../../src/data/friend-rounds';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import { addTeacherRecognition } from '../../src/data/recognitions';
import { listStrengths } from '../../src/data/strengths';
import { TagList } from '../../src/screens/friend/TagList';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

describe("the round's list of strengths in the period", () => {
  it('names who noticed each one as the class screen does: the teacher or a named adult, never "someone"', async () => {
    const c = await createClass({ name: '4B', yearGroup: 4 });
    await addPupilsFromText(c.id, 'Ola\nKari\nEmma');
    const pupils = await listPupils(c.id);
    const today = new Date();
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const r = await startRound(c.id, {
      start: iso(new Date(today.getTime() - 86_400_000)),
      end: iso(new Date(today.getTime() + 5 * 86_400_000)),
      absent: [],
    });
    if (!r.ok) throw new Error('no round');
    const strength = (await listStrengths())[0]!;
    const ola = pupils.find((p) => p.name === 'Ola')!.id;
    const base = { classId: c.id, strengthId: strength.id, allowEmpty: false };
    await addTeacherRecognition({
      ...base,
      pupils: [ola],
      text: 'Hjalp til',
      noticedBy: { kind: 'teacher' },
    });
    await addTeacherRecognition({
      ...base,
      pupils: [pupils.find((p) => p.name === 'Kari')!.id],
      text: 'Ryddet',
      noticedBy: { kind: 'adult', name: 'Per' },
    });
    const names = new Map(pupils.map((p) => [p.id, p.name]));
    renderWithI18n(<TagList round={r.round} names={names} />);
    const items = await screen.findAllByRole('listitem');
    const text = items.map((li) => li.textContent ?? '').join(' | ');
    expect(text).toContain('Om Ola, sett av læreren');
    expect(text).toContain('Om Kari, sett av Per');
    expect(text).not.toContain('noen');
  });
});
