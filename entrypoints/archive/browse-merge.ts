/** One line of the archive page's article list. */
export interface BrowseLine {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  /** The store's source id, or `default` for the built-in archive. */
  sourceId: string;
}

/** Newest first, undated last: the order the store keeps (archive-store/compact.ts `sortKey`). */
function newer(a: BrowseLine, b: BrowseLine): boolean {
  return (a.date ?? '0') >= (b.date ?? '0');
}

/**
 * The next `limit` lines of two lists that are each newest first, merged, and how many
 * were taken from each (where each list's next page starts).
 */
export function mergeNewestFirst(first: readonly BrowseLine[], second: readonly BrowseLine[], limit: number) {
  const lines: BrowseLine[] = [];
  let i = 0;
  let j = 0;
  while (lines.length < limit && (i < first.length || j < second.length)) {
    if (j >= second.length || (i < first.length && newer(first[i]!, second[j]!))) lines.push(first[i++]!);
    else lines.push(second[j++]!);
  }
  return { lines, takenFromFirst: i, takenFromSecond: j };
}
