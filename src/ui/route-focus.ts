// After moving to another screen inside the app: the tab's title names the screen (WCAG 2.4.2),
// and the keyboard and screen-reader focus goes to the new screen's heading, as it would on a real
// page load (otherwise it is left on the body and nothing is announced). Screens load their data
// first, so this waits (briefly) for the heading; a screen that places focus itself (pupil mode's
// step heading, a dialog) is left alone.
import { useEffect, useRef } from 'preact/hooks';

const WAIT_MS = 3000;

function heading(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main h1');
}

export function useRouteFocus(path: string, appName: string): void {
  const first = useRef(true);
  // The title follows the visible heading, also when it changes on the same screen.
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const h = heading()?.textContent?.trim();
      const title = h && h !== appName ? `${h} – ${appName}` : appName;
      if (document.title !== title) document.title = title;
    };
    const observer = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(update);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    update();
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [appName]);

  useEffect(() => {
    if (first.current) {
      first.current = false; // a fresh page load: the browser starts at the top by itself
      return;
    }
    const started = performance.now();
    let frame = requestAnimationFrame(function look() {
      const active = document.activeElement;
      const focusIsFree = !active || active === document.body || !active.isConnected;
      const h = heading();
      if (h && focusIsFree) {
        if (!h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');
        h.focus();
        return;
      }
      if (!h && focusIsFree && performance.now() - started < WAIT_MS) frame = requestAnimationFrame(look);
    });
    return () => cancelAnimationFrame(frame);
  }, [path]);
}
