// An editor that opens in place of a button (rename, edit): keyboard focus goes into its first field
// when it opens, Escape cancels it, and when it closes the focus goes back to the button that opened
// it (by id, since that button is rendered anew). Without this, focus fell to the page body: a
// screen reader heard nothing, and the next Tab could land far away.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function useInlineEditor(
  ref: RefObject<HTMLElement>,
  opts: { onCancel: () => void; returnTo?: string },
): void {
  const cancel = useRef(opts.onCancel);
  cancel.current = opts.onCancel;
  useEffect(() => {
    const el = ref.current;
    const first = el?.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select');
    first?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      cancel.current();
    };
    el?.addEventListener('keydown', onKey);
    const returnTo = opts.returnTo;
    return () => {
      el?.removeEventListener('keydown', onKey);
      if (!returnTo) return;
      requestAnimationFrame(() => {
        const a = document.activeElement;
        if (a && a !== document.body && a.isConnected) return;
        document.getElementById(returnTo)?.focus();
      });
    };
  }, []);
}
