import { normaliseTerm, tokenizeWords } from './tokenize.ts';

/** How many of a page's terms take part in related-article ranking. */
export const MAX_SALIENT_TERMS = 40;

/**
 * A page's most characteristic words: frequent on the page, at least 4 letters, no
 * function words. The archive's own document frequencies weigh them later, so this
 * only needs to keep the candidates few.
 */
export function salientTerms(text: string, max = MAX_SALIENT_TERMS): string[] {
  const counts = new Map<string, number>();
  for (const word of tokenizeWords(text)) {
    const term = normaliseTerm(word);
    if (term === null || term.length < 4 || /^\p{N}+$/u.test(term)) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([term]) => term);
}
