export type Direction = 'next' | 'previous';

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
