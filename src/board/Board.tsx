// The praise board component, shared by the app (/board) and the browser extension's board page.
// Props in, callbacks out: no storage, no router, no i18n context, so any host can render it.
//
//   <Board
//     snapshot={BoardSnapshot}           what to show (approved recognitions only; see domain/board-snapshot)
//     rotation={RotationState}           the fair-rotation state (domain/rotation); restoreRotation() it on read
//     onRotationChange={(s) => ...}      keep the new state in memory and persist it (it is small and bounded)
//     messages={m.board}                 the `board` section of the catalogue in the snapshot's language
//     locale="nb-NO"                     for weekday and date words (Intl)
//     onSettingsChange={(s) => ...}      optional: store new board settings; without it no options are offered
//     exit={<button>…</button>}          optional: the way back, shown first in the control bar
//     now={() => Date.now()}             optional clock (tests)
//   />
//
// The board advances by itself every `snapshot.settings.intervalSeconds`, timed from the clock (a
// throttled hidden tab catches up with one step, not many), and by tap, swipe, arrow keys,
// PageUp/PageDown (presenter clickers) and Space (pause). A card whose recognition is erased or
// no longer approved leaves at once; an edited one is redrawn from the new snapshot.
import './board.css';
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { normalizeBoardSettings } from '../domain/board-settings';
import type { BoardSettings, BoardSnapshot } from '../domain/board-snapshot';
import {
  type BoardCard,
  currentCard,
  deckFromSnapshot,
  nextCard,
  previousCard,
  type RotationState,
} from '../domain/rotation';
import { BoardCardView } from './BoardCardView';
import { BoardControls } from './BoardControls';
import { BoardSettingsPanel } from './BoardSettingsPanel';
import { useFitText, useFullscreen, useIdleActive, useWakeLock } from './board-hooks';
import type { BoardMessages } from './board-messages';

export interface BoardProps {
  snapshot: BoardSnapshot;
  rotation: RotationState;
  onRotationChange: (next: RotationState) => void;
  messages: BoardMessages;
  locale: string;
  onSettingsChange?: (next: BoardSettings) => void;
  exit?: ComponentChildren;
  now?: () => number;
}

/** How long the control bar stays after the last touch, mouse move or key. */
export const CONTROLS_IDLE_MS = 4000;
const SWIPE_PX = 60;

function cardKey(card: BoardCard | null, rotation: RotationState): string {
  if (!card) return 'none';
  return `${card.kind}:${'id' in card ? card.id : ''}:${rotation.seq}:${rotation.back}`;
}

const IGNORE_KEYS_IN = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function Board(props: BoardProps) {
  const { snapshot, rotation, messages: m } = props;
  const clock = props.now ?? Date.now;
  const root = useRef<HTMLDivElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  const deck = useMemo(() => deckFromSnapshot(snapshot), [snapshot]);
  const card = currentCard(rotation, deck);
  const key = cardKey(card, rotation);
  const [paused, setPaused] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const interval = snapshot.settings.intervalSeconds * 1000;
  const [idleActive, wake] = useIdleActive(root, CONTROLS_IDLE_MS);
  const fullscreen = useFullscreen(root);
  useWakeLock();

  // Event handlers read the newest props through a ref, so listeners are attached once.
  const latest = useRef({ rotation, deck, onRotationChange: props.onRotationChange });
  latest.current = { rotation, deck, onRotationChange: props.onRotationChange };
  const next = useCallback(() => {
    const l = latest.current;
    l.onRotationChange(nextCard(l.rotation, l.deck));
  }, []);
  const previous = useCallback(() => {
    const l = latest.current;
    const p = previousCard(l.rotation, l.deck);
    if (p !== l.rotation) l.onRotationChange(p);
  }, []);

  // No card yet, or the one on screen was erased or disabled: move on at once.
  useEffect(() => {
    if (!card) next();
  }, [card === null, deck]);

  // Timing from the clock: each card has a deadline; pausing keeps the time that was left.
  const deadline = useRef(0);
  const remainingAtPause = useRef<number | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    deadline.current = clock() + interval;
    remainingAtPause.current = null;
    setTick((t) => t + 1);
  }, [key, interval]);
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
      if (left <= 0) next();
      else timer = setTimeout(check, Math.min(left, 60_000));
    };
    check();
    // A hidden tab's timers are throttled: look at the clock again as soon as it is visible.
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [paused, tick]);

  const togglePause = useCallback(() => setPaused((p) => !p), []);

  useEffect(() => {
    if (settingsOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target && IGNORE_KEYS_IN.has(target.tagName)) return;
      const onButton = target?.tagName === 'BUTTON';
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
          if (onButton) return; // Space presses the focused button instead.
          togglePause();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [settingsOpen, next, previous, togglePause]);

  // Tap for the next card; swipe left for the next, right for the previous.
  const start = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (e: PointerEvent) => {
    if (e.button === 0) start.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: PointerEvent) => {
    const s = start.current;
    start.current = null;
    if (!s) return;
    const dx = e.clientX - s.x;
    const dy = e.clientY - s.y;
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(dy)) {
      if (dx < 0) next();
      else previous();
    } else if (Math.abs(dx) < 10 && Math.abs(dy) < 10) next();
  };

  useFitText(
    cardRef,
    `${key}:${snapshot.recognitions.find((r) => card && 'id' in card && r.id === card.id)?.updatedAt ?? ''}:${snapshot.settings.showNoticedBy}`,
  );

  const strengthColor =
    card && 'id' in card
      ? snapshot.strengths.find(
          (s) => s.id === snapshot.recognitions.find((r) => r.id === card.id)?.strengthId,
        )?.color
      : undefined;
  const settings = snapshot.settings;
  const onSettingsChange = props.onSettingsChange;
  const controlsHidden = !idleActive && !settingsOpen;

  return (
    <div
      ref={root}
      class={`board${controlsHidden ? ' is-idle' : ''}`}
      data-theme={settings.theme}
      lang={snapshot.lang}
    >
      <h1 class="board-sr-only">{m.titleFor(snapshot.className)}</h1>
      <div class="board-stage" onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
        <section class="board-live" aria-live={paused ? 'polite' : 'off'} aria-atomic="true">
          {card && (
            <article
              key={key}
              ref={cardRef}
              class={`board-card card-${card.kind}`}
              style={strengthColor ? { '--strength': strengthColor } : undefined}
            >
              <div class="bc-body">
                <BoardCardView
                  card={card}
                  snapshot={snapshot}
                  messages={m}
                  locale={props.locale}
                  now={clock()}
                />
              </div>
            </article>
          )}
        </section>
      </div>
      {paused && (
        <p class="board-paused" role="status">
          <span aria-hidden="true">❚❚ </span>
          {m.paused}
        </p>
      )}
      <BoardControls
        messages={m}
        hidden={controlsHidden}
        paused={paused}
        intervalSeconds={settings.intervalSeconds}
        fullscreen={fullscreen}
        exit={props.exit}
        onPrevious={previous}
        onNext={next}
        onTogglePause={togglePause}
        onInterval={
          onSettingsChange
            ? (s) => onSettingsChange(normalizeBoardSettings({ ...settings, intervalSeconds: s }))
            : undefined
        }
        onOpenSettings={onSettingsChange ? () => setSettingsOpen(true) : undefined}
        onWake={wake}
      />
      {settingsOpen && onSettingsChange && (
        <BoardSettingsPanel
          messages={m}
          settings={settings}
          onChange={(s) => onSettingsChange(normalizeBoardSettings(s))}
          onClose={() => setSettingsOpen(false)}
        />
      )}
    </div>
  );
}
