// The board's small control bar: back to the class, previous, pause/resume, next, time per card,
// options and full screen. It fades when idle (see Board); a tap on the faded bar only wakes it.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { INTERVAL_CHOICES } from '../domain/board-settings';
import type { BoardMessages } from './board-messages';

export interface BoardControlsProps {
  messages: BoardMessages;
  hidden: boolean;
  paused: boolean;
  intervalSeconds: number;
  fullscreen: { supported: boolean; active: boolean; toggle: () => void };
  exit?: ComponentChildren;
  onPrevious: () => void;
  onNext: () => void;
  onTogglePause: () => void;
  onInterval?: (seconds: number) => void;
  onOpenSettings?: () => void;
  onWake: () => void;
}

export function BoardControls(props: BoardControlsProps) {
  const m = props.messages;
  const wasHidden = useRef(false);
  const choices = INTERVAL_CHOICES.includes(props.intervalSeconds)
    ? INTERVAL_CHOICES
    : [...INTERVAL_CHOICES, props.intervalSeconds].sort((a, b) => a - b);
  return (
    <fieldset
      class={`board-controls${props.hidden ? ' is-hidden' : ''}`}
      onPointerDownCapture={() => {
        wasHidden.current = props.hidden;
        props.onWake();
      }}
      onClickCapture={(e) => {
        // The first tap on a faded bar shows it; it must not press a button nobody could see.
        if (wasHidden.current) {
          wasHidden.current = false;
          e.preventDefault();
          e.stopPropagation();
        }
      }}
    >
      <legend class="board-sr-only">{m.controls}</legend>
      {props.exit && <div class="board-exit">{props.exit}</div>}
      <button type="button" class="board-btn" onClick={props.onPrevious} aria-label={m.previous}>
        <span aria-hidden="true">◀</span>
      </button>
      <button type="button" class="board-btn wide" onClick={props.onTogglePause}>
        <span aria-hidden="true">{props.paused ? '▶' : '❚❚'}</span>
        <span class="board-btn-text">{props.paused ? m.resume : m.pause}</span>
      </button>
      <button type="button" class="board-btn" onClick={props.onNext} aria-label={m.next}>
        <span aria-hidden="true">▶</span>
      </button>
      {props.onInterval && (
        <label class="board-interval">
          <span>{m.interval}</span>
          <select
            value={String(props.intervalSeconds)}
            onChange={(e) => props.onInterval?.(Number(e.currentTarget.value))}
          >
            {choices.map((s) => (
              <option key={s} value={String(s)}>
                {m.seconds(s)}
              </option>
            ))}
          </select>
        </label>
      )}
      {props.onOpenSettings && (
        <button type="button" class="board-btn" onClick={props.onOpenSettings}>
          <span aria-hidden="true">⚙</span>
          <span class="board-btn-text">{m.settings}</span>
        </button>
      )}
      {props.fullscreen.supported && (
        <button type="button" class="board-btn" onClick={props.fullscreen.toggle}>
          <FullscreenIcon exit={props.fullscreen.active} />
          <span class="board-btn-text">{props.fullscreen.active ? m.exitFullscreen : m.fullscreen}</span>
        </button>
      )}
    </fieldset>
  );
}

/** Drawn, not a font glyph: the full-screen symbols are missing from many system fonts. */
function FullscreenIcon(props: { exit: boolean }) {
  const d = props.exit ? 'M8 3v5H3M16 3v5h5M8 21v-5H3M16 21v-5h5' : 'M3 8V3h5M21 8V3h-5M3 16v5h5M21 16v5h-5';
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
    </svg>
  );
}
