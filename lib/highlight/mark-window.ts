/**
 * Which marks go into the browser's highlight registry. Every change to that registry
 * repaints the whole document in Chrome, and the rendering task also rebuilds the markers of
 * every registered range (measured on a page of 20,000 paragraphs: about 10 ms for the
 * repaint, 30 ms with 3,000 ranges registered, more on a busy machine); that task recurs
 * whenever the page changes. So on pages with many marks only those within a few screens of
 * the viewport are registered, and the window follows scrolling; smaller pages register
 * everything. The DOM side is page-marking/mark-registry.ts.
 */

/** Up to this many marks, all are registered; beyond it, only those near the viewport. */
export const ALL_RANGES_LIMIT = 1_000;

/**
 * A page with more blocks than this is windowed from its first scan: it would likely pass
 * the limit anyway, and registering marks far away only to drop them later costs repaints.
 */
export const WINDOWED_PAGE_BLOCKS = 2_000;

/** Screens above and below the viewport whose marks are registered. */
export const WINDOW_SCREENS = 2;

/** The viewport in page coordinates: its top (`scrollY`) and height. */
export interface ViewportSpan {
  y: number;
  h: number;
}

/** Whether a block whose top is at `top` (page coordinates) lies in the window around the viewport. */
export function inMarkWindow(top: number, view: ViewportSpan): boolean {
  return top > view.y - WINDOW_SCREENS * view.h && top < view.y + (WINDOW_SCREENS + 1) * view.h;
}

/** Whether a page of `blocks` blocks is windowed from its first scan. */
export function windowedFromStart(blocks: number): boolean {
  return blocks > WINDOWED_PAGE_BLOCKS;
}

/** Whether a page that registers every mark must switch to a window now. */
export function mustWindow(totalMarks: number): boolean {
  return totalMarks > ALL_RANGES_LIMIT;
}

/** Whether a windowed page shrank (an SPA left its endless feed) enough to register everything again. */
export function mayRegisterAll(totalMarks: number, blocks: number): boolean {
  return totalMarks <= ALL_RANGES_LIMIT / 2 && blocks <= WINDOWED_PAGE_BLOCKS;
}
