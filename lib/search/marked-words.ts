import { foldChar } from '../text/fold.ts';
import { wordSpans } from './tokenize.ts';

/**
 * The words of a sentence that a search's terms match, for lib/search/snippet.ts: a word
 * (lib/search/tokenize.ts's WORD) matches when its folded form is a term, or starts with a
 * term of 3 letters or more (prefix queries match longer words too).
 */

/** A text folded as lib/text/fold.ts's fold() folds it, and whether offsets into it are offsets into the text. */
export interface FoldedText {
  folded: string;
  /** Every code unit folded to exactly one code unit, so position i of `folded` is position i of the text. */
  aligned: boolean;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** Code units fold() changes: capitals and anything outside ASCII (no u flag: a surrogate half is one unit, as in fold()). */
const FOLDED_UNITS = /[A-Z]|[^\x00-\x7f]/g;
/** A surrogate half: the word pattern reads the pair as one code point, so a unit alone cannot say whether it is a letter. */
const SURROGATE = /[\ud800-\udfff]/;

/**
 * fold() of a whole sentence or paragraph, the same result: fold() looks up every code unit,
 * and news text is mostly lower-case ASCII, which it leaves alone.
 */
export function foldText(text: string): FoldedText {
  if (!NON_ASCII.test(text)) return { folded: text.toLowerCase(), aligned: true };
  let aligned = !SURROGATE.test(text);
  const folded = text.replace(FOLDED_UNITS, (unit) => {
    const to = foldChar(unit);
    if (to.length !== 1) aligned = false;
    return to;
  });
  return { folded, aligned };
}

export interface MarkedWords {
  marks: Array<[start: number, end: number]>;
  /** How many distinct words (folded) are marked. */
  distinct: number;
}

const WORD_UNIT = /[\p{L}\p{M}\p{N}]/u;

/** Whether a code unit (not a surrogate half) belongs to a word, as tokenize.ts's WORD reads it. */
function isWordUnit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return WORD_UNIT.test(text[at]!);
}

function matchesTerm(word: string, terms: readonly string[]): boolean {
  return terms.some((t) => word === t || (t.length >= 3 && word.startsWith(t)));
}

/** Every word of the text, folded one by one: for texts whose folding moves offsets. */
function markEveryWord(text: string, terms: readonly string[]): MarkedWords {
  const marks: Array<[number, number]> = [];
  const words = new Set<string>();
  for (const span of wordSpans(text)) {
    if (!matchesTerm(span.term, terms)) continue;
    marks.push([span.start, span.end]);
    words.add(span.term);
  }
  return { marks, distinct: words.size };
}

/**
 * The same marks found from the terms' occurrences in the folded text (the common case: its
 * offsets are the text's): a term found at the start of a word marks that word if it is the
 * whole word, or if the term has 3 letters or more. Searching a sentence for a few terms is
 * much cheaper than cutting it into words and folding each (tests/bench/search.bench.ts).
 * In order of position. A word never runs past a sentence's end (lib/search/sentences.ts ends
 * one at punctuation), nor starts inside it, so a paragraph's marks inside one of its
 * sentences are the sentence's own marks.
 */
export function occurrenceMarks(text: string, folded: string, terms: readonly string[]): Array<[start: number, end: number]> {
  const ends = new Map<number, number>();
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      if (ends.has(at) || (at > 0 && isWordUnit(text, at - 1))) continue;
      let end = at;
      while (end < text.length && isWordUnit(text, end)) end++;
      if (end - at === term.length || (term.length >= 3 && end - at > term.length)) ends.set(at, end);
    }
  }
  return [...ends].sort((a, b) => a[0] - b[0]);
}

/** How many distinct words (folded) these marks of a text folded as `folded` hold. */
export function distinctWords(folded: string, marks: ReadonlyArray<readonly [number, number]>): number {
  return new Set(marks.map(([start, end]) => folded.slice(start, end))).size;
}

function markFromOccurrences(text: string, folded: string, terms: readonly string[]): MarkedWords {
  const marks = occurrenceMarks(text, folded, terms);
  return { marks, distinct: distinctWords(folded, marks) };
}

/** The marked words of a text, given its folding (foldText). */
export function markWords(text: string, { folded, aligned }: FoldedText, terms: readonly string[]): MarkedWords {
  return aligned ? markFromOccurrences(text, folded, terms) : markEveryWord(text, terms);
}
