// The strength board component, shared by the app (/board) and the browser extension's board page.
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
import { todayIso } from '../domain/dates';
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
import { useBoardKeys, useCardTimer, useSwipe } from './board-input';
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

function cardKey(card: BoardCard | null, rotation: RotationState): string {
  if (!card) return 'none';
  // The same friendly card again is not a new card (no fade every interval).
  if (card.kind === 'empty') return 'empty';
  return `${card.kind}:${'id' in card ? card.id : ''}:${rotation.seq}:${rotation.back}`;
}

/** The accent of a card: its strength's colour (the first focus strength on the focus card). */
function cardColor(card: BoardCard | null, s: BoardSnapshot): string | undefined {
  if (!card) return undefined;
  const strengthId =
    'id' in card
      ? s.recognitions.find((r) => r.id === card.id)?.strengthId
      : card.kind === 'focus'
        ? s.focus?.strengthIds[0]
        : undefined;
  return s.strengths.find((x) => x.id === strengthId)?.color;
}

export function Board(props: BoardProps) {
  const { snapshot, rotation, messages: m } = props;
  const clock = props.now ?? Date.now;
  const root = useRef<HTMLDivElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  // Rebuilt each new day too, so "this week" moves on while the board runs.
  const day = todayIso(clock());
  const deck = useMemo(() => deckFromSnapshot(snapshot, clock()), [snapshot, day]);
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

  useCardTimer(key, interval, paused, clock, next);

  const togglePause = useCallback(() => setPaused((p) => !p), []);

  useBoardKeys(!settingsOpen, next, previous, togglePause);
  const swipe = useSwipe(next, previous);

  useFitText(cardRef);

  const strengthColor = cardColor(card, snapshot);
  const settings = snapshot.settings;
  const onSettingsChange = props.onSettingsChange;
  // A dialog the host put in the bar (e.g. the teacher-PIN prompt of the exit) keeps the bar shown.
  const controlsHidden = !idleActive && !settingsOpen && !root.current?.querySelector('dialog[open]');

  return (
    <div
      ref={root}
      class={`board${controlsHidden ? ' is-idle' : ''}`}
      data-theme={settings.theme}
      lang={snapshot.lang}
    >
      <h1 class="board-sr-only">{m.titleFor(snapshot.className)}</h1>
      <div class="board-stage" onPointerDown={swipe.onPointerDown} onPointerUp={swipe.onPointerUp}>
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
