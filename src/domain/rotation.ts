// Fair rotation for the strength board (ALLE): in each round every pupil with an approved recognition
// appears once before anyone appears again; within a pupil, the recognition shown least recently
// comes first. Pure functions on plain data; the state is small, bounded and serialisable, so it is
// persisted and survives reloads and days (the round simply continues tomorrow).
import type { BoardRecent, BoardSnapshot } from './board-snapshot';
import { startOfWeek } from './dates';
import { spreadHash } from './hash';

/** What the board shows. Recognition cards point at a recognition by id (rendered fresh each time). */
export type BoardCard =
  | { kind: 'pupil'; id: string }
  | { kind: 'wholeClass'; id: string }
  | { kind: 'dream' }
  | { kind: 'focus' }
  | { kind: 'empty' };

export type ExtraKind = 'focus' | 'dream' | 'wholeClass';

/** The cards that can be shown now: derived from a snapshot (see deckFromSnapshot). */
export interface RotationDeck {
  /** Pupils with at least one approved recognition; recognitions with their date (ms). */
  pupils: { pupilId: string; recognitions: { id: string; at: number }[] }[];
  wholeClass: { id: string; at: number }[];
  /** Extra cards that are enabled and have content, in the order they take turns. */
  extras: ExtraKind[];
}

export interface RotationState {
  v: 1;
  /** Cards shown so far (monotonic); the clock of "recently". */
  seq: number;
  /** Rounds started so far; varies the order inside each round. */
  roundNo: number;
  /** Pupils already shown in the current round (kept even if they leave, so a return is fair). */
  round: string[];
  /** Recognition id -> seq when last shown; most recent last; at most MAX_SEEN entries. */
  seen: [string, number][];
  /** Pupil cards since the last extra card. */
  sinceExtra: number;
  /** Which extra kind takes the next turn. */
  extraTurn: number;
  /** Recently shown cards, newest last, for "previous"; at most MAX_HISTORY. */
  history: BoardCard[];
  /** Steps back from the newest card in history (0 = showing the newest). */
  back: number;
}

export const MAX_SEEN = 400;
export const MAX_HISTORY = 20;
export const MAX_ROUND = 1000;
/** An extra card (dream, focus, whole class) after this many pupil cards. */
export const EXTRA_EVERY = 4;

export function initialRotation(): RotationState {
  return { v: 1, seq: 0, roundNo: 0, round: [], seen: [], sinceExtra: 0, extraTurn: 0, history: [], back: 0 };
}

/** The first moment (ms, local time) whose recognitions rotate with this setting. */
export function recentFrom(recent: BoardRecent | undefined, now: number): number {
  const d = new Date(now);
  if (recent === 'week') return startOfWeek(d).getTime();
  if (recent === 'month') return new Date(d.getFullYear(), d.getMonth(), 1).getTime();
  return -Infinity;
}

export function deckFromSnapshot(s: BoardSnapshot, now = Date.now()): RotationDeck {
  const byPupil = new Map<string, { id: string; at: number }[]>();
  const wholeClass: { id: string; at: number }[] = [];
  const from = recentFrom(s.settings.recent, now);
  for (const r of s.recognitions) {
    if (r.at < from) continue;
    if (r.pupilId === undefined) wholeClass.push({ id: r.id, at: r.at });
    else {
      const list = byPupil.get(r.pupilId) ?? [];
      list.push({ id: r.id, at: r.at });
      byPupil.set(r.pupilId, list);
    }
  }
  const focusOk = !!s.focus && s.focus.strengthIds.some((id) => s.strengths.some((x) => x.id === id));
  const dreamOk = s.dream.dreams.length > 0 || s.dream.principles.length > 0;
  const extras: ExtraKind[] = [];
  if (s.settings.cards.focus && focusOk) extras.push('focus');
  if (s.settings.cards.dream && dreamOk) extras.push('dream');
  if (s.settings.cards.wholeClass && wholeClass.length > 0) extras.push('wholeClass');
  return {
    pupils: [...byPupil].map(([pupilId, recognitions]) => ({ pupilId, recognitions })),
    wholeClass,
    extras,
  };
}

/** Is this card still showable with this deck (an erased recognition or a disabled card is not)? */
export function isCardValid(card: BoardCard, deck: RotationDeck): boolean {
  switch (card.kind) {
    case 'pupil':
      return deck.pupils.some((p) => p.recognitions.some((r) => r.id === card.id));
    case 'wholeClass':
      return deck.extras.includes('wholeClass') && deck.wholeClass.some((r) => r.id === card.id);
    case 'empty':
      return deck.pupils.length === 0;
    default:
      return deck.extras.includes(card.kind);
  }
}

/** The card on screen, or null when there is none yet or it is no longer valid. */
export function currentCard(state: RotationState, deck: RotationDeck): BoardCard | null {
  const card = state.history[state.history.length - 1 - state.back];
  return card && isCardValid(card, deck) ? card : null;
}

function leastRecent(items: { id: string; at: number }[], seen: Map<string, number>): string | undefined {
  let best: { id: string; at: number } | undefined;
  let bestSeen = 0;
  for (const it of items) {
    const s = seen.get(it.id) ?? -1;
    // Never shown first; then least recently shown; a tie goes to the newest recognition.
    if (!best || s < bestSeen || (s === bestSeen && it.at > best.at)) {
      best = it;
      bestSeen = s;
    }
  }
  return best?.id;
}

