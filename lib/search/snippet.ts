import { fold } from '../text/fold.ts';
import { distinctWords, foldText, markWords, occurrenceMarks } from './marked-words.ts';
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

/** The best sentence so far: its text and marks, and its score (distinct marked words · 100 + marks). */
interface Best {
  sentence: MarkedText | null;
  score: number;
}

/**
 * A paragraph whose folding keeps offsets (the common case): its marks are found once over
 * the whole paragraph and shared out to its sentences (lib/search/marked-words.ts says why
 * they are the sentences' own), and it is cut into sentences only when it could hold a
 * better sentence than `best` (its words and marks bound any of its sentences') or the
 * anchor's sentence is still wanted. Returns the anchor's sentence when found.
 */
function scoreAligned(paragraph: string, folded: string, terms: readonly string[], best: Best, anchor: string | null): string | null {
  const marks = occurrenceMarks(paragraph, folded, terms);
  const wantAnchor = anchor !== null && folded.includes(anchor);
  const couldWin = marks.length > 0 && distinctWords(folded, marks) * 100 + marks.length > best.score;
  if (!couldWin && !wantAnchor) return null;
  let anchorSentence: string | null = null;
  let next = 0;
  for (const [start, end] of sentenceBounds(paragraph)) {
    while (next < marks.length && marks[next]![0] < start) next++;
    const first = next;
    while (next < marks.length && marks[next]![1] <= end) next++;
    if (next > first) {
      const own = marks.slice(first, next);
      const score = distinctWords(folded, own) * 100 + own.length;
      if (score > best.score) {
        best.sentence = { text: paragraph.slice(start, end), marks: own.map(([s, e]): [number, number] => [s - start, e - start]) };
        best.score = score;
      }
    }
    if (wantAnchor && anchorSentence === null && folded.slice(start, end).includes(anchor)) anchorSentence = paragraph.slice(start, end);
  }
  return anchorSentence;
}

/** A paragraph whose folding moves offsets (rare letters such as đ → dj): sentence by sentence, each folded again. */
function scoreUnaligned(paragraph: string, folded: string, terms: readonly string[], best: Best, anchor: string | null): string | null {
  const hasTerm = terms.some((t) => folded.includes(t));
  const wantAnchor = anchor !== null && folded.includes(anchor);
  if (!hasTerm && !wantAnchor) return null;
  let anchorSentence: string | null = null;
  for (const [start, end] of sentenceBounds(paragraph)) {
    const sentence = paragraph.slice(start, end);
    const foldedSentence = foldText(sentence);
    // A necessary condition: no term in its folded text, no mark.
    if (terms.some((t) => foldedSentence.folded.includes(t))) {
      const { marks, distinct } = markWords(sentence, foldedSentence, terms);
      const score = distinct * 100 + marks.length;
      if (score > best.score) {
        best.sentence = { text: sentence, marks };
        best.score = score;
      }
    }
    if (wantAnchor && anchorSentence === null && foldedSentence.folded.includes(anchor)) anchorSentence = sentence;
  }
  return anchorSentence;
}

/**
 * The sentence of the body that holds the most matched terms (distinct terms first), the
 * first of equals, with those words marked. Falls back to a sentence containing `anchor`
 * text (an entity's first mention), then to the lead sentence.
 */
export function bestSnippet(paragraphs: readonly string[], terms: readonly string[], anchor?: string): MarkedText {
  const folded = terms.map((t) => fold(t));
  const best: Best = { sentence: null, score: 0 };
  let anchorSentence: string | null = null;
  const anchorFolded = anchor ? fold(anchor) : null;
  for (const paragraph of paragraphs) {
    // A word matches only if its folded form contains a term, and fold() works per code unit,
    // so a paragraph whose folded text holds no term (and not the anchor) gives no sentence.
    // ASCII folds by toLowerCase alone.
    const foldedParagraph = foldText(paragraph);
    const score = foldedParagraph.aligned ? scoreAligned : scoreUnaligned;
    const found = score(paragraph, foldedParagraph.folded, folded, best, anchorSentence === null ? anchorFolded : null);
    anchorSentence ??= found;
  }
  if (best.sentence) return clip(best.sentence);
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
