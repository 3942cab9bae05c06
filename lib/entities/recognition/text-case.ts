/**
 * What a block's letters say about its names: whether it is written in Title Case (where a
 * capital letter says nothing), and which countries a sentence names. Asked only when a
 * surname alone needs the answer, so most blocks never pay for it.
 */
import type { CountryAt } from './introductions.ts';
import type { TokenList } from './tokens.ts';
import { OFFICE_HEADS, OFFICE_WORDS } from './vocabulary.ts';

/** Words this short ("of", "and", "a") are lower case in most Title Case styles too. */
const SHORT = 4;
const SENTENCE_BREAK = /[.!?;\n]/;
/** How far from a surname a country still describes it, in words. */
const NEAR = 12;

/**
 * Title Case: more than half the words of four letters or more after the first are
 * capitalised, leaving out office words (sentence case capitalises "Foreign Minister" too).
 * The index-time judge (building/name-shape.ts) has a word list to leave out names as well;
 * content scripts have not, so here names count as capitalised words: a sentence-case line
 * needs more lower-case words than names, which any sentence has.
 */
export function isTitleCase(tokens: TokenList): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens.at(i);
    if (t.raw.length < SHORT || OFFICE_HEADS.has(t.key) || OFFICE_WORDS.has(t.key) || /\p{N}/u.test(t.raw)) continue;
    words++;
    if (t.capital) capitalised++;
  }
  return words === 0 || capitalised * 2 > words;
}

/** Country codes named in the sentence around word `at`, within a few words of it. */
export function countriesNear(tokens: TokenList, at: number, countryAt: CountryAt): ReadonlySet<string> {
  const codes = new Set<string>();
  for (let j = at - 1; j >= 0 && at - j <= NEAR; j--) {
    if (tokens.capital(j)) {
      const c = countryAt(j);
      if (c) codes.add(c.code);
    }
    if (SENTENCE_BREAK.test(tokens.at(j).gapBefore)) break;
  }
  for (let j = at + 1; j < tokens.length && j - at <= NEAR; j++) {
    if (SENTENCE_BREAK.test(tokens.at(j).gapBefore)) break;
    if (tokens.capital(j)) {
      const c = countryAt(j);
      if (c) codes.add(c.code);
    }
  }
  return codes;
}
