// Big name buttons for pupil mode (at least 64 px tall): tap your own name, or a classmate's.
import type { Pupil } from '../../domain/types';

export function NameGrid(props: { pupils: Pupil[]; label: string; onPick: (p: Pupil) => void }) {
  return (
    <ul class="name-grid" aria-label={props.label}>
      {props.pupils.map((p) => (
        <li key={p.id}>
          <button type="button" class="pupil-tile" dir="auto" onClick={() => props.onPick(p)}>
            {p.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
