// Board settings per class: normalised on read (clamped interval, known theme, every card flag set),
// so a hand-edited or older stored value can never break the board.
import { type BoardSettings, DEFAULT_BOARD_SETTINGS } from './board-snapshot';

export const MIN_INTERVAL = 5;
export const MAX_INTERVAL = 60;
/** Choices offered in the control bar; a stored value outside them is still honoured. */
export const INTERVAL_CHOICES = [5, 8, 10, 12, 15, 20, 30, 45, 60];

export function clampInterval(v: unknown): number {
  const n =
    typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : DEFAULT_BOARD_SETTINGS.intervalSeconds;
  return Math.min(MAX_INTERVAL, Math.max(MIN_INTERVAL, n));
}

export function normalizeBoardSettings(raw: unknown): BoardSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const cards = (r.cards && typeof r.cards === 'object' ? r.cards : {}) as Record<string, unknown>;
  const flag = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const d = DEFAULT_BOARD_SETTINGS;
  return {
    intervalSeconds: clampInterval(r.intervalSeconds ?? d.intervalSeconds),
    showNoticedBy: flag(r.showNoticedBy, d.showNoticedBy),
    cards: {
      dream: flag(cards.dream, d.cards.dream),
      focus: flag(cards.focus, d.cards.focus),
      wholeClass: flag(cards.wholeClass, d.cards.wholeClass),
    },
    theme: r.theme === 'light' || r.theme === 'dark' || r.theme === 'auto' ? r.theme : d.theme,
    recent: r.recent === 'week' || r.recent === 'month' ? r.recent : 'all',
  };
}
