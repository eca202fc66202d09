// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../src/domain/wrap';

describe('wrapWords', () => {
  it('breaks between words within the width', () => {
    expect(wrapWords('Alle har noen å være med i friminuttet.', 16, 4)).toEqual([
      'Alle har noen å',
      'være med i',
      'friminuttet.',
    ]);
  });
  it('cuts over-long words and too many lines with an ellipsis', () => {
    expect(wrapWords('Supercalifragilistic', 8, 2)).toEqual(['Superca…']);
    const out = wrapWords('a b c d e f g h i j', 3, 2);
    expect(out).toHaveLength(2);
    expect(out[1]!.endsWith('…')).toBe(true);
  });
  it('returns nothing for blank text', () => {
    expect(wrapWords('   ', 10, 3)).toEqual([]);
  });
});
