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

/** How many dreams (fruits) and principles (roots) the tree has room for. */
export const TREE_MAX_FRUITS = 12;
export const TREE_MAX_ROOTS = 6;

/** The crown's outer ellipse: every fruit sits wholly inside it. */
export const CROWN = { cx: 600, cy: 300, rx: 530, ry: 270 };
/** Space between two fruits, and between a fruit and the crown's edge. */
export const FRUIT_GAP = 14;
const STEM = 34;

export interface FruitSlot {
  x: number;
  y: number;
  r: number;
}

/** Every way to split `n` fruits into `k` rows (top to bottom), each row at least one. */
function compositions(n: number, k: number): number[][] {
  if (k === 1) return [[n]];
  const out: number[][] = [];
  for (let first = 1; first <= n - k + 1; first++) {
    for (const rest of compositions(n - first, k - 1)) out.push([first, ...rest]);
  }
  return out;
}

function place(rows: number[], r: number): FruitSlot[] {
  const step = 2 * r + FRUIT_GAP;
  // Rows whose counts differ by one sit staggered, so they can come closer.
  const dys = rows.slice(1).map((c, i) => ((c - rows[i]!) % 2 !== 0 ? step * 0.866 : step));
  const height = dys.reduce((a, b) => a + b, 0);
  let y = CROWN.cy + STEM / 2 - height / 2;
  const out: FruitSlot[] = [];
  rows.forEach((c, i) => {
    if (i > 0) y += dys[i - 1]!;
    for (let j = 0; j < c; j++) out.push({ x: CROWN.cx + (j - (c - 1) / 2) * step, y, r });
  });
  return out;
}

function fits(slots: FruitSlot[]): boolean {
  return slots.every((f) => {
    const ax = CROWN.rx - f.r - FRUIT_GAP;
    const ay = CROWN.ry - f.r - FRUIT_GAP;
    return (
      ax > 0 &&
      ay > 0 &&
      ((f.x - CROWN.cx) / ax) ** 2 + ((f.y - CROWN.cy) / ay) ** 2 <= 1 &&
      f.y - f.r - STEM >= 0
    );
  });
}

/**
 * Where the fruits go: in rows inside the crown, as large as the crown allows (at most 140), never
 * touching each other or the crown's edge. At most TREE_MAX_FRUITS.
 */
export function fruitSlots(count: number): FruitSlot[] {
  const n = Math.min(count, TREE_MAX_FRUITS);
  if (n <= 0) return [];
  let best: FruitSlot[] = [];
  let bestScore = 0;
  for (let k = 1; k <= Math.min(4, n); k++) {
    for (const rows of compositions(n, k)) {
      let lo = 30;
      let hi = 140;
      if (!fits(place(rows, lo))) continue;
      while (hi - lo > 0.5) {
        const mid = (lo + hi) / 2;
        if (fits(place(rows, mid))) lo = mid;
        else hi = mid;
      }
      // A crown of fruits in rows looks like a tree; one long row only wins if clearly larger.
      const score = lo * (k > 1 ? 1.15 : 1);
      // Ties go to the simpler shape found first (fewer rows, smaller rows on top).
      if (score > bestScore * 1.04) {
        best = place(rows, Math.floor(lo));
        bestScore = score;
      }
    }
  }
  return best;
}

/** Computed once per number of dreams, when first drawn. */
const layouts = new Map<number, FruitSlot[]>();
function layout(n: number): FruitSlot[] {
  let l = layouts.get(n);
  if (!l) {
    l = fruitSlots(n);
    layouts.set(n, l);
  }
  return l;
}

/** A fruit's stem only where it does not reach into the fruit above. */
function hasRoomForStem(f: FruitSlot, all: FruitSlot[]): boolean {
  return !all.some(
    (o) => o !== f && o.y < f.y && Math.abs(o.x - f.x) < o.r + 20 && f.y - f.r - STEM < o.y + o.r,
  );
}

/** A dream's words inside its fruit: as large as they fit (no word cut), at most five lines. */
function fruitText(text: string, r: number): { lines: string[]; fs: number } {
  const longestWord = Math.max(0, ...text.split(/\s+/).map((w) => [...w].length));
  let fs = Math.min(27, Math.max(17, Math.round(r * 0.21)));
  for (;;) {
    const chars = Math.max(6, Math.floor((1.5 * r) / (fs * 0.56)));
    const maxLines = Math.min(5, Math.floor((1.4 * r) / (fs * 1.15)));
    const all = wrapWords(text, chars, 99);
    if ((all.length <= maxLines && longestWord <= chars) || fs <= 14) {
      return { lines: wrapWords(text, chars, maxLines), fs };
    }
    fs -= 1;
  }
}

export function DreamTree(props: DreamTreeProps) {
  const fruits = layout(Math.min(props.dreams.length, TREE_MAX_FRUITS));
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
          const { lines, fs } = fruitText(props.dreams[i] ?? '', f.r);
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
              {hasRoomForStem(f, fruits) && (
                <path
                  d={`M${f.x} ${f.y - f.r} q 12 -26 34 -30`}
                  stroke="#3d6b35"
                  stroke-width="7"
                  fill="none"
                  stroke-linecap="round"
                />
              )}
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
