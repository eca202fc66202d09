// One card of the strength board, drawn from the snapshot: a pupil's recognition, a whole-class
// recognition, the focus strength, the dream tree, or the friendly "nothing yet" card.
// Never a count, total, rank or comparison.
import type { BoardRecognition, BoardSnapshot, BoardStrength } from '../domain/board-snapshot';
import { speaksAsMe } from '../domain/first-person';
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

function RecognitionCard(props: BoardCardViewProps & { r: BoardRecognition; name: string }) {
  const { r, snapshot, messages: m } = props;
  const strength = snapshot.strengths.find((s) => s.id === r.strengthId);
  const when = whenText(whenWords(r.at, props.now, props.locale), m);
  // A text that says «meg»/«jeg» always names its writer: otherwise nobody knows who «meg» is.
  const showBy = r.noticedBy && (snapshot.settings.showNoticedBy || speaksAsMe(r.text, snapshot.lang));
  return (
    <>
      <StrengthLine strength={strength} />
      <h2 class={`bc-name${[...props.name].length > 14 ? ' long-name' : ''}`}>{props.name}</h2>
      <p class={`bc-text ${lengthClass(r.text)}`}>{r.text}</p>
      <p class="bc-meta">
        {showBy ? `${m.noticedBy(r.noticedBy!)} · ${when}` : when.charAt(0).toUpperCase() + when.slice(1)}
      </p>
    </>
  );
}

function FocusBlock(props: { snapshot: BoardSnapshot; headingLevel: 2 | 3 }) {
  const strengths = (props.snapshot.focus?.strengthIds ?? [])
    .map((id) => props.snapshot.strengths.find((s) => s.id === id))
    .filter((s): s is BoardStrength => !!s);
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
      const r = snapshot.recognitions.find((x) => x.id === card.id);
      if (!r) return null;
      return <RecognitionCard {...props} r={r} name={r.pupilName ?? m.wholeClass} />;
    }
    case 'focus':
      return (
        <>
          <p class="bc-kicker">{snapshot.focus?.period === 'month' ? m.focusMonth : m.focusWeek}</p>
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
