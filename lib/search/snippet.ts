import { fold } from '../text/fold.ts';
import { foldText, markWords, type FoldedText } from './marked-words.ts';
import { sentenceBounds, splitSentences } from './sentences.ts';

/** Plain text with ranges to emphasise; the UI renders marks as elements, never as HTML. */
export interface MarkedText {
  text: string;
  marks: Array<[start: number, end: number]>;
}

const MAX_SNIPPET = 260;

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
    const hasTerm = folded.some((t) => foldedParagraph.folded.includes(t));
    const wantAnchor = anchorFolded !== null && anchorSentence === null && foldedParagraph.folded.includes(anchorFolded);
    if (!hasTerm && !wantAnchor) continue;
    for (const [start, end] of sentenceBounds(paragraph)) {
      const sentence = paragraph.slice(start, end);
      // Where the paragraph's folding keeps offsets, the sentence's folding is a slice of it.
      const foldedSentence: FoldedText = foldedParagraph.aligned ? { folded: foldedParagraph.folded.slice(start, end), aligned: true } : foldText(sentence);
      // Same necessary condition per sentence: no term in its folded text, no mark.
      if (folded.some((t) => foldedSentence.folded.includes(t))) {
        const { marks, distinct } = markWords(sentence, foldedSentence, folded);
        const score = distinct * 100 + marks.length;
        if (score > bestScore) {
          best = { text: sentence, marks };
          bestScore = score;
        }
      }
      if (anchorFolded && anchorSentence === null && foldedSentence.folded.includes(anchorFolded)) anchorSentence = sentence;
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
