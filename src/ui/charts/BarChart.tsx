// Horizontal bars with the label and the number written next to each bar, hand-drawn SVG.
// With `onSelect`, every bar is a button (the examples behind it are one click away).
// biome-ignore-all lint/a11y/noAriaHiddenOnFocusable: SVG <g> and <text> are not focusable; the rule misreads SVG.
// biome-ignore-all lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset> or <button>; ARIA roles are the SVG way.
// biome-ignore-all lint/a11y/useAriaPropsSupportedByRole: the <g> has role=button when aria-expanded is set.
// biome-ignore-all lint/a11y/noStaticElementInteractions: the <g> has role=button (or img) and a roving tabindex.
// biome-ignore-all lint/a11y/noInteractiveElementToNoninteractiveRole: a read-only bar is a focusable image, not a control.
import { useRef } from 'preact/hooks';
import { seriesFill } from './palette';
import { niceTicks, useRoving } from './roving';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Palette and pattern slot. */
  index: number;
  description: string;
}

const W = 800;
const ROW = 44;
const LABEL_W = 250;

export function BarChart(props: {
  label: string;
  bars: Bar[];
  selected?: string | null;
  onSelect?: (key: string) => void;
  controls?: string;
}) {
  const ref = useRef<SVGSVGElement>(null);
  const roving = useRoving(props.bars.length, ref);
  const H = props.bars.length * ROW + 8;
  // At least 4 on the scale, so that one recognition does not look like a full bar.
  const max = Math.max(4, ...props.bars.map((b) => b.value));
  const top = niceTicks(max).at(-1) || 1;
  const pw = W - LABEL_W - 60;
  const shown = roving.shown >= 0 ? props.bars[roving.shown] : undefined;
  return (
    <div class="chart">
      <svg
        ref={ref}
        class="chart-svg bars"
        viewBox={`0 0 ${W} ${H}`}
        role="group"
        aria-label={props.label}
        onMouseLeave={roving.onLeave}
      >
        {props.bars.map((b, i) => {
          const yy = 4 + i * ROW;
          const w = Math.max(2, (b.value / top) * pw);
          const interactive = props.onSelect !== undefined;
          const r = roving.item(i);
          return (
            <g
              key={b.key}
              class={`row${interactive ? ' clickable' : ''}${props.selected === b.key ? ' selected' : ''}`}
              role={interactive ? 'button' : 'img'}
              aria-label={b.description}
              aria-expanded={interactive ? props.selected === b.key : undefined}
              aria-controls={interactive ? props.controls : undefined}
              {...r}
              onClick={interactive ? () => props.onSelect!(b.key) : undefined}
              onKeyDown={(e: KeyboardEvent) => {
                if (interactive && (e.key === 'Enter' || e.key === ' ')) {
                  e.preventDefault();
                  props.onSelect!(b.key);
                  return;
                }
                r.onKeyDown(e);
              }}
            >
              <rect class="hit" x="0" y={yy} width={W} height={ROW - 4} rx="8" />
              <text
                class="bar-label"
                x={LABEL_W - 12}
                y={yy + ROW / 2 + 2}
                text-anchor="end"
                aria-hidden="true"
              >
                {b.label}
              </text>
              <rect
                class="bar-edge"
                x={LABEL_W}
                y={yy + 6}
                width={w}
                height={ROW - 16}
                rx="4"
                fill={seriesFill(b.index)}
              />
              <text class="bar-value" x={LABEL_W + w + 10} y={yy + ROW / 2 + 2} aria-hidden="true">
                {b.value}
              </text>
            </g>
          );
        })}
      </svg>
      <p class="chart-readout" aria-hidden="true">
        {shown ? shown.description : '\u00a0'}
      </p>
    </div>
  );
}
