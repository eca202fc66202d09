// Keeps the keyboard on a control through a redraw it caused (moving an item up or down re-sorts the
// list, and the browser drops focus from a moved element). `keep(ids)` names the control to return
// to, then a fallback (the other arrow, when the item reached the top or the bottom); each redraw
// within a moment (a move writes two records, so there can be two) puts focus back, unless the
// user has gone elsewhere meanwhile.
import { useEffect, useRef } from 'preact/hooks';

export function useRefocus(redraw: unknown, scope: string): (ids: string[]) => void {
  const pending = useRef<{ ids: string[]; until: number } | null>(null);
  useEffect(() => {
    const p = pending.current;
    if (!p) return;
    if (Date.now() > p.until) {
      pending.current = null;
      return;
    }
    const target = p.ids
      .map((id) => document.getElementById(id) as HTMLButtonElement | null)
      .find((el) => el && !el.disabled);
    const a = document.activeElement;
    const lost = !a || a === document.body || !a.isConnected || !!a.closest(scope);
    if (target && lost && a !== target) target.focus();
  }, [redraw]);
  return (ids) => {
    pending.current = { ids, until: Date.now() + 1500 };
  };
}
