/** What a line of scraped text looks like: prose, a headline, a short label. */

import { wordCount } from './boilerplate.ts';

/** Collapses runs of white space (including no-break spaces) and trims. */
export function normaliseSpace(text: string): string {
  // Most lines are already tidy; testing is much cheaper than rebuilding them.
  if (!UNTIDY.test(text)) return text;
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}

/** Anything normaliseSpace would change (JS `\s` already covers no-break and other Unicode spaces). */
const UNTIDY = /[^\S ]|\u200b| {2}|^ | $/;

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line);
}

/** A paragraph of running text: a finished sentence of some length, or simply long. */
export function isProse(line: string): boolean {
  return line.length >= 160 || (endsSentence(line) && wordCount(line) >= 6);
}

/** Longest line taken as a headline; real ones are far shorter. */
const MAX_HEADLINE_CHARS = 200;

/** Could be a headline: short, at least two words, not a finished statement ending in "." or ",". */
export function isHeadlineLike(line: string): boolean {
  if (line.length > MAX_HEADLINE_CHARS || !/\p{L}/u.test(line)) return false;
  const words = wordCount(line);
  return words >= 2 && words <= 30 && !/[.,;]$/.test(line);
}

/** A section or tag label: one to three words, capitalised, no sentence punctuation or digits. */
export function isShortLabel(line: string, maxWords = 3): boolean {
  if (line.length > 40) return false;
  const words = wordCount(line);
  return words >= 1 && words <= maxWords && /^\p{Lu}/u.test(line) && !/[.,;:!?\d]/.test(line);
}

/** Comparison key for "the same line": case, spacing and trailing punctuation ignored. */
export function sameTextKey(line: string): string {
  return normaliseSpace(line).toLowerCase().replace(/[\s.:!?]+$/u, '');
}
