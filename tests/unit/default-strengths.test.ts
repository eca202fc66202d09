// @vitest-environment node
// The strength catalogue in our own child-level words, and stored catalogues from before the
// rewrite: an untouched old default shows the new text, a teacher's own text stays as written.
import { describe, expect, it } from 'vitest';
import { listStrengths } from '../../src/data/strengths';
import { DEFAULT_STRENGTHS } from '../../src/domain/default-strengths';
import { withCurrentDefaults } from '../../src/domain/retired-defaults';
import { freshDatabase } from './helpers/db';

const db = freshDatabase();
const byKey = (key: string) => DEFAULT_STRENGTHS.find((s) => s.key === key)!;

describe('the default strength catalogue', () => {
  it('care is in our own words, not SMART’s («vise at vi bryr oss om andre med det vi sier og gjør»)', () => {
    const care = byKey('care').definition;
    expect(care.nb).not.toMatch(/bryr oss om andre med det vi/);
    expect(care.nn).not.toMatch(/bryr oss om andre med det vi/);
    expect(care.en).not.toMatch(/care about others by what we say/i);
  });

  it('helpfulness says «hjelp», never a hand a 6-year-old takes literally («gi henne» reads "give her")', () => {
    const d = byKey('helpfulness').definition;
    expect(d.nb).toBe('Å se når noen trenger hjelp, og hjelpe til.');
    expect(d.nn).toBe('Å sjå når nokon treng hjelp, og hjelpe til.');
  });

  it('engagement asks for no «gi alt» and no «smitte»', () => {
    for (const text of Object.values(byKey('enthusiasm').definition)) {
      expect(text).not.toMatch(/gi alt|smitte|our all/i);
    }
  });

  it('fairness is its own strength (C7): not «får være med» (inclusion) nor «vente på tur» (patience)', () => {
    const d = byKey('fairness').definition;
    expect(d.nb).toBe('Å dele likt og behandle alle like godt.');
    expect(d.nn).toBe('Å dele likt og handsame alle like godt.');
    expect(
      withCurrentDefaults({
        key: 'fairness',
        symbol: '⚖️',
        definition: { nb: 'Å sørge for at alle får være med og får sin tur.' },
      }).definition.nb,
    ).toBe(d.nb);
  });

  it('an untouched old default shows the new text; a text the teacher wrote stays', () => {
    const old = {
      key: 'helpfulness',
      symbol: '🤲',
      definition: { nb: 'Å se når noen trenger en hånd, og gi den.', nn: 'Eigen tekst frå læraren.' },
    };
    expect(withCurrentDefaults(old).definition).toEqual({
      nb: 'Å se når noen trenger hjelp, og hjelpe til.',
      nn: 'Eigen tekst frå læraren.',
    });
    const own = { symbol: '🔥', definition: { nb: 'Å gi alt og smitte andre med god energi.' } };
    expect(withCurrentDefaults(own)).toBe(own);
  });

  it('a catalogue stored before the rewrite reads with the new texts', async () => {
    const care = await db.current.strengths.where('key').equals('care').first();
    await db.current.strengths.update(care!.id, {
      definition: {
        nb: 'Å vise at vi bryr oss om andre med det vi sier og gjør.',
        nn: 'Å vise at vi bryr oss om andre med det vi seier og gjer.',
        en: 'Showing that we care about others by what we say and do.',
      },
    });
    const read = (await listStrengths()).find((s) => s.key === 'care')!;
    expect(read.definition).toEqual(byKey('care').definition);
  });
});
