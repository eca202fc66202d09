// Where the strip may be: a strip's height, and never off the screen.

/** The strip's height for a window: at least 64 px, at most 112 px and never more than a fifth. */
export function stripHeight(viewport: number): number {
  return Math.round(Math.min(Math.max(viewport * 0.12, 64), 112, viewport * 0.2));
}

/** Keeps the strip's top edge inside the window, whatever a drag or a resize asks for. */
export function clampTop(top: number, height: number, viewport: number): number {
  return Math.min(Math.max(0, top), Math.max(0, viewport - height));
}
