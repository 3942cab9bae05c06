export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'above' | 'below';

/**
 * Where a card goes, in viewport coordinates. A card above its name is pinned by its bottom
 * edge (`bottom`), so that content arriving late grows it away from the name, never over it.
 */
export interface Placement {
  side: Side;
  left: number;
  /** CSS `top` (below), or null. */
  top: number | null;
  /** CSS `bottom` (above), or null. */
  bottom: number | null;
  /** The room on the chosen side; taller content scrolls inside the card. */
  maxHeight: number;
  /** The width the card may use (narrow viewports). */
  maxWidth: number;
}

export interface PlacementOptions {
  /** Space between the name and the card. */
  gap?: number;
  /** Space kept free at the viewport's edges. */
  margin?: number;
}

/**
 * Places a card next to the name it describes: below the name when it fits, above when it
 * fits there and not below, otherwise on the roomier side with a height limit. Horizontally
 * it starts at the name and is pushed back inside the viewport.
 */
export function placeCard(anchor: Rect, card: Size, viewport: Size, options: PlacementOptions = {}): Placement {
  const gap = options.gap ?? 6;
  const margin = options.margin ?? 8;
  // A name partly scrolled out still anchors the card at its visible part.
  const top = clamp(anchor.top, 0, viewport.height);
  const bottom = clamp(anchor.bottom, 0, viewport.height);
  const below = viewport.height - bottom - gap - margin;
  const above = top - gap - margin;
  const side: Side = card.height <= below || (card.height > above && below >= above) ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const maxWidth = Math.max(0, viewport.width - 2 * margin);
  const width = Math.min(card.width, maxWidth);
  const left = clamp(anchor.left, margin, Math.max(margin, viewport.width - margin - width));
  return side === 'below'
    ? { side, left, top: bottom + gap, bottom: null, maxHeight: room, maxWidth }
    : { side, left, top: null, bottom: viewport.height - top + gap, maxHeight: room, maxWidth };
}

/** The rectangle of several (a name broken over lines) that holds a point, else the first. */
export function rectAt<R extends Rect>(rects: readonly R[], x: number, y: number): R | null {
  for (const r of rects) if (contains(r, x, y, 0)) return r;
  return rects[0] ?? null;
}

/** Whether a point is inside a rectangle grown by `slack` on every side. */
export function contains(r: Rect, x: number, y: number, slack: number): boolean {
  return x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi);
}
