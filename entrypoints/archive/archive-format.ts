/** How the archive page writes counts and date ranges. */

export function articleCount(n: number): string {
  return n === 1 ? '1 article' : `${n.toLocaleString('en')} articles`;
}

export function dateRangeText(range: readonly [string, string] | null): string {
  if (!range) return 'no dates';
  return range[0] === range[1] ? range[0] : `${range[0]} to ${range[1]}`;
}
