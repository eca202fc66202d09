// The dream tree (styrketre), drawn in SVG: the class's dreams as fruits in the crown, its
// principles as the roots that hold it. Props only; used by the dream screen, the board and print.
import { wrapWords } from '../domain/wrap';

export interface DreamTreeProps {
  dreams: string[];
  principles: string[];
  /** Accessible name, e.g. "Our dream tree". */
  title: string;
  /** Heading for the root list, e.g. "Our principles". */
  principlesLabel: string;
  /** Heading for the fruit list, e.g. "Our dreams". */
  dreamsLabel: string;
  class?: string;
}

const W = 1200;
const H = 900;
const FRUIT_COLORS = ['#e8674a', '#f2b53a', '#d9486f', '#f08c2e', '#c0392b', '#e0a526', '#b8477a', '#e67e22'];

/** Hand-placed layouts for a few fruits, so a young tree does not look empty on one side. */
const FEW: Record<number, { x: number; y: number }[]> = {
  1: [{ x: 600, y: 280 }],
  2: [
    { x: 440, y: 290 },
    { x: 760, y: 290 },
  ],
  3: [
    { x: 600, y: 190 },
    { x: 400, y: 330 },
    { x: 800, y: 330 },
  ],
};

/** How many dreams (fruits) and principles (roots) the tree has room for. */
export const TREE_MAX_FRUITS = 12;
export const TREE_MAX_ROOTS = 6;

/** Fruit centres around the crown, filled from the middle outwards; at most TREE_MAX_FRUITS. */
function fruitSlots(n: number): { x: number; y: number; r: number }[] {
  const few = FEW[n];
  if (few) return few.map((s) => ({ ...s, r: 118 }));
  const slots = [
    { x: 600, y: 210 },
    { x: 400, y: 260 },
    { x: 800, y: 260 },
    { x: 500, y: 410 },
    { x: 700, y: 410 },
    { x: 270, y: 410 },
    { x: 930, y: 410 },
    { x: 600, y: 110 },
    { x: 360, y: 540 },
    { x: 840, y: 540 },
    { x: 230, y: 250 },
    { x: 970, y: 250 },
  ];
  const r = n <= 4 ? 118 : n <= 7 ? 102 : 88;
  return slots.slice(0, Math.min(n, slots.length)).map((s) => ({ ...s, r }));
}

export function DreamTree(props: DreamTreeProps) {
  const fruits = fruitSlots(props.dreams.length);
  const roots = props.principles.slice(0, TREE_MAX_ROOTS);
  const rootW = roots.length ? Math.min(360, (W - 80) / roots.length - 20) : 0;
  const rootCharLimit = Math.max(10, Math.floor(rootW / 13));
  return (
    <figure class={`dream-tree ${props.class ?? ''}`}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="dream-tree-title"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="dream-tree-title">{props.title}</title>
        {/* Ground, trunk and crown */}
        <rect x="0" y="640" width={W} height={H - 640} fill="var(--tree-ground, #d8c7a8)" />
        <path
          d="M560 660 C560 560 540 470 520 420 L680 420 C660 470 640 560 640 660 Z"
          fill="var(--tree-trunk, #8a5a3b)"
        />
        <path
          d="M600 470 L470 360 M600 500 L760 370"
          stroke="var(--tree-trunk, #8a5a3b)"
          stroke-width="26"
          stroke-linecap="round"
        />
        <ellipse cx="600" cy="300" rx="530" ry="270" fill="var(--tree-crown, #7cc49f)" />
        <ellipse cx="600" cy="280" rx="440" ry="215" fill="var(--tree-crown-2, #93d3b0)" />
        {fruits.map((f, i) => {
          const lines = wrapWords(props.dreams[i] ?? '', f.r > 110 ? 14 : 16, 4);
          const fs = f.r > 110 ? 24 : f.r > 95 ? 21 : 18;
          return (
            <g key={i} class="fruit">
              <circle
                cx={f.x}
                cy={f.y}
                r={f.r}
                fill={FRUIT_COLORS[i % FRUIT_COLORS.length]}
                stroke="#fff"
                stroke-width="5"
              />
              <path
                d={`M${f.x} ${f.y - f.r} q 12 -26 34 -30`}
                stroke="#3d6b35"
                stroke-width="7"
                fill="none"
                stroke-linecap="round"
              />
              <text
                x={f.x}
                y={f.y - ((lines.length - 1) * fs * 1.15) / 2}
                font-size={fs}
                text-anchor="middle"
                fill="#1b1410"
                font-weight="700"
                dominant-baseline="middle"
              >
                {lines.map((l, j) => (
                  <tspan key={j} x={f.x} dy={j === 0 ? 0 : fs * 1.15}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {/* Roots: one per principle, spreading from the trunk */}
        {roots.map((p, i) => {
          const cx = 40 + (i + 0.5) * ((W - 80) / roots.length);
          const lines = wrapWords(p, rootCharLimit, 3);
          return (
            <g key={i} class="root">
              <path
                d={`M600 660 C600 700 ${cx} 690 ${cx} 740`}
                stroke="var(--tree-trunk, #8a5a3b)"
                stroke-width="12"
                fill="none"
                stroke-linecap="round"
              />
              <rect
                x={cx - rootW / 2}
                y="740"
                width={rootW}
                height="130"
                rx="18"
                fill="var(--tree-root-bg, #fffaf2)"
                stroke="var(--tree-trunk, #8a5a3b)"
                stroke-width="4"
              />
              <text
                x={cx}
                y={805 - ((lines.length - 1) * 26) / 2}
                font-size="22"
                text-anchor="middle"
                fill="#1f2a27"
                font-weight="600"
                dominant-baseline="middle"
              >
                {lines.map((l, j) => (
                  <tspan key={j} x={cx} dy={j === 0 ? 0 : 26}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
      {/* The same content as text, for screen readers and for anything the drawing had to shorten. */}
      <figcaption class="sr-only">
        <p>{props.dreamsLabel}</p>
        <ul>
          {props.dreams.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
        <p>{props.principlesLabel}</p>
        <ul>
          {props.principles.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
