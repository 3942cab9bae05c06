import { addTermCountsOutside, MAX_SALIENT_TERMS, topTerms } from '../search/salient-terms.ts';

/** Text read for the page's salient terms: enough for any article, bounded on huge pages. */
export const MAX_TERM_CHARS = 200_000;

/**
 * The page's salient words for related-article ranking, counted block by block as the scan
 * goes (so no step handles the whole page text at once), with the routine that
 * lib/search/salient-terms.ts uses for articles.
 */
export class PageTerms {
  private readonly counts = new Map<string, number>();
  private chars = 0;

  get full(): boolean {
    return this.chars >= MAX_TERM_CHARS;
  }

  /** Counts one block's words outside its mentions (in text order, as the recogniser gives them). */
  add(text: string, mentions: ReadonlyArray<{ start: number; end: number }>): void {
    if (this.full) return;
    this.chars += addTermCountsOutside(this.counts, text, mentions);
  }

  top(max = MAX_SALIENT_TERMS): string[] {
    return topTerms(this.counts, max);
  }
}
