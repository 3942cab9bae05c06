/** The part of a block's box that matters for ordering: where it is and whether it has one. */
export interface BoxLike {
  top: number;
  bottom: number;
  width: number;
  height: number;
}

export type Placement = 'hidden' | 'visible' | 'later';

/**
 * Where a block stands for the first pass: `hidden` (no box: display:none, or an ancestor's),
 * `visible` (within the viewport, stretched by `margin` px above and below so that a short
 * scroll finds names already marked), or `later` (done in idle time).
 */
export function placement(box: BoxLike, viewportHeight: number, margin: number): Placement {
  if (box.width === 0 && box.height === 0) return 'hidden';
  if (box.bottom < -margin || box.top > viewportHeight + margin) return 'later';
  return 'visible';
}
