import { MAX_SALIENT_TERMS, MIN_TERM_COUNT, termCounts } from '../search/salient-terms.ts';

/** Text read for the page's salient terms: enough for any article, bounded on huge pages. */
export const MAX_TERM_CHARS = 200_000;

/**
 * The page's salient words for related-article ranking, counted block by block as the scan
 * goes (so no step handles the whole page text at once), leaving out recognised names'
 * words as lib/search/salient-terms.ts does for articles.
 */
export class PageTerms {
  private readonly counts = new Map<string, number>();
  private chars = 0;

  get full(): boolean {
    return this.chars >= MAX_TERM_CHARS;
  }

  add(text: string, mentions: ReadonlyArray<{ start: number; end: number }>): void {
    if (this.full) return;
    let rest = '';
    let at = 0;
    for (const m of mentions) {
      if (m.start < at) continue;
      rest += text.slice(at, m.start) + ' ';
      at = m.end;
    }
    rest += text.slice(at);
    this.chars += rest.length;
    for (const [term, n] of termCounts(rest)) this.counts.set(term, (this.counts.get(term) ?? 0) + n);
  }

  top(max = MAX_SALIENT_TERMS): string[] {
    return [...this.counts.entries()]
      .filter(([term, count]) => count >= MIN_TERM_COUNT && term.length >= 4 && term.length <= 100 && !/^\p{N}+$/u.test(term))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, max)
      .map(([term]) => term);
  }
}
