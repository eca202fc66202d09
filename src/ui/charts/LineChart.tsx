// A 1-5 scaling line over time (check-ins), hand-drawn SVG: points on dates, the scale's steps as
// grid lines. Props in only.
// biome-ignore-all lint/a11y/noAriaHiddenOnFocusable: SVG <g> and <text> are not focusable; the rule misreads SVG.
// biome-ignore-all lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset> or <button>; ARIA roles are the SVG way.
// biome-ignore-all lint/a11y/noInteractiveElementToNoninteractiveRole: a data point is a focusable image (roving tabindex), not a control.
import { useRef } from 'preact/hooks';
import { useRoving } from './roving';

export interface LinePoint {
  key: string;
  /** ms since epoch (the x position). */
  t: number;
  value: number;
  description: string;
}

const W = 800;
const H = 260;
const M = { top: 16, right: 24, bottom: 44, left: 44 };

export function LineChart(props: {
  label: string;
  points: LinePoint[];
  from: number;
  to: number;
  ticks: { t: number; label: string }[];
}) {
  const ref = useRef<SVGSVGElement>(null);
  const roving = useRoving(props.points.length, ref);
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const span = Math.max(1, props.to - props.from);
  const x = (t: number) => M.left + ((t - props.from) / span) * pw;
  const y = (v: number) => M.top + ph - ((v - 1) / 4) * ph;
  const d = props.points
    .map((p, i) => `${i ? 'L' : 'M'}${x(p.t).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  const shown = roving.shown >= 0 ? props.points[roving.shown] : undefined;
  return (
    <div class="chart">
      <svg
        ref={ref}
        class="chart-svg"
        viewBox={`0 0 ${W} ${H}`}
        role="group"
        aria-label={props.label}
        onMouseLeave={roving.onLeave}
      >
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v} aria-hidden="true">
            <line class="grid-line" x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
            <text class="tick" x={M.left - 10} y={y(v) + 5} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {props.ticks.map((t) => (
          <g key={t.t} aria-hidden="true">
            <line class="grid-line" x1={x(t.t)} x2={x(t.t)} y1={y(1)} y2={y(1) + 6} />
            <text class="tick" x={x(t.t)} y={H - 16} text-anchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        <path class="line" d={d} fill="none" aria-hidden="true" />
        {props.points.map((p, i) => (
          <g key={p.key} class="pt" role="img" aria-label={p.description} {...roving.item(i)}>
            <circle class="hit" cx={x(p.t)} cy={y(p.value)} r="16" />
            <circle class="dot" cx={x(p.t)} cy={y(p.value)} r="7" />
          </g>
        ))}
      </svg>
      <p class="chart-readout" aria-hidden="true">
        {shown ? shown.description : '\u00a0'}
      </p>
    </div>
  );
}
