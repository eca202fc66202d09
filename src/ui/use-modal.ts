// Opens a native <dialog> as a modal when it mounts (focus trap and Escape for free) and, when it
// unmounts, gives the keyboard focus back to what opened it. Our dialogs close by unmounting, and a
// removed dialog would otherwise drop focus to the page body: a keyboard or screen-reader user would
// have to find their place again from the top.
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

export function useModal(ref: RefObject<HTMLDialogElement>): void {
  useEffect(() => {
    const d = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close(); // the page behind stops being inert, so it can take focus
      const now = document.activeElement;
      const lost = !now || now === document.body || (d?.contains(now) ?? false);
      if (lost && opener?.isConnected && opener !== document.body) opener.focus();
    };
  }, []);
}
