// Big name buttons for pupil mode (at least 64 px tall): tap your own name, or a classmate's.
import type { JSX } from 'preact';
import type { Pupil } from '../../domain/types';

/**
 * The second tap of a double tap lands on the next step's screen, where another button now sits:
 * only a single tap (or the keyboard, detail 0) moves a pupil on.
 */
export function singleTap(fn: () => void) {
  return (e: JSX.TargetedMouseEvent<HTMLButtonElement>) => {
    if (e.detail > 1) return;
    fn();
  };
}

export function NameGrid(props: { pupils: Pupil[]; label: string; onPick: (p: Pupil) => void }) {
  return (
    <ul class="name-grid" aria-label={props.label}>
      {props.pupils.map((p) => (
        <li key={p.id}>
          <button type="button" class="pupil-tile" dir="auto" onClick={singleTap(() => props.onPick(p))}>
            {p.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
