import { eng as ENGLISH_STOP_WORDS } from 'stopword';
import { normaliseTerm, tokenizeWords } from './tokenize.ts';

/** How many of a page's terms take part in related-article ranking. */
export const MAX_SALIENT_TERMS = 40;

/** A word said once is as likely chance as topic ("announced", "areas"); a topic recurs. */
export const MIN_TERM_COUNT = 2;

/** Longer "words" are no words a reader wrote (a hash, a run of letters on a hostile page). */
const MAX_TERM_LENGTH = 100;

/**
 * Function words ("between", "about", "could") say nothing about a page's subject, so they
 * are never topic evidence nor a reason shown to the user. The index keeps its own short
 * list (tokenize.ts): a search for a phrase still finds these words.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(ENGLISH_STOP_WORDS);

/** Whether a folded term is an English function word. */
export function isFunctionWord(term: string): boolean {
  return FUNCTION_WORDS.has(term);
}

/** Adds how often each folded term occurs in `text` to `counts`. */
function addTermCounts(counts: Map<string, number>, text: string): void {
  for (const word of tokenizeWords(text)) {
    const term = normaliseTerm(word);
    if (term !== null) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
}

/** How often each folded term occurs in a text. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  addTermCounts(counts, text);
  return counts;
}

/**
 * Adds the terms of `text` outside `spans` (recognised names: those already count as
 * entities, and "bayramov" beside "Jeyhun Bayramov" says nothing new) to `counts`. Spans
 * are read in text order; one that starts inside the previous one is skipped, so no word
 * is read twice. Returns how many characters were read.
 */
export function addTermCountsOutside(counts: Map<string, number>, text: string, spans: ReadonlyArray<{ start: number; end: number }>): number {
  let rest = '';
  let at = 0;
  for (const { start, end } of spans) {
    if (start < at) continue;
    // A space, so the words on either side of a name are not glued into one.
    rest += text.slice(at, start) + ' ';
    at = end;
  }
  rest += text.slice(at);
  addTermCounts(counts, rest);
  return rest.length;
}

/**
 * The most characteristic of counted terms: frequent, at least 4 letters, not a number
 * (function words are gone already). The archive's own document frequencies weigh them
 * later, so this only needs to keep the candidates few. Most frequent first, then A to Z.
 */
export function topTerms(counts: ReadonlyMap<string, number>, max = MAX_SALIENT_TERMS, minCount = MIN_TERM_COUNT): string[] {
  return [...counts.entries()]
    .filter(([term, count]) => count >= minCount && term.length >= 4 && term.length <= MAX_TERM_LENGTH && !/^\p{N}+$/u.test(term) && !isFunctionWord(term))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([term]) => term);
}

/** A text's most characteristic words (see `topTerms`). */
export function salientTerms(text: string, max = MAX_SALIENT_TERMS, minCount = MIN_TERM_COUNT): string[] {
  return topTerms(termCounts(text), max, minCount);
}

/** Salient terms of a text, leaving out the words of its recognised names (in any order). */
export function salientTermsOutside(text: string, spans: ReadonlyArray<{ start: number; end: number }>, max = MAX_SALIENT_TERMS): string[] {
  const counts = new Map<string, number>();
  addTermCountsOutside(counts, text, [...spans].sort((a, b) => a.start - b.start));
  return topTerms(counts, max);
}
