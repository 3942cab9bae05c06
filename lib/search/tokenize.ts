import { fold } from '../text/fold.ts';

/**
 * Words are runs of letters, combining marks and digits in any script, so Cyrillic and
 * Azerbaijani (ə, ğ, ı, ş) tokenise as words. Apostrophes split ("Azerbaijan's" gives
 * "azerbaijan" and "s", and "s" is then dropped as too short).
 */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * English function words that carry no meaning for an archive search. Hand-written
 * because it is tiny and tuned to news text; dropping them also keeps short words
 * from exploding under prefix and typo expansion (see docs/design.md, Budgets).
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have he her his in into is it its of on or that the their they this to was were which who will with'.split(
    ' ',
  ),
);

export function tokenizeWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Folds a term for the index and for queries; null drops it. */
export function normaliseTerm(term: string): string | null {
  const folded = fold(term);
  if (folded.length < 2 && !/\p{N}/u.test(folded)) return null;
  if (STOP_WORDS.has(folded)) return null;
  return folded;
}

export interface WordSpan {
  start: number;
  end: number;
  /** The folded term, as the index stores it. */
  term: string;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Word positions in a text, for marking matched words in snippets. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    // An ASCII word folds by lower case alone: fold() would look up every letter.
    const word = m[0];
    spans.push({ start: m.index, end: m.index + word.length, term: NON_ASCII.test(word) ? fold(word) : word.toLowerCase() });
  }
  return spans;
}
