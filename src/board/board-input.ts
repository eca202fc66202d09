// How the board is driven: the clock (one deadline per card), the keyboard and presenter clicker,
// and touch (tap and swipe). Hooks with no storage; listeners are removed on unmount.
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Calls onDue when the card has been shown for intervalMs. Timing is from the clock, not from
 * counting ticks: a throttled hidden tab looks at the clock again when it is visible and moves on
 * once. Pausing keeps the time that was left; a new card or interval starts a fresh deadline.
 */
export function useCardTimer(
  cardKey: string,
  intervalMs: number,
  paused: boolean,
  clock: () => number,
  onDue: () => void,
): void {
  const deadline = useRef(0);
  const remainingAtPause = useRef<number | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    deadline.current = clock() + intervalMs;
    remainingAtPause.current = null;
    setTick((t) => t + 1);
  }, [cardKey, intervalMs]);
  useEffect(() => {
    if (paused) {
      remainingAtPause.current ??= Math.max(0, deadline.current - clock());
      return;
    }
    if (remainingAtPause.current !== null) {
      deadline.current = clock() + remainingAtPause.current;
      remainingAtPause.current = null;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      const left = deadline.current - clock();
      if (left <= 0) onDue();
      else timer = setTimeout(check, Math.min(left, 60_000));
    };
    check();
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [paused, tick]);
}

const IGNORE_KEYS_IN = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * Arrow keys and PageUp/PageDown (what presenter clickers send) move between cards; Space pauses.
 * Keys typed into a field are left alone, and Space on a focused button presses that button.
 */
export function useBoardKeys(
  enabled: boolean,
  next: () => void,
  previous: () => void,
  togglePause: () => void,
): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target && IGNORE_KEYS_IN.has(target.tagName)) return;
      switch (e.key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
          next();
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
          previous();
          break;
        case ' ':
          if (target?.tagName === 'BUTTON') return;
          togglePause();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, next, previous, togglePause]);
}

const SWIPE_PX = 60;
/** A finger on a big touch panel wobbles: this much movement is still a tap. */
const TAP_PX = 16;

/** Tap for the next card; swipe left for the next, right for the previous. */
export function useSwipe(next: () => void, previous: () => void) {
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onPointerDown: (e: PointerEvent) => {
      if (e.button === 0) start.current = { x: e.clientX, y: e.clientY };
    },
    onPointerUp: (e: PointerEvent) => {
      const s = start.current;
      start.current = null;
      if (!s) return;
      const dx = e.clientX - s.x;
      const dy = e.clientY - s.y;
      if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(dy)) {
        if (dx < 0) next();
        else previous();
      } else if (Math.abs(dx) < TAP_PX && Math.abs(dy) < TAP_PX) next();
    },
  };
}
