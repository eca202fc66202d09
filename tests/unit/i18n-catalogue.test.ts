// Every string in every language: the type checks the shape, this checks nothing is empty or
// accidentally left in bokmål.
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './helpers/render';

const { nb, nn, en } = CATALOGUES;

type Tree = { [k: string]: unknown };

function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === 'object'
      ? leaves(v as Tree, `${prefix}${k}.`)
      : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

function sample(v: unknown): string {
  if (typeof v === 'function') return String((v as (...a: unknown[]) => unknown)(2, 'Ola', 'Kari'));
  return String(v);
}

describe('message catalogues', () => {
  const nbLeaves = leaves(nb);
  for (const [name, cat] of [
    ['nn', nn],
    ['en', en],
  ] as const) {
    it(`${name} has exactly the keys bokmål has`, () => {
      expect(
        leaves(cat)
          .map(([k]) => k)
          .sort(),
      ).toEqual(nbLeaves.map(([k]) => k).sort());
    });
    it(`${name} has no empty strings`, () => {
      for (const [k, v] of leaves(cat)) expect(sample(v).trim(), k).not.toBe('');
    });
  }

  it('English differs from bokmål for sentences (nothing left untranslated)', () => {
    const enMap = new Map(leaves(en));
    const same = nbLeaves.filter(([k, v]) => {
      const s = sample(v);
      return s.includes(' ') && s === sample(enMap.get(k));
    });
    expect(same.map(([k]) => k)).toEqual([]);
  });
});
