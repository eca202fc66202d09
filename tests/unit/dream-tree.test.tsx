import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CROWN, DreamTree, FRUIT_GAP, fruitSlots, TREE_MAX_FRUITS } from '../../src/ui/DreamTree';

describe('the dream tree', () => {
  it('never lets two fruits overlap or a fruit leave the crown, for 1 to 12 dreams', () => {
    for (let n = 1; n <= TREE_MAX_FRUITS; n++) {
      const slots = fruitSlots(n);
      expect(slots).toHaveLength(n);
      for (const [i, a] of slots.entries()) {
        // Inside the crown's ellipse (its edge stays visible around every fruit).
        for (let t = 0; t < 360; t += 10) {
          const x = a.x + a.r * Math.cos((t * Math.PI) / 180);
          const y = a.y + a.r * Math.sin((t * Math.PI) / 180);
          expect(((x - CROWN.cx) / CROWN.rx) ** 2 + ((y - CROWN.cy) / CROWN.ry) ** 2).toBeLessThan(1);
        }
        for (const b of slots.slice(i + 1)) {
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r + FRUIT_GAP - 0.5);
        }
      }
      // Large enough to read from the back row: a twelve-dream tree still has fruits of 60+ units.
      expect(slots[0]!.r).toBeGreaterThanOrEqual(60);
    }
    expect(fruitSlots(TREE_MAX_FRUITS + 5)).toHaveLength(TREE_MAX_FRUITS);
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
