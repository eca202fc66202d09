// What a board card says, whoever draws it: the board in the app (src/board) and the extension's
// strip (a classic script without Preact) word a card the same way from the same snapshot.
import type { BoardRecognition, BoardSnapshot, BoardStrength } from './board-snapshot';
import { speaksAsMe } from './first-person';

/** The board's words a card needs (the `board` section of the catalogue has them all). */
export interface BoardCardWords {
  wholeClass: string;
  focusWeek: string;
  focusMonth: string;
  noticedBy: (who: string) => string;
}

export interface RecognitionCardText {
  recognition: BoardRecognition;
  strength: BoardStrength | undefined;
  /** The pupil's name, or the words for the whole class. */
  name: string;
  /** "Noticed by Sara", when the board shows who noticed. */
  byline?: string;
}

/** A recognition card's words, or null when the recognition is no longer in the snapshot. */
export function recognitionCardText(
  s: BoardSnapshot,
  id: string,
  words: BoardCardWords,
): RecognitionCardText | null {
  const r = s.recognitions.find((x) => x.id === id);
  if (!r) return null;
  return {
    recognition: r,
    strength: s.strengths.find((x) => x.id === r.strengthId),
    name: r.pupilName ?? words.wholeClass,
    // A text that says «meg»/«jeg» always names its writer: otherwise nobody knows who «meg» is.
    byline:
      r.noticedBy && (s.settings.showNoticedBy || speaksAsMe(r.text, s.lang))
        ? words.noticedBy(r.noticedBy)
        : undefined,
  };
}

/** The focus strengths that are in the snapshot, in the teacher's order. */
export function focusStrengths(s: BoardSnapshot): BoardStrength[] {
  return (s.focus?.strengthIds ?? [])
    .map((id) => s.strengths.find((x) => x.id === id))
    .filter((x): x is BoardStrength => !!x);
}

/** "This week's strength" or "This month's strength". */
export function focusHeading(s: BoardSnapshot, words: BoardCardWords): string {
  return s.focus?.period === 'month' ? words.focusMonth : words.focusWeek;
}
