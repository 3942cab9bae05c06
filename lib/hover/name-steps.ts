export type Direction = 'next' | 'previous';

/**
 * The letter of each direction's shortcut, with Alt+Shift: the manifest's suggested keys
 * (wxt.config.ts) and the card's in-page fallback (hover-card/index.ts) both read it, so
 * the keys the browser binds and the keys the page falls back to are the same.
 */
export const NAME_STEP_LETTER: Readonly<Record<Direction, string>> = { next: 'J', previous: 'K' };

/**
 * The next name to visit, as an index into the page's names in document order. From no
 * current name, "next" starts at the first name at or below the top of the viewport
 * (`firstInView`) and "previous" at the one before it. Wraps around at both ends.
 */
export function stepName(current: number | null, count: number, direction: Direction, firstInView: () => number): number | null {
  if (count === 0) return null;
  if (current === null || current >= count) {
    const first = Math.min(Math.max(firstInView(), 0), count);
    return direction === 'next' ? first % count : (first - 1 + count) % count;
  }
  return direction === 'next' ? (current + 1) % count : (current - 1 + count) % count;
}
