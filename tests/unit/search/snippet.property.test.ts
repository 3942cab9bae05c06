import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, markWords } from '../../../lib/search/marked-words.ts';
import { sentenceBounds, splitSentences } from '../../../lib/search/sentences.ts';
import { bestSnippet, type MarkedText } from '../../../lib/search/snippet.ts';
import { fold } from '../../../lib/text/fold.ts';
import { seedArticles } from '../helpers/seed-archive.ts';
import { terms, text } from '../helpers/text-arbitraries.ts';

/**
 * lib/search/snippet.ts's quick path (a paragraph's marks found once and shared out to its
 * sentences, paragraphs that cannot beat the best sentence so far left uncut) chooses what the
 * plain way chooses: every sentence folded and marked on its own, the first of the best kept.
 */

/** The best sentence, marked, or else the sentence the fallback starts from (the anchor's or the lead). */
function sentenceBySentence(paragraphs: readonly string[], searched: readonly string[], anchor?: string): MarkedText {
  const folded = searched.map((t) => fold(t));
  const anchorFolded = anchor ? fold(anchor) : null;
  let best: MarkedText | null = null;
  let bestScore = 0;
  let anchorSentence: string | null = null;
  for (const paragraph of paragraphs) {
    for (const [start, end] of sentenceBounds(paragraph)) {
      const sentence = paragraph.slice(start, end);
      const foldedSentence = foldText(sentence);
      const { marks, distinct } = markWords(sentence, foldedSentence, folded);
      if (distinct * 100 + marks.length > bestScore) (best = { text: sentence, marks }), (bestScore = distinct * 100 + marks.length);
      if (anchorFolded && anchorSentence === null && foldedSentence.folded.includes(anchorFolded)) anchorSentence = sentence;
    }
  }
  return best ?? { text: anchorSentence ?? splitSentences(paragraphs[0] ?? '')[0] ?? '', marks: [] };
}

/** Short texts, so no snippet is clipped: what is compared is the choice. */
function expectSameChoice(paragraphs: readonly string[], searched: readonly string[], anchor?: string): void {
  const quick = bestSnippet(paragraphs, searched, anchor);
  const plain = sentenceBySentence(paragraphs, searched, anchor);
  if (plain.marks.length) expect(quick).toEqual(plain);
  // Without a marked sentence both fall back alike; the anchor's mark is then the fallback's own.
  else expect(quick.text).toBe(plain.text);
}

describe('best snippet', () => {
  it('chooses the sentence the plain way chooses, on any paragraphs', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), terms, fc.option(fc.constantFrom('ab', 'Ab', 'ne', 'Đo', 'se', 'ч'), { nil: undefined }), (paragraphs, searched, anchor) => {
        expectSameChoice(paragraphs, searched, anchor);
      }),
      { seed: 20261130, numRuns: 3000 },
    );
  });

  it('chooses alike on the seed articles, for terms taken from their own words', () => {
    for (const article of seedArticles()) {
      const words = article.body.join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      for (let step = 3; step < 40; step += 9) {
        const searched = [...new Set(words.filter((_, i) => i % step === 0).slice(0, 4).flatMap((w) => [w, w.slice(0, 3)]))];
        const quick = bestSnippet(article.body, searched);
        const plain = sentenceBySentence(article.body, searched);
        expect(quick.marks.length).toBeGreaterThan(0);
        // Long sentences are clipped around their first mark: the same sentence gives the same clip.
        expect(quick).toEqual(bestSnippet([plain.text], searched));
      }
    }
  });
});
