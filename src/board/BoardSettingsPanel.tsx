// The board's options for a class: who noticed it, which extra cards rotate in, and the colours.
// A modal dialog inside the board element, so it also works in full screen.
import { useRef } from 'preact/hooks';
import type { BoardRecent, BoardSettings } from '../domain/board-snapshot';
import { useModal } from '../ui/use-modal';
import type { BoardMessages } from './board-messages';

export interface BoardSettingsPanelProps {
  messages: BoardMessages;
  settings: BoardSettings;
  onChange: (next: BoardSettings) => void;
  onClose: () => void;
}

export function BoardSettingsPanel(props: BoardSettingsPanelProps) {
  const m = props.messages;
  const s = props.settings;
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref);
  const card = (key: keyof BoardSettings['cards'], label: string) => (
    <label class="board-check">
      <input
        type="checkbox"
        checked={s.cards[key]}
        onChange={(e) => props.onChange({ ...s, cards: { ...s.cards, [key]: e.currentTarget.checked } })}
      />
      {label}
    </label>
  );
  const theme = (value: BoardSettings['theme'], label: string) => (
    <label class="board-check">
      <input
        type="radio"
        name="board-theme"
        value={value}
        checked={s.theme === value}
        onChange={() => props.onChange({ ...s, theme: value })}
      />
      {label}
    </label>
  );
  const recent = (value: BoardRecent, label: string) => (
    <label class="board-check">
      <input
        type="radio"
        name="board-recent"
        value={value}
        checked={(s.recent ?? 'all') === value}
        onChange={() => props.onChange({ ...s, recent: value })}
      />
      {label}
    </label>
  );
  return (
    <dialog
      ref={ref}
      class="board-settings"
      aria-labelledby="board-settings-title"
      onClose={props.onClose}
      onCancel={props.onClose}
    >
      <h2 id="board-settings-title">{m.settingsTitle}</h2>
      <label class="board-check">
        <input
          type="checkbox"
          checked={s.showNoticedBy}
          onChange={(e) => props.onChange({ ...s, showNoticedBy: e.currentTarget.checked })}
        />
        {m.showNoticedBy}
      </label>
      <p class="board-check-help">{m.showNoticedByHelp}</p>
      <fieldset>
        <legend>{m.recentLegend}</legend>
        {recent('week', m.recentWeek)}
        {recent('month', m.recentMonth)}
        {recent('all', m.recentAll)}
      </fieldset>
      <fieldset>
        <legend>{m.cardsLegend}</legend>
        {card('focus', m.cardFocus)}
        {card('dream', m.cardDream)}
        {card('wholeClass', m.cardWholeClass)}
      </fieldset>
      <fieldset>
        <legend>{m.theme}</legend>
        {theme('auto', m.themeAuto)}
        {theme('light', m.themeLight)}
        {theme('dark', m.themeDark)}
      </fieldset>
      <button type="button" class="board-btn primary" onClick={props.onClose}>
        {m.done}
      </button>
    </dialog>
  );
}
