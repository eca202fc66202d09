// One card of the strength board, drawn from the snapshot: a pupil's recognition, a whole-class
// recognition, the focus strength, the dream tree, or the friendly "nothing yet" card.
// Never a count, total, rank or comparison.
import {
  focusHeading,
  focusStrengths,
  type RecognitionCardText,
  recognitionCardText,
} from '../domain/board-card';
import type { BoardSnapshot, BoardStrength } from '../domain/board-snapshot';
import type { BoardCard } from '../domain/rotation';
import { currentSymbol } from '../domain/strength-symbols';
import { type When, whenWords } from '../domain/when-words';
import { DreamTree } from '../ui/DreamTree';
import type { BoardMessages } from './board-messages';

export interface BoardCardViewProps {
  card: BoardCard;
  snapshot: BoardSnapshot;
  messages: BoardMessages;
  locale: string;
  now: number;
}

function whenText(w: When, m: BoardMessages): string {
  switch (w.kind) {
    case 'today':
      return m.when.today;
    case 'yesterday':
      return m.when.yesterday;
    case 'weekday':
      return m.when.weekday(w.weekday);
    case 'lastWeek':
      return m.when.lastWeek;
    case 'weeksAgo':
      return m.when.weeksAgo(w.weeks);
    case 'date':
      return m.when.date(w.date);
  }
}

/** Type size bucket by length, so a short line is big and 280 characters still fit. */
function lengthClass(text: string): string {
  const n = [...text].length;
  return n <= 90 ? 'len-short' : n <= 180 ? 'len-mid' : 'len-long';
}

function StrengthLine(props: { strength: BoardStrength | undefined }) {
  if (!props.strength) return null;
  return (
    <p class="bc-strength">
      <span class="bc-symbol" aria-hidden="true">
        {currentSymbol(props.strength.symbol)}
      </span>
      <span class="bc-strength-name">{props.strength.name}</span>
    </p>
  );
}

function RecognitionCard(props: BoardCardViewProps & { c: RecognitionCardText }) {
  const { c, messages: m } = props;
  const r = c.recognition;
  const when = whenText(whenWords(r.at, props.now, props.locale), m);
  return (
    <>
      <StrengthLine strength={c.strength} />
      <h2 class={`bc-name${[...c.name].length > 14 ? ' long-name' : ''}`}>{c.name}</h2>
      <p class={`bc-text ${lengthClass(r.text)}`}>{r.text}</p>
      <p class="bc-meta">
        {c.byline ? `${c.byline} · ${when}` : when.charAt(0).toUpperCase() + when.slice(1)}
      </p>
    </>
  );
}

function FocusBlock(props: { snapshot: BoardSnapshot; headingLevel: 2 | 3 }) {
  const strengths = focusStrengths(props.snapshot);
  const H = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class={`bc-focus-list${strengths.length > 1 ? ' several' : ''}`}>
      {strengths.map((s) => (
        <li key={s.id} class="bc-focus" style={{ '--strength': s.color }}>
          <span class="bc-focus-symbol" aria-hidden="true">
            {currentSymbol(s.symbol)}
          </span>
          <H class="bc-focus-name">{s.name}</H>
          <p class={`bc-text ${lengthClass(s.definition)}`}>{s.definition}</p>
        </li>
      ))}
    </ul>
  );
}

export function BoardCardView(props: BoardCardViewProps) {
  const { card, snapshot, messages: m } = props;
  switch (card.kind) {
    case 'pupil':
    case 'wholeClass': {
      const c = recognitionCardText(snapshot, card.id, m);
      return c && <RecognitionCard {...props} c={c} />;
    }
    case 'focus':
      return (
        <>
          <p class="bc-kicker">{focusHeading(snapshot, m)}</p>
          <FocusBlock snapshot={snapshot} headingLevel={2} />
        </>
      );
    case 'dream':
      return (
        <div class="bc-dream">
          <h2 class="bc-kicker">{m.dreamTitle}</h2>
          {snapshot.dream.question && <p class="bc-question">{snapshot.dream.question}</p>}
          <DreamTree
            class="bc-tree"
            dreams={snapshot.dream.dreams}
            principles={snapshot.dream.principles}
            title={m.treeTitle}
            dreamsLabel={m.dreamsLabel}
            principlesLabel={m.principlesLabel}
          />
        </div>
      );
    case 'empty':
      return (
        <>
          <p class="bc-empty-symbol" aria-hidden="true">
            🌱
          </p>
          <h2 class="bc-title">{m.emptyTitle}</h2>
          {snapshot.focus && (
            <div class="bc-empty-focus">
              <p class="bc-meta">{m.emptyLookFor}</p>
              <FocusBlock snapshot={snapshot} headingLevel={3} />
            </div>
          )}
          <p class="bc-how">{m.emptyHow}</p>
        </>
      );
  }
}
