// The 1-5 scale, big enough to tap on the smartboard: either count each pupil's placement, or
// choose one value for the whole class.
import type { Counts } from '../../data/checkins';
import { useI18n } from '../../i18n/i18n';

export function ScaleInput(props: {
  mode: 'count' | 'class';
  counts: Counts;
  classValue?: number;
  onCounts: (c: Counts) => void;
  onClassValue: (v: number) => void;
}) {
  const { m } = useI18n();
  const c = m.dream.checkin;
  const steps = [1, 2, 3, 4, 5];
  const bump = (i: number, d: number) => {
    const next = [...props.counts] as Counts;
    next[i] = Math.max(0, next[i]! + d);
    props.onCounts(next);
  };
  return (
    <ol class="scale" aria-label={c.scale}>
      {steps.map((n, i) =>
        props.mode === 'count' ? (
          <li key={n}>
            <button type="button" class="scale-step" aria-label={c.addOne(n)} onClick={() => bump(i, 1)}>
              {n}
            </button>
            <span class="scale-count" aria-live="polite">
              {c.countOn(props.counts[i]!, n)}
            </span>
            <button
              type="button"
              class="btn small"
              aria-label={c.removeOne(n)}
              disabled={props.counts[i] === 0}
              onClick={() => bump(i, -1)}
            >
              −
            </button>
          </li>
        ) : (
          <li key={n}>
            <button
              type="button"
              class="scale-step"
              aria-pressed={props.classValue === n}
              aria-label={c.classValueOn(n)}
              onClick={() => props.onClassValue(n)}
            >
              {n}
            </button>
          </li>
        ),
      )}
    </ol>
  );
}
