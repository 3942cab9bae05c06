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
/** Longer small words that some Title Case styles keep in lower case. */
const KEPT_LOWER = new Set(['with', 'from', 'into', 'onto', 'over', 'upon', 'about', 'after', 'than', 'that', 'this', 'amid', 'near', 'during']);
/** How far from a surname a country still describes it, in words. */
const NEAR = 12;

/**
 * Title Case: no word of four letters or more after the first is in lower case, small words
 * that some Title Case styles keep lower ("with", "from", "that") and office words aside, and
 * at least one is capitalised. The index-time judge (building/name-shape.ts) counts with a
 * word list that tells names from other words; content scripts have none, and names are
 * what a sentence-case line is full of, so one lower-case word is the evidence read here.
 */
export function isTitleCase(tokens: TokenList): boolean {
  let capitalised = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens.at(i);
    if (t.raw.length < SHORT || OFFICE_HEADS.has(t.key) || OFFICE_WORDS.has(t.key) || /\p{N}/u.test(t.raw)) continue;
    if (t.capital) capitalised++;
    else if (!KEPT_LOWER.has(t.key)) return false;
  }
  return capitalised > 0;
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
