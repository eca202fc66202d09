// The chart palette: Okabe-Ito (safe for the common colour-vision deficiencies) plus a fill pattern
// per series, so that no chart depends on colour alone. Patterns are defined once per page.

/** Okabe & Ito (2008), in an order where neighbours differ in lightness as well as hue. */
export const OKABE_ITO = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#F0E442',
] as const;
/** "All the others" is grey, the eighth series. */
export const OTHER_COLOR = '#999999';
export const SERIES_MAX = OKABE_ITO.length;

type PatternKind = 'solid' | 'diagonal' | 'dots' | 'horizontal' | 'cross' | 'vertical' | 'backslash' | 'grid';
const PATTERNS: readonly PatternKind[] = [
  'solid',
  'diagonal',
  'dots',
  'horizontal',
  'cross',
  'vertical',
  'backslash',
  'grid',
];

export function seriesFill(index: number): string {
  return `url(#dk-pat-${Math.min(index, PATTERNS.length - 1)})`;
}

function colorOf(i: number): string {
  return i < OKABE_ITO.length ? OKABE_ITO[i]! : OTHER_COLOR;
}

function Overlay(props: { kind: PatternKind }) {
  const s = { stroke: 'rgb(0 0 0 / 0.55)', strokeWidth: 1.6, fill: 'none' };
  switch (props.kind) {
    case 'solid':
      return null;
    case 'diagonal':
      return <path d="M-2,2 l4,-4 M0,10 l10,-10 M8,12 l4,-4" {...s} />;
    case 'backslash':
      return <path d="M-2,8 l4,4 M0,0 l10,10 M8,-2 l4,4" {...s} />;
    case 'dots':
      return <circle cx="5" cy="5" r="1.8" fill="rgb(0 0 0 / 0.6)" />;
    case 'horizontal':
      return <path d="M0,5 h10" {...s} />;
    case 'vertical':
      return <path d="M5,0 v10" {...s} />;
    case 'cross':
      return <path d="M0,0 l10,10 M10,0 l-10,10" {...s} />;
    case 'grid':
      return <path d="M0,5 h10 M5,0 v10" {...s} />;
  }
}

/** Rendered once per chart screen; every chart refers to the patterns by id. */
export function ChartDefs() {
  return (
    <svg class="chart-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {PATTERNS.map((kind, i) => (
          <pattern key={kind} id={`dk-pat-${i}`} patternUnits="userSpaceOnUse" width="10" height="10">
            <rect width="10" height="10" fill={colorOf(i)} />
            <Overlay kind={kind} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/** A small legend swatch with the same fill as the series. */
export function Swatch(props: { index: number }) {
  return (
    <svg class="swatch" width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="20" height="20" rx="3" fill={seriesFill(props.index)} class="bar-edge" />
    </svg>
  );
}
