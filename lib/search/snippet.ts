import { fold, foldChar } from '../text/fold.ts';
import { wordSpans } from './tokenize.ts';

/** Plain text with ranges to emphasise; the UI renders marks as elements, never as HTML. */
export interface MarkedText {
  text: string;
  marks: Array<[start: number, end: number]>;
}

const SENTENCE_END = /(?<=[.!?…»"”])\s+(?=[\p{Lu}\p{N}"“«])/u;
const MAX_SNIPPET = 260;

function splitSentences(paragraph: string): string[] {
  return paragraph.split(SENTENCE_END).filter((s) => s.trim().length > 0);
}

function matchesTerm(word: string, terms: readonly string[]): boolean {
  // Index terms are whole folded words; prefix queries match longer words too.
  return terms.some((t) => word === t || (t.length >= 3 && word.startsWith(t)));
}

/** The sentence with its matched words marked, and how many distinct words matched. */
function markWords(text: string, terms: readonly string[]): MarkedText & { distinct: number } {
  const marks: Array<[number, number]> = [];
  const words = new Set<string>();
  for (const span of wordSpans(text)) {
    if (!matchesTerm(span.term, terms)) continue;
    marks.push([span.start, span.end]);
    words.add(span.term);
  }
  return { text, marks, distinct: words.size };
}

const NON_ASCII = /[^\x00-\x7f]/;
/** Code units fold() changes: capitals and anything outside ASCII (no u flag: a surrogate half is one unit, as in fold()). */
const FOLDED_UNITS = /[A-Z]|[^\x00-\x7f]/g;

/**
 * fold() of a whole sentence or paragraph, the same result: fold() looks up every code unit,
 * and news text is mostly lower-case ASCII, which it leaves alone.
 */
function foldText(text: string): string {
  return NON_ASCII.test(text) ? text.replace(FOLDED_UNITS, foldChar) : text.toLowerCase();
}

function clip(sentence: MarkedText): MarkedText {
  if (sentence.text.length <= MAX_SNIPPET) return sentence;
  const firstMark = sentence.marks[0]?.[0] ?? 0;
  let start = Math.max(0, firstMark - 80);
  const space = sentence.text.lastIndexOf(' ', start);
  if (start > 0 && space > 0) start = space + 1;
  let end = Math.min(sentence.text.length, start + MAX_SNIPPET);
  const endSpace = sentence.text.indexOf(' ', end);
  if (end < sentence.text.length && endSpace > 0 && endSpace - end < 20) end = endSpace;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < sentence.text.length ? '…' : '';
  const text = prefix + sentence.text.slice(start, end) + suffix;
  const shift = prefix.length - start;
  const marks = sentence.marks
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s + shift, e + shift]);
  return { text, marks };
}

/**
 * The sentence of the body that holds the most matched terms (distinct terms first),
 * with those words marked. Falls back to a sentence containing `anchor` text (an
 * entity's first mention), then to the lead sentence.
 */
export function bestSnippet(paragraphs: readonly string[], terms: readonly string[], anchor?: string): MarkedText {
  const folded = terms.map((t) => fold(t));
  let best: MarkedText | null = null;
  let bestScore = 0;
  let anchorSentence: string | null = null;
  const anchorFolded = anchor ? fold(anchor) : null;
  for (const paragraph of paragraphs) {
    // A word matches only if its folded form contains a term, and fold() works per code
    // unit, so a paragraph whose folded text contains no term (and not the anchor) cannot
    // give a scored sentence: skip its sentence split and word spans. ASCII folds by
    // toLowerCase alone.
    const foldedParagraph = foldText(paragraph);
    const hasTerm = folded.some((t) => foldedParagraph.includes(t));
    const wantAnchor = anchorFolded !== null && anchorSentence === null && foldedParagraph.includes(anchorFolded);
    if (!hasTerm && !wantAnchor) continue;
    for (const sentence of splitSentences(paragraph)) {
      // Same necessary condition per sentence: no term in its folded text, no mark.
      const foldedSentence = foldText(sentence);
      if (!folded.some((t) => foldedSentence.includes(t))) {
        if (anchorFolded && anchorSentence === null && foldedSentence.includes(anchorFolded)) anchorSentence = sentence;
        continue;
      }
      const { text, marks, distinct } = markWords(sentence, folded);
      const score = distinct * 100 + marks.length;
      if (score > bestScore) {
        best = { text, marks };
        bestScore = score;
      }
      if (anchorFolded && anchorSentence === null && foldedSentence.includes(anchorFolded)) anchorSentence = sentence;
    }
  }
  if (best) return clip(best);
  const fallback = anchorSentence ?? splitSentences(paragraphs[0] ?? '')[0] ?? '';
  if (anchorSentence && anchor) {
    const at = fold(anchorSentence).indexOf(anchorFolded ?? '');
    // fold() can change length only for rare letters (đ→dj); offsets stay right for the common case.
    if (at >= 0) {
      // Mark the whole word the name stands in ("Azerbaijani" for "Azerbaijan"), never half of it.
      let end = at + anchor.length;
      while (end < anchorSentence.length && /[\p{L}\p{M}]/u.test(anchorSentence[end]!)) end++;
      return clip({ text: anchorSentence, marks: [[at, end]] });
    }
  }
  return clip({ text: fallback, marks: [] });
}
