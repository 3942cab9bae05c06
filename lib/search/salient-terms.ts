import { normaliseTerm, tokenizeWords } from './tokenize.ts';

/** How many of a page's terms take part in related-article ranking. */
export const MAX_SALIENT_TERMS = 40;

/** A word said once is as likely chance as topic ("announced", "areas"); a topic recurs. */
export const MIN_TERM_COUNT = 2;

/** How often each folded term occurs in a text. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of tokenizeWords(text)) {
    const term = normaliseTerm(word);
    if (term !== null) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/**
 * A page's most characteristic words: frequent on the page, at least 4 letters, no
 * function words. The archive's own document frequencies weigh them later, so this
 * only needs to keep the candidates few.
 */
export function salientTerms(text: string, max = MAX_SALIENT_TERMS, minCount = MIN_TERM_COUNT): string[] {
  return [...termCounts(text).entries()]
    .filter(([term]) => term.length >= 4 && !/^\p{N}+$/u.test(term))
    .filter(([, count]) => count >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([term]) => term);
}

/**
 * Salient terms of a text, leaving out the words of its recognised names: those already
 * count as entities, and "bayramov" beside "Jeyhun Bayramov" says nothing new.
 */
export function salientTermsOutside(text: string, spans: ReadonlyArray<{ start: number; end: number }>, max = MAX_SALIENT_TERMS): string[] {
  let rest = '';
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    rest += text.slice(at, start) + ' ';
    at = end;
  }
  return salientTerms(rest + text.slice(at), max);
}
