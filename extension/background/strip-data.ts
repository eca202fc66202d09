// What the strength strip shows next: the stored board's cards in the fair rotation (the same rotation
// as the board, its own state), worded in the board's language. The strip itself stays tiny.
import { focusHeading, focusStrengths, recognitionCardText } from '../../src/domain/board-card';
import type { BoardSnapshot } from '../../src/domain/board-snapshot';
import {
  type BoardCard,
  currentCard,
  deckFromSnapshot,
  nextCard,
  restoreRotation,
} from '../../src/domain/rotation';
import { currentSymbol } from '../../src/domain/strength-symbols';
import type { Lang } from '../../src/domain/types';
import { en } from '../../src/i18n/en';
import { enBoard } from '../../src/i18n/en-board';
import type { ExtensionMessages as Messages } from '../../src/i18n/messages';
import { nb } from '../../src/i18n/nb';
import { nbBoard } from '../../src/i18n/nb-board';
import { nn } from '../../src/i18n/nn';
import { nnBoard } from '../../src/i18n/nn-board';
import type { BoardStore } from '../shared/store';

// Static imports: a Chromium service worker may not use import().
const CATALOGUES: Record<Lang, Messages> = {
  nb: { ...nb, ...nbBoard },
  nn: { ...nn, ...nnBoard },
  en: { ...en, ...enBoard },
};

export interface StripItem {
  symbol: string;
  color: string;
  title: string;
  text: string;
  byline?: string;
}

export interface StripData {
  lang: Lang;
  label: string;
  hide: string;
  move: string;
  intervalSeconds: number;
  theme: 'light' | 'dark' | 'auto';
  items: StripItem[];
}

/** At most this many cards per request; the strip asks again when it has shown them all. */
const BATCH = 30;

function itemFor(card: BoardCard, s: BoardSnapshot, m: Messages): StripItem | null {
  const b = m.board;
  if (card.kind === 'pupil' || card.kind === 'wholeClass') {
    const c = recognitionCardText(s, card.id, b);
    const st = c?.strength;
    if (!c || !st) return null;
    return {
      symbol: currentSymbol(st.symbol),
      color: st.color,
      title: `${c.name} · ${st.name}`,
      text: c.recognition.text || st.definition,
      byline: c.byline,
    };
  }
  if (card.kind === 'focus') {
    const st = focusStrengths(s)[0];
    const title = focusHeading(s, b);
    return st
      ? {
          symbol: currentSymbol(st.symbol),
          color: st.color,
          title: `${title}: ${st.name}`,
          text: st.definition,
        }
      : null;
  }
  if (card.kind === 'dream') {
    const text = s.dream.dreams.length > 0 ? s.dream.dreams.join(' · ') : s.dream.principles.join(' · ');
    return { symbol: '🌳', color: '#2f5d50', title: b.dreamTitle, text };
  }
  return null;
}

export async function stripData(store: BoardStore): Promise<StripData | null> {
  const board = await store.get();
  if (!board) return null;
  const s = board.snapshot;
  const m = CATALOGUES[s.lang];
  const deck = deckFromSnapshot(s);
  let rotation = restoreRotation(await store.getState('strip-rotation'));
  const items: StripItem[] = [];
  const count = Math.min(BATCH, Math.max(1, deck.pupils.length + deck.extras.length));
  for (let i = 0; i < count; i++) {
    rotation = nextCard(rotation, deck);
    const card = currentCard(rotation, deck);
    const item = card && itemFor(card, s, m);
    if (item) items.push(item);
  }
  await store.putState('strip-rotation', rotation);
  if (items.length === 0)
    items.push({ symbol: '🌱', color: '#2f5d50', title: s.className, text: m.extension.stripEmpty });
  return {
    lang: s.lang,
    label: m.extension.stripLabel,
    hide: m.extension.hideStrip,
    move: m.extension.moveStrip,
    intervalSeconds: s.settings.intervalSeconds,
    theme: s.settings.theme,
    items,
  };
}
