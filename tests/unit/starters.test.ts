// @vitest-environment node
// One voice for recognitions: second person («Du …», «Jeg så at du …») in starters, examples and
// the demo, and starters that follow the number of pupils chosen («Jeg så at dere …»).
import { describe, expect, it } from 'vitest';
import { planDemo } from '../../src/domain/demo-data';
import { starterFor } from '../../src/domain/starters';
import { LANGS } from '../../src/domain/types';
import { CATALOGUES } from './helpers/render';

describe('recognition starters and texts', () => {
  it('say «dere» (nb), «de» (nn) for several pupils, and leave one pupil and English alone', () => {
    const nb = CATALOGUES.nb.recognize.starterList.map((s) => starterFor(s, true, 'nb'));
    expect(nb).toEqual(['Jeg så at dere', 'Dere hjalp', 'Dere ventet på tur da', 'Dere sa']);
    const nn = CATALOGUES.nn.recognize.starterList.map((s) => starterFor(s, true, 'nn'));
    expect(nn).toEqual(['Eg såg at de', 'De hjelpte', 'De venta på tur då', 'De sa']);
    expect(starterFor('Jeg så at du', false, 'nb')).toBe('Jeg så at du');
    expect(starterFor('You helped', true, 'en')).toBe('You helped');
    // The teacher's own starters too, without touching words that only contain a pronoun.
    expect(starterFor('Takk for at du hjalp deg selv og dine', true, 'nb')).toBe(
      'Takk for at dere hjalp dere selv og deres',
    );
    expect(starterFor('Dugnad', true, 'nb')).toBe('Dugnad');
  });

  it('pupils’ starters and the examples speak to the pupil («Du …»)', () => {
    for (const lang of LANGS) {
      const m = CATALOGUES[lang];
      const you = lang === 'en' ? /^You\b/ : /^Du\b/;
      for (const s of m.pupilMode.starters) expect(s).toMatch(you);
      for (const s of m.recognize.starterList) expect(s).toMatch(lang === 'en' ? /\byou\b/i : /\b(du|Du)\b/);
      expect(m.recognize.whatHelp).toMatch(lang === 'en' ? /"You / : /«Du /);
      expect(m.pupilMode.textHelp).toMatch(lang === 'en' ? /"You / : /«Du /);
    }
  });

  it('the demo class’s recognitions are written to the pupil, in every language', () => {
    for (const lang of LANGS) {
      const plan = planDemo(lang, Date.UTC(2026, 10, 20, 12));
      const texts = plan.recognitions.map((r) => r.text);
      expect(texts.length).toBeGreaterThan(20);
      const you = lang === 'en' ? /^You\b/ : /^Du\b/;
      expect(texts.filter((t) => !you.test(t))).toEqual([]);
    }
  });
});