function withCard(
  state: RotationState,
  card: BoardCard,
  patch: Partial<RotationState>,
  seenId?: string,
): RotationState {
  const seq = state.seq + 1;
  let seen = state.seen;
  if (seenId) {
    seen = state.seen.filter(([id]) => id !== seenId);
    seen.push([seenId, seq]);
    if (seen.length > MAX_SEEN) seen = seen.slice(seen.length - MAX_SEEN);
  }
  const history = [...state.history, card];
  return {
    ...state,
    ...patch,
    seq,
    seen,
    history: history.length > MAX_HISTORY ? history.slice(history.length - MAX_HISTORY) : history,
    back: 0,
  };
}

function nextExtra(
  state: RotationState,
  deck: RotationDeck,
  seen: Map<string, number>,
): RotationState | null {
  const n = deck.extras.length;
  for (let i = 0; i < n; i++) {
    const kind = deck.extras[(state.extraTurn + i) % n]!;
    const patch = { sinceExtra: 0, extraTurn: (state.extraTurn + i + 1) % Math.max(1, n) };
    if (kind === 'wholeClass') {
      const id = leastRecent(deck.wholeClass, seen);
      if (id) return withCard(state, { kind: 'wholeClass', id }, patch, id);
    } else return withCard(state, { kind }, patch);
  }
  return null;
}

function nextPupil(state: RotationState, deck: RotationDeck, seen: Map<string, number>): RotationState {
  const done = new Set(state.round);
  let round = state.round;
  let roundNo = state.roundNo;
  let candidates = deck.pupils.filter((p) => !done.has(p.pupilId));
  if (candidates.length === 0) {
    // Everyone has had a turn: a new round begins.
    round = [];
    roundNo += 1;
    candidates = deck.pupils;
  }
  const lastPupil = [...state.history].reverse().find((c) => c.kind === 'pupil');
  const lastPupilId = lastPupil
    ? deck.pupils.find((p) => p.recognitions.some((r) => r.id === (lastPupil as { id: string }).id))?.pupilId
    : undefined;
  // Never the same child twice in a row across a round boundary, when anyone else can go.
  if (candidates.length > 1 && lastPupilId) candidates = candidates.filter((p) => p.pupilId !== lastPupilId);
  let pick = candidates[0]!;
  let best = spreadHash(`${pick.pupilId}:${roundNo}`);
  for (const c of candidates) {
    const h = spreadHash(`${c.pupilId}:${roundNo}`);
    if (h < best || (h === best && c.pupilId < pick.pupilId)) {
      pick = c;
      best = h;
    }
  }
  const id = leastRecent(pick.recognitions, seen)!;
  const nextRound = [...round, pick.pupilId];
  return withCard(
    state,
    { kind: 'pupil', id },
    {
      round: nextRound.length > MAX_ROUND ? nextRound.slice(nextRound.length - MAX_ROUND) : nextRound,
      roundNo,
      sinceExtra: state.sinceExtra + 1,
    },
    id,
  );
}

/** Shows the next card: forward through history after "previous", otherwise a new fair pick. */
export function nextCard(state: RotationState, deck: RotationDeck): RotationState {
  if (state.back > 0) {
    // Step forward again through cards already shown (skipping any that have since gone).
    for (let back = state.back - 1; back >= 0; back--) {
      const card = state.history[state.history.length - 1 - back];
      if (card && isCardValid(card, deck)) return { ...state, back };
    }
  }
  const seen = new Map(state.seen);
  const base = { ...state, back: 0 };
  if (deck.pupils.length === 0) {
    // No pupil cards: the friendly empty card takes turns with the extras (focus is on it already).
    const extras = { ...deck, extras: deck.extras.filter((k) => k !== 'focus') };
    const last = state.history[state.history.length - 1];
    if (last?.kind === 'empty') {
      const extra = nextExtra(base, extras, seen);
      if (extra) return extra;
    }
    return withCard(base, { kind: 'empty' }, { sinceExtra: 0 });
  }
  if (deck.extras.length > 0 && state.sinceExtra >= EXTRA_EVERY) {
    const extra = nextExtra(base, deck, seen);
    if (extra) return extra;
  }
  return nextPupil(base, deck, seen);
}

/** Shows the previous card still valid in history; stays put at the oldest. */
export function previousCard(state: RotationState, deck: RotationDeck): RotationState {
  for (let back = state.back + 1; back < state.history.length; back++) {
    const card = state.history[state.history.length - 1 - back];
    if (card && isCardValid(card, deck)) return { ...state, back };
  }
  return state;
}

function isCard(v: unknown): v is BoardCard {
  if (!v || typeof v !== 'object') return false;
  const c = v as { kind?: unknown; id?: unknown };
  if (c.kind === 'pupil' || c.kind === 'wholeClass') return typeof c.id === 'string';
  return c.kind === 'dream' || c.kind === 'focus' || c.kind === 'empty';
}

const count = (v: unknown): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : 0;

/** Normalises a stored state: repairs what it can, starts afresh for anything unknown. */
export function restoreRotation(raw: unknown): RotationState {
  if (!raw || typeof raw !== 'object' || (raw as { v?: unknown }).v !== 1) return initialRotation();
  const r = raw as Record<string, unknown>;
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  const seen = Array.isArray(r.seen)
    ? r.seen
        .filter(
          (e): e is [string, number] =>
            Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number' && Number.isFinite(e[1]),
        )
        .slice(-MAX_SEEN)
    : [];
  const history = Array.isArray(r.history) ? r.history.filter(isCard).slice(-MAX_HISTORY) : [];
  return {
    v: 1,
    seq: count(r.seq),
    roundNo: count(r.roundNo),
    round: [...new Set(strings(r.round))].slice(-MAX_ROUND),
    seen,
    sinceExtra: count(r.sinceExtra),
    extraTurn: count(r.extraTurn),
    history,
    // A reload starts on the newest card, not somewhere back in history.
    back: 0,
  };
}
