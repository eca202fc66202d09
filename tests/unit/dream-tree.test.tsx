import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import {
  CROWN,
  DreamTree,
  FRUIT_GAP,
  fruitSlots,
  fruitText,
  rootBoxes,
  shortenedOnTree,
} from '../../src/ui/DreamTree';

/** Every fruit inside the crown and apart from every other (the crown's edge stays visible). */
function expectApart(slots: ReturnType<typeof fruitSlots>) {
  for (const [i, a] of slots.entries()) {
    for (let t = 0; t < 360; t += 10) {
      const x = a.x + a.r * Math.cos((t * Math.PI) / 180);
      const y = a.y + a.r * Math.sin((t * Math.PI) / 180);
      expect(((x - CROWN.cx) / CROWN.rx) ** 2 + ((y - CROWN.cy) / CROWN.ry) ** 2).toBeLessThan(1);
    }
    for (const b of slots.slice(i + 1)) {
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r + FRUIT_GAP - 0.5);
    }
  }
}

const DREAMS_30 = [
  'Alle har noen å være med',
  'Vi hjelper hverandre å lære',
  'Det er rolig når vi jobber',
  'Vi gir aldri opp',
  'Alle tør å si noe i klassen',
  'Vi ler sammen',
  'Ingen blir ertet',
  'Vi venter på tur',
  'Vi sier hei til alle',
  'Vi rydder sammen',
  'Vi heier på hverandre',
  'Alle får være med å bestemme',
  'Vi lytter når noen snakker',
  'Vi deler med hverandre',
  'Vi er snille i friminuttet',
  'Vi tar vare på tingene våre',
  'Vi inviterer nye med',
  'Vi sier unnskyld',
  'Vi prøver nye ting',
  'Vi tåler å tape',
  'Vi gleder oss til skolen',
  'Alle blir sett hver dag',
  'Vi hjelper de yngste',
  'Vi er stolte av klassen',
  'Vi snakker pent om andre',
  'Vi lærer av feil',
  'Vi holder det vi lover',
  'Vi er gode venner',
  'Vi spiller på lag',
  'Vi har det gøy sammen',
];
const PRINCIPLES_12 = [
  'Vi respekterer alle',
  'Vi inkluderer hverandre',
  'Vi er ærlige',
  'Vi hjelper',
  'Vi lytter',
  'Vi er snille',
  'Vi tar ansvar',
  'Vi viser omsorg',
  'Vi samarbeider',
  'Vi holder avtaler',
  'Vi er tålmodige',
  'Vi gir ros',
];

describe('the dream tree', () => {
  it('never lets two fruits overlap or a fruit leave the crown, for 1 to 12 dreams', () => {
    for (let n = 1; n <= 12; n++) {
      const slots = fruitSlots(n);
      expect(slots).toHaveLength(n);
      expectApart(slots);
      // Large enough to read from the back row: a twelve-dream tree still has fruits of 60+ units.
      expect(slots[0]!.r).toBeGreaterThanOrEqual(60);
    }
  });

  it('gives every dream a fruit however many there are: smaller fruits, more rows, none overlapping', () => {
    for (const n of [13, 14, 17, 20, 24, 30, 40, 60]) {
      const slots = fruitSlots(n);
      expect(slots).toHaveLength(n);
      expectApart(slots);
      // Thirty dreams still get fruits that hold an ordinary dream in type of 12 units or more.
      if (n <= 30) expect(Math.min(...slots.map((f) => f.r))).toBeGreaterThanOrEqual(45);
    }
  });

  it('draws 30 dreams and 12 principles: each text whole in its fruit or box, nothing overlapping', () => {
    const { container } = render(
      <DreamTree
        dreams={DREAMS_30}
        principles={PRINCIPLES_12}
        title="Treet"
        dreamsLabel="Drømmer"
        principlesLabel="Prinsipper"
      />,
    );
    const texts = (sel: string) =>
      [...container.querySelectorAll(sel)].map((t) =>
        [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '),
      );
    expect(texts('svg .fruit text')).toEqual(DREAMS_30);
    expect(texts('svg .root text')).toEqual(PRINCIPLES_12);
    expect(shortenedOnTree({ dreams: DREAMS_30, principles: PRINCIPLES_12 })).toBe(0);
    // Each dream's lines stay inside its fruit (a bold glyph ~0.56 em wide), in type of 12 or more.
    for (const [i, f] of fruitSlots(30).entries()) {
      const { lines, fs } = fruitText(DREAMS_30[i]!, f.r);
      expect(fs).toBeGreaterThanOrEqual(12);
      lines.forEach((l, j) => {
        const mid = (j - (lines.length - 1) / 2) * fs * 1.15;
        const edge = Math.abs(mid) + fs / 2;
        expect(edge).toBeLessThan(f.r);
        expect([...l].length * fs * 0.56).toBeLessThanOrEqual(2 * Math.sqrt(f.r ** 2 - edge ** 2));
      });
    }
    // The principle boxes: two rows of six, apart from each other, inside the drawing, below the ground.
    const { boxes, height } = rootBoxes(12);
    expect(boxes).toHaveLength(12);
    for (const [i, a] of boxes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.w).toBeLessThanOrEqual(1200);
      expect(a.y).toBeGreaterThan(660);
      expect(a.y + a.h).toBeLessThanOrEqual(height);
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart).toBe(true);
      }
    }
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toBe(`0 0 1200 ${height}`);
  });

  it('counts a dream too long for its fruit, so the poster can print every text in full', () => {
    const long =
      'Vi vil at alle i klassen skal ha det bra hver eneste dag, både i timene, i friminuttene, på turer og på vei hjem fra skolen, uansett hva som skjer.';
    expect(shortenedOnTree({ dreams: [...DREAMS_30.slice(0, 29), long], principles: [] })).toBe(1);
  });

  it('writes each dream whole inside its fruit when it is of an ordinary length', () => {
    const dreams = [
      'Alle har noen å være med i friminuttet.',
      'Vi tør å si det vi mener.',
      'Vi hjelper hverandre å lære.',
      'Det er rolig når vi jobber.',
    ];
    const { container } = render(
      <DreamTree
        dreams={dreams}
        principles={['Vi respekterer alle.']}
        title="Treet"
        dreamsLabel="Drømmer"
        principlesLabel="Prinsipper"
      />,
    );
    expect(screen.getByRole('img', { name: 'Treet' })).toBeInTheDocument();
    const fruits = [...container.querySelectorAll('svg .fruit text')].map((t) =>
      [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '),
    );
    expect(fruits).toEqual(dreams);
  });
});
