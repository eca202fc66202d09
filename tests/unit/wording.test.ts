// @vitest-environment node
// The one wording of a catalogue text in a language and of who noticed a recognition, which every
// screen, file and the extension's strip share.
import { describe, expect, it } from 'vitest';
import { localized, noticedByName } from '../../src/domain/wording';

const words = { teacher: 'læreren', classmate: 'en klassekamerat' };
const names = new Map([['p1', 'Sara']]);
const nameOf = (id: string) => names.get(id);

describe('wording', () => {
  it('a catalogue text in the language, else Bokmål', () => {
    const name = { nb: 'Mot', nn: 'Mot (nn)', en: 'Courage' };
    expect(localized(name, 'nb')).toBe('Mot');
    expect(localized(name, 'nn')).toBe('Mot (nn)');
    expect(localized(name, 'en')).toBe('Courage');
    expect(localized({ nb: 'Mot' }, 'en')).toBe('Mot');
    expect(localized({ nb: 'Mot', en: '' }, 'en')).toBe('Mot');
  });

  it('who noticed: the teacher, the adult by name, the classmate by name, else "a classmate"', () => {
    expect(noticedByName({ kind: 'teacher' }, nameOf, words)).toBe('læreren');
    expect(noticedByName({ kind: 'adult', name: 'Assistent Ali' }, nameOf, words)).toBe('Assistent Ali');
    expect(noticedByName({ kind: 'pupil', pupilId: 'p1' }, nameOf, words)).toBe('Sara');
    expect(noticedByName({ kind: 'pupil', pupilId: 'gone' }, nameOf, words)).toBe('en klassekamerat');
    expect(noticedByName({ kind: 'classmate' }, nameOf, words)).toBe('en klassekamerat');
  });
});
