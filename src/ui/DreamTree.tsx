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
/** The drawing's height with one or two rows of roots; more rows make it taller. */
const BASE_H = 900;
const FRUIT_COLORS = ['#e8674a', '#f2b53a', '#d9486f', '#f08c2e', '#c0392b', '#e0a526', '#b8477a', '#e67e22'];

/** Up to this many dreams the fruits are laid out by trying every split into rows. */
const EXACT_FRUITS = 12;
/** Principles (roots) side by side in one row; more start a new row below. */
export const ROOTS_PER_ROW = 6;

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

/** The largest fruit radius (to half a unit) with which these rows fit the crown; 0 if none does. */
function largestRadius(rows: number[], lo: number, hi = 140): number {
  if (!fits(place(rows, lo))) return 0;
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    if (fits(place(rows, mid))) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** `n` fruits in `k` rows, each row as long as the crown is wide at its height. */
function rowsByWidth(n: number, k: number): number[] {
  const widths = Array.from({ length: k }, (_, i) => {
    const t = ((i + 0.5) / k) * 2 - 1;
    return Math.sqrt(Math.max(0.05, 1 - t * t));
  });
  const sum = widths.reduce((a, b) => a + b, 0);
  const rows = widths.map((w) => Math.max(1, Math.floor((n * w) / sum)));
  for (let left = n - rows.reduce((a, b) => a + b, 0); left > 0; left--) {
    const i = rows.reduce((best, c, j) => (widths[j]! / c > widths[best]! / rows[best]! ? j : best), 0);
    rows[i]! += 1;
  }
  return rows;
}

/** Many dreams: start from rows as wide as the crown, then move one fruit at a time while it helps. */
function manyRows(n: number): number[] {
  let best: number[] = [n];
  let bestR = 0;
  for (let k = 2; k <= Math.min(12, n); k++) {
    let rows = rowsByWidth(n, k);
    let r = largestRadius(rows, 8);
    for (let improved = true; improved; ) {
      improved = false;
      for (let a = 0; a < k; a++) {
        for (let b = 0; b < k; b++) {
          if (a === b || rows[a]! <= 1) continue;
          const next = rows.slice();
          next[a]! -= 1;
          next[b]! += 1;
          const nr = largestRadius(next, Math.max(8, r));
          if (nr > r + 0.25) {
            rows = next;
            r = nr;
            improved = true;
          }
        }
      }
    }
    if (r > bestR) {
      best = rows;
      bestR = r;
    }
  }
  return best;
}

/**
 * Where the fruits go: in rows inside the crown, as large as the crown allows (at most 140), never
 * touching each other or the crown's edge. Every dream gets a fruit: the more dreams, the smaller
 * the fruits and the more rows.
 */
export function fruitSlots(count: number): FruitSlot[] {
  const n = Math.max(0, Math.floor(count));
  if (n <= 0) return [];
  if (n > EXACT_FRUITS) {
    const rows = manyRows(n);
    return place(rows, Math.floor(largestRadius(rows, 8) * 2) / 2);
  }
  let best: FruitSlot[] = [];
  let bestScore = 0;
  for (let k = 1; k <= Math.min(4, n); k++) {
    for (const rows of compositions(n, k)) {
      const lo = largestRadius(rows, 30);
      if (!lo) continue;
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

/** The smallest type on the tree: about 8 pt on an A4 poster, 11 pt on A3. */
const MIN_FONT = 12;

/** Line height as a share of the font size, and a bold glyph's average width. */
const LINE = 1.15;
const GLYPH = 0.56;

/**
 * How many characters fit on every one of `lines` lines centred in a circle of radius r: the
 * outermost line is the narrowest (its glyphs' top or bottom edge on the circle, less the stroke).
 */
export function charsPerLine(r: number, fs: number, lines: number): number {
  const edge = ((lines - 1) / 2) * fs * LINE + fs / 2;
  if (edge >= r) return 0;
  return Math.floor((2 * Math.sqrt(r * r - edge * edge) - 10) / (fs * GLYPH));
}

/** A dream's words inside its fruit: as large as they fit (no word cut), at most five lines. */
export function fruitText(text: string, r: number): { lines: string[]; fs: number } {
  const longestWord = Math.max(0, ...text.split(/\s+/).map((w) => [...w].length));
  for (let fs = Math.min(27, Math.max(17, Math.round(r * 0.21))); fs >= MIN_FONT; fs--) {
    for (let n = 1; n <= 5; n++) {
      const chars = charsPerLine(r, fs, n);
      if (chars < 4) break;
      if (longestWord > chars) continue;
      const lines = wrapWords(text, chars, 99);
      if (lines.length <= n) return { lines, fs };
    }
  }
  // Too long for the fruit even in the smallest type: as much as fits, marked with "…".
  let n = 5;
  while (n > 1 && charsPerLine(r, MIN_FONT, n) < 4) n--;
  return { lines: wrapWords(text, Math.max(4, charsPerLine(r, MIN_FONT, n)), n), fs: MIN_FONT };
}

export interface RootBox {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Font size and the most characters and lines that fit the box. */
  fs: number;
  chars: number;
  maxLines: number;
}

/** Where the principles go: a row of at most ROOTS_PER_ROW boxes under the ground, more rows below. */
export function rootBoxes(count: number): { boxes: RootBox[]; height: number } {
  const n = Math.max(0, Math.floor(count));
  if (n === 0) return { boxes: [], height: BASE_H };
  const rows = Math.ceil(n / ROOTS_PER_ROW);
  const perRow = Math.ceil(n / rows);
  const w = Math.min(360, (W - 80) / perRow - 20);
  const h = rows === 1 ? 130 : 96;
  const fs = rows === 1 ? 22 : 19;
  const top = 740;
  const boxes: RootBox[] = [];
  for (let i = 0; i < n; i++) {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, n - row * perRow);
    const cx = W / 2 + ((i % perRow) - (inRow - 1) / 2) * ((W - 80) / perRow);
    boxes.push({
      x: cx - w / 2,
      y: top + row * (h + 14),
      w,
      h,
      fs,
      chars: Math.max(8, Math.floor((w - 16) / (fs * 0.59))),
      maxLines: Math.floor((h - 12) / (fs * 1.2)),
    });
  }
  const bottom = top + rows * (h + 14) + 6;
  return { boxes, height: Math.max(BASE_H, Math.ceil(bottom)) };
}

const whole = (lines: string[], text: string) => lines.join(' ') === text.trim().split(/\s+/).join(' ');

/** How many dreams and principles are too long to stand whole in their fruit or box. */
export function shortenedOnTree(tree: Pick<DreamTreeProps, 'dreams' | 'principles'>): number {
  const fruits = layout(tree.dreams.length);
  const { boxes } = rootBoxes(tree.principles.length);
  const dreams = tree.dreams.filter((d, i) => !whole(fruitText(d, fruits[i]!.r).lines, d)).length;
  const principles = tree.principles.filter(
    (p, i) => !whole(wrapWords(p, boxes[i]!.chars, boxes[i]!.maxLines), p),
  ).length;
  return dreams + principles;
}

export function DreamTree(props: DreamTreeProps) {
  const fruits = layout(props.dreams.length);
  const { boxes: roots, height: H } = rootBoxes(props.principles.length);
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
                y={f.y - ((lines.length - 1) * fs * LINE) / 2}
                font-size={fs}
                text-anchor="middle"
                fill="#1b1410"
                font-weight="700"
                dominant-baseline="middle"
              >
                {lines.map((l, j) => (
                  <tspan key={j} x={f.x} dy={j === 0 ? 0 : fs * LINE}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {/* Roots: one per principle, spreading from the trunk (lines first, boxes over them) */}
        {roots.map((b, i) => (
          <path
            key={`l${i}`}
            d={`M600 660 C600 700 ${b.x + b.w / 2} 690 ${b.x + b.w / 2} ${b.y}`}
            stroke="var(--tree-trunk, #8a5a3b)"
            stroke-width={roots.length > ROOTS_PER_ROW ? 8 : 12}
            fill="none"
            stroke-linecap="round"
          />
        ))}
        {roots.map((b, i) => {
          const lines = wrapWords(props.principles[i] ?? '', b.chars, b.maxLines);
          const cx = b.x + b.w / 2;
          return (
            <g key={i} class="root">
              <rect
                x={b.x}
                y={b.y}
                width={b.w}
                height={b.h}
                rx="18"
                fill="var(--tree-root-bg, #fffaf2)"
                stroke="var(--tree-trunk, #8a5a3b)"
                stroke-width="4"
              />
              <text
                x={cx}
                y={b.y + b.h / 2 - ((lines.length - 1) * b.fs * 1.2) / 2}
                font-size={b.fs}
                text-anchor="middle"
                fill="#1f2a27"
                font-weight="600"
                dominant-baseline="middle"
              >
                {lines.map((l, j) => (
                  <tspan key={j} x={cx} dy={j === 0 ? 0 : b.fs * 1.2}>
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
