/**
 * A headline for text that has none: its first sentence, cut at a word boundary so the
 * reader's lists stay one line long. Marked `titleDerived` by the callers so the UI can
 * say the headline is not the publisher's.
 */

import { normaliseSpace } from './line-shapes.ts';

export const DERIVED_TITLE_MAX = 100;

/** Words whose final dot does not end a sentence ("Nov. 10", "Mr. Aliyev", "U.S. officials"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'jr', 'sr',
  'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig',
]);

/** The first sentence of a paragraph (the whole paragraph when it has one sentence). */
export function firstSentence(paragraph: string): string {
  // A headline never needs more than the opening of a paragraph; bounded for huge lines.
  const text = normaliseSpace(paragraph.slice(0, 1000));
  const boundary = /[.!?]["'”’»)]*\s+(?=["'“‘«(]?[\p{Lu}\p{N}])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const before = text.slice(0, m.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    // "U.S." and single initials ("J. Smith") are abbreviations, not sentence ends.
    if (text[m.index] === '.' && (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^(?:\p{L}\.)*\p{L}$/u.test(lastWord))) continue;
    return text.slice(0, m.index + m[0].trimEnd().length);
  }
  return text;
}

/**
 * News leads often open with their date ("On November 7, 2023, the Azerbaijani Foreign
 * Minister…"); the reader sees the date beside the title anyway, so the title starts
 * with what happened.
 */
function withoutDateOpening(sentence: string): string {
  const rest = sentence.replace(/^On (?:\p{L}+day, )?(?:\p{L}+ \d{1,2}|\d{1,2} \p{L}+),? \d{4},\s+(?:the\s+)?/u, '');
  return rest === sentence || rest.length < 20 ? sentence : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** A title from body text: the first sentence, at most `max` characters, cut between words. */
export function deriveTitle(paragraph: string, max = DERIVED_TITLE_MAX): string {
  const sentence = withoutDateOpening(firstSentence(paragraph));
  if (sentence.length <= max) return sentence.replace(/\.$/, '');
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  // One enormous "word" (a URL, a run of letters) is cut where it must be.
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:\-\u2013\u2014(]+$/u, '')}…`;
}
