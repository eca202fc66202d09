// Stacked columns over time (weeks or months), hand-drawn SVG. Props in, nothing read from storage.
// biome-ignore-all lint/a11y/noAriaHiddenOnFocusable: SVG <g> and <text> are not focusable; the rule misreads SVG.
// biome-ignore-all lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset> or <button>; ARIA roles are the SVG way.
// biome-ignore-all lint/a11y/noInteractiveElementToNoninteractiveRole: a data point is a focusable image (roving tabindex), not a control.
import { useRef } from 'preact/hooks';
import { Swatch, seriesFill } from './palette';
import { niceTicks, useRoving } from './roving';

export interface ChartSeries {
  key: string;
  label: string;
  /** Palette and pattern slot. */
  index: number;
}

export interface ChartColumn {
  key: string;
  /** Short axis label, e.g. "47". */
  label: string;
  /** What a screen reader hears and the read-out shows, e.g. "Week 47: 12 (Care 4, ...)". */
  description: string;
  counts: Record<string, number>;
  total: number;
}

const W = 800;
const H = 280;
const M = { top: 12, right: 12, bottom: 44, left: 44 };

export function ColumnChart(props: {
  label: string;
  series: ChartSeries[];
  columns: ChartColumn[];
  axisLabel?: string;
  hint: string;
}) {
  const ref = useRef<SVGSVGElement>(null);
  const roving = useRoving(props.columns.length, ref);
  const max = Math.max(0, ...props.columns.map((c) => c.total));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] || 1;
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const n = Math.max(1, props.columns.length);
  const slot = pw / n;
  const bw = Math.max(3, Math.min(48, slot * 0.72));
  const y = (v: number) => M.top + ph - (v / top) * ph;
  // Thin the axis labels so they never overlap: at most ~16 along the bottom.
  const every = Math.ceil(n / 16);
  const shown = roving.shown >= 0 ? props.columns[roving.shown] : undefined;
  return (
    <div class="chart">
      <svg
        ref={ref}
        class="chart-svg"
        viewBox={`0 0 ${W} ${H}`}
        role="group"
        aria-label={props.label}
        aria-roledescription={props.hint}
        onMouseLeave={roving.onLeave}
      >
        {ticks.map((t) => (
          <g key={t} aria-hidden="true">
            <line class="grid-line" x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
            <text class="tick" x={M.left - 8} y={y(t) + 5} text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        {props.axisLabel && (
          <text class="axis-label" aria-hidden="true" x={M.left} y={H - 4}>
            {props.axisLabel}
          </text>
        )}
        {props.columns.map((c, i) => {
          const x = M.left + i * slot + (slot - bw) / 2;
          let acc = 0;
          return (
            <g key={c.key} class="col" role="img" aria-label={c.description} {...roving.item(i)}>
              <rect class="hit" x={M.left + i * slot} y={M.top} width={slot} height={ph} />
              {props.series.map((s) => {
                const v = c.counts[s.key] ?? 0;
                if (!v) return null;
                const y0 = y(acc);
                acc += v;
                return (
                  <rect
                    key={s.key}
                    class="bar-edge"
                    x={x}
                    y={y(acc)}
                    width={bw}
                    height={Math.max(0, y0 - y(acc))}
                    fill={seriesFill(s.index)}
                  />
                );
              })}
              {i % every === 0 && (
                <text class="tick" x={x + bw / 2} y={M.top + ph + 20} text-anchor="middle" aria-hidden="true">
                  {c.label}
                </text>
              )}
            </g>
          );
        })}
        <line class="axis-line" x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} aria-hidden="true" />
      </svg>
      <p class="chart-readout" aria-hidden="true">
        {shown ? shown.description : '\u00a0'}
      </p>
      {props.series.length > 1 && <Legend series={props.series} />}
    </div>
  );
}

export function Legend(props: { series: ChartSeries[] }) {
  return (
    <ul class="legend">
      {props.series.map((s) => (
        <li key={s.key}>
          <Swatch index={s.index} />
          <span>{s.label}</span>
        </li>
      ))}
    </ul>
  );
}
