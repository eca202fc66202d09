// One tab stop per chart: arrow keys move between its bars or points (the ARIA roving tabindex
// pattern), so a keyboard user is not made to tab through 49 weekly columns.
import { useRef, useState } from 'preact/hooks';

export interface Roving {
  active: number;
  /** Props for item i: tabindex, focus tracking and arrow keys. */
  item: (i: number) => {
    /** Lower case: the items are SVG elements, whose attributes are case-sensitive (Preact writes
     * `tabIndex` as it is, which SVG ignores, and every bar became a tab stop, or none in Firefox). */
    tabindex: number;
    'data-i': number;
    onFocus: () => void;
    onMouseEnter: () => void;
    onKeyDown: (e: KeyboardEvent) => void;
  };
  /** The item the pointer or focus is on, for the visible read-out; -1 when none. */
  shown: number;
  onLeave: () => void;
}

export function useRoving(count: number, container: { current: Element | null }): Roving {
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState(-1);
  const countRef = useRef(count);
  countRef.current = count;
  const focusItem = (i: number) => {
    const el = container.current?.querySelector<SVGElement>(`[data-i="${i}"]`);
    el?.focus();
  };
  return {
    active: Math.min(active, Math.max(0, count - 1)),
    shown,
    onLeave: () => setShown(-1),
    item: (i) => ({
      tabindex: i === Math.min(active, Math.max(0, count - 1)) ? 0 : -1,
      'data-i': i,
      onFocus: () => {
        setActive(i);
        setShown(i);
      },
      onMouseEnter: () => setShown(i),
      onKeyDown: (e: KeyboardEvent) => {
        const n = countRef.current;
        let next = -1;
        if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = Math.min(n - 1, i + 1);
        else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = Math.max(0, i - 1);
        else if (e.key === 'Home') next = 0;
        else if (e.key === 'End') next = n - 1;
        if (next < 0) return;
        e.preventDefault();
        setActive(next);
        focusItem(next);
      },
    }),
  };
}

/** A round axis maximum and 3-5 ticks for counts (whole numbers). */
export function niceTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  if (max <= 5) return Array.from({ length: max + 1 }, (_, i) => i);
  const rough = max / 4;
  const pow = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((k) => k * pow).find((s) => s >= rough) ?? rough;
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) ticks.push(Math.round(v));
  return ticks;
}
