// Browser behaviours of the board that need no storage: screen wake lock, full screen, the idle
// fade of the control bar, and shrinking a card's type until it fits. Each cleans up after itself.
import type { RefObject } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Keeps the screen awake while the board is shown; re-acquired when the page is visible again. */
export function useWakeLock(): void {
  useEffect(() => {
    if (typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let alive = true;
    const acquire = async () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        const s = await navigator.wakeLock.request('screen');
        if (alive) sentinel = s;
        else void s.release();
      } catch {
        // Refused (battery saver, policy): the board still runs; the screen may sleep.
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void acquire();
    };
    void acquire();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      alive = false;
      document.removeEventListener('visibilitychange', onVisible);
      void sentinel?.release().catch(() => {});
    };
  }, []);
}

/** Full screen for one element; follows Esc and the browser's own full-screen changes. */
export function useFullscreen(ref: RefObject<HTMLElement>): {
  supported: boolean;
  active: boolean;
  toggle: () => void;
} {
  const supported = typeof document !== 'undefined' && !!document.fullscreenEnabled;
  const [active, setActive] = useState(false);
  useEffect(() => {
    const on = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', on);
    return () => document.removeEventListener('fullscreenchange', on);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void ref.current?.requestFullscreen().catch(() => {});
  }, [ref]);
  return { supported, active, toggle };
}

/** True for `ms` after the last pointer, touch or key activity inside `ref` (and at the start). */
export function useIdleActive(ref: RefObject<HTMLElement>, ms: number): [boolean, () => void] {
  const [active, setActive] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const wake = useCallback(() => {
    setActive(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setActive(false), ms);
  }, [ms]);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    wake();
    const events = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel'] as const;
    for (const e of events) el.addEventListener(e, wake, { passive: true });
    return () => {
      for (const e of events) el.removeEventListener(e, wake);
      clearTimeout(timer.current);
    };
  }, [ref, wake]);
  return [active, wake];
}

/**
 * Shrinks the type of a card (the CSS variable --fit) until its content fits without scrolling,
 * for unusual screens and very long words; re-checked after each render and when the window changes.
 */
export function useFitText(ref: RefObject<HTMLElement>): void {
  const fit = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    let scale = 1;
    el.style.setProperty('--fit', '1');
    for (let i = 0; i < 10 && el.scrollHeight > el.clientHeight + 1; i++) {
      scale *= 0.9;
      el.style.setProperty('--fit', scale.toFixed(3));
    }
  }, [ref]);
  // After every render, before paint: any change (an edit, a rename, an option) may change the size.
  useLayoutEffect(fit);
  useEffect(() => {
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      cancelAnimationFrame(frame);
    };
  }, [fit]);
}
