// The strength strip, injected on demand into the current tab (activeTab + scripting). Injecting it
// again removes it: a toggle. It lives in a closed Shadow DOM, is styled only through CSSOM (no
// HTML strings, nothing the page's CSS or CSP can break), covers a strip and never more, and can be
// moved up and down but never off the screen.
import type { StripData, StripItem } from '../background/strip-data';
import { ext } from '../shared/browser';
import { clampTop, stripHeight } from './geometry';

type Styles = Record<string, string>;

interface Strip {
  remove(): void;
}

const KEY = '__drommeklassenStrip';
const slot = globalThis as unknown as Record<string, Strip | undefined>;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  styles: Styles,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(styles)) e.style.setProperty(k, v, 'important');
  if (text !== undefined) e.textContent = text;
  return e;
}

function setStyles(e: HTMLElement, styles: Styles): void {
  for (const [k, v] of Object.entries(styles)) e.style.setProperty(k, v, 'important');
}

function mount(data: StripData): Strip {
  // The board's colour choice, or the machine's.
  const dark =
    data.theme === 'dark' || (data.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const bg = dark ? '#14201d' : '#fffaf2';
  const fg = dark ? '#f3efe6' : '#1f2a27';
  const host = document.createElement('drommeklassen-strip');
  let height = stripHeight(window.innerHeight);
  let top = window.innerHeight - height;
  const place = () => {
    height = stripHeight(window.innerHeight);
    // Two rows of text in the strip, with room for its border: the type scales with the strip.
    setStyles(bar, { 'font-size': `${Math.round(Math.min(height * 0.3, window.innerWidth / 40))}px` });
    top = clampTop(top, height, window.innerHeight);
    setStyles(host, {
      all: 'initial',
      position: 'fixed',
      left: '0',
      right: '0',
      top: `${top}px`,
      height: `${height}px`,
      'max-height': '20vh',
      'z-index': '2147483647',
      display: 'block',
    });
  };
  const root = host.attachShadow({ mode: 'closed' });
  const font = `system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif`;
  const bar = el('div', {
    display: 'flex',
    'align-items': 'center',
    gap: '16px',
    height: '100%',
    padding: '0 12px',
    'box-sizing': 'border-box',
    background: bg,
    color: fg,
    'border-top': '6px solid #2f5d50',
    'box-shadow': '0 -4px 18px rgb(0 0 0 / 0.25)',
    font: `500 16px/1.25 ${font}`,
    overflow: 'hidden',
  });
  place();
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', data.label);
  bar.lang = data.lang === 'en' ? 'en' : data.lang;

  const handle = el(
    'button',
    {
      all: 'unset',
      cursor: 'ns-resize',
      'touch-action': 'none',
      'font-size': '28px',
      padding: '8px 10px',
      'border-radius': '10px',
      color: fg,
      opacity: '0.7',
      'flex-shrink': '0',
    },
    '⠿',
  );
  handle.type = 'button';
  handle.setAttribute('aria-label', data.move);
  handle.title = data.move;

  const symbol = el('span', { 'font-size': '1.6em', 'flex-shrink': '0' });
  symbol.setAttribute('aria-hidden', 'true');
  const body = el('div', { flex: '1', 'min-width': '0', display: 'flex', 'flex-direction': 'column' });
  const title = el('strong', {
    'font-weight': '800',
    'white-space': 'nowrap',
    overflow: 'hidden',
    'text-overflow': 'ellipsis',
  });
  const line = el('span', { 'white-space': 'nowrap', overflow: 'hidden', 'text-overflow': 'ellipsis' });
  // Two rows that always fit the strip: "Name · Strength  noticed by …", then what was seen.
  const head = el('div', { display: 'flex', 'align-items': 'baseline', gap: '0.8em', 'min-width': '0' });
  const byline = el('span', {
    'font-size': '0.75em',
    opacity: '0.85',
    'white-space': 'nowrap',
    overflow: 'hidden',
    'text-overflow': 'ellipsis',
    'flex-shrink': '1',
  });
  setStyles(title, { 'flex-shrink': '0', 'max-width': '70%' });
  head.append(title, byline);
  body.append(head, line);

  const hide = el(
    'button',
    {
      all: 'unset',
      cursor: 'pointer',
      'min-width': '56px',
      height: '56px',
      display: 'grid',
      'place-items': 'center',
      'border-radius': '50%',
      background: '#2f5d50',
      color: '#ffffff',
      'font-size': '28px',
      'flex-shrink': '0',
    },
    '✕',
  );
  hide.type = 'button';
  hide.setAttribute('aria-label', data.hide);
  hide.title = data.hide;

  for (const b of [handle, hide]) {
    b.addEventListener('focus', () =>
      setStyles(b, { outline: '4px solid #1d4ed8', 'outline-offset': '2px' }),
    );
    b.addEventListener('blur', () => b.style.removeProperty('outline'));
  }
  bar.append(handle, symbol, body, hide);
  root.append(bar);

  let items = data.items;
  let index = -1;
  const show = (item: StripItem) => {
    symbol.textContent = item.symbol;
    setStyles(bar, { 'border-top-color': item.color });
    title.textContent = item.title;
    line.textContent = item.text;
    byline.textContent = item.byline ?? '';
    if (!reduced) body.animate?.([{ opacity: 0 }, { opacity: 1 }], { duration: 400 });
  };
  const advance = async () => {
    index += 1;
    if (index >= items.length) {
      // A new batch from the rotation: the board may have changed since.
      const fresh = (await ext.runtime
        .sendMessage({ type: 'strip-data' })
        .catch(() => null)) as StripData | null;
      if (fresh && fresh.items.length > 0) items = fresh.items;
      index = 0;
    }
    const item = items[index];
    if (item) show(item);
  };
  void advance();
  const timer = window.setInterval(() => void advance(), Math.max(5, data.intervalSeconds) * 1000);

  // Moving: pointer drag on the handle, or arrow keys; always clamped inside the window.
  let dragFrom: { y: number; top: number } | null = null;
  handle.addEventListener('pointerdown', (e) => {
    dragFrom = { y: e.clientY, top };
    handle.setPointerCapture(e.pointerId);
  });
  handle.addEventListener('pointermove', (e) => {
    if (!dragFrom) return;
    top = dragFrom.top + (e.clientY - dragFrom.y);
    place();
  });
  const endDrag = () => {
    dragFrom = null;
  };
  handle.addEventListener('pointerup', endDrag);
  handle.addEventListener('pointercancel', endDrag);
  handle.addEventListener('keydown', (e) => {
    const step = Math.round(window.innerHeight / 10);
    const moves: Record<string, number> = {
      ArrowUp: top - step,
      ArrowDown: top + step,
      Home: 0,
      End: window.innerHeight,
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    top = moves[e.key]!;
    place();
  });
  window.addEventListener('resize', place);

  const strip: Strip = {
    remove() {
      window.clearInterval(timer);
      window.removeEventListener('resize', place);
      host.remove();
      slot[KEY] = undefined;
    },
  };
  hide.addEventListener('click', () => strip.remove());
  document.documentElement.append(host);
  return strip;
}

async function toggle(): Promise<void> {
  const showing = slot[KEY];
  if (showing) {
    showing.remove();
    return;
  }
  // Claim the slot at once, so that a quick second toggle removes rather than adds a second strip.
  const pending: Strip = { remove: () => (slot[KEY] = undefined) };
  slot[KEY] = pending;
  const data = (await ext.runtime.sendMessage({ type: 'strip-data' }).catch(() => null)) as StripData | null;
  if (slot[KEY] !== pending || !data) {
    if (slot[KEY] === pending) slot[KEY] = undefined;
    return;
  }
  slot[KEY] = mount(data);
}

void toggle();
