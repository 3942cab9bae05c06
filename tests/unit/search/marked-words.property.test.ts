import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, markWords } from '../../../lib/search/marked-words.ts';
import { sentenceBounds, splitSentences } from '../../../lib/search/sentences.ts';
import { seedArticles } from '../helpers/seed-archive.ts';
import { terms, text } from '../helpers/text-arbitraries.ts';

/**
 * The snippet's quick paths (lib/search/marked-words.ts's marks from term occurrences, and
 * lib/search/sentences.ts's sentence offsets) give what the plain ways give: every word folded
 * one by one, and the paragraph split by its look-behind pattern.
 */

/** The marks as every word folded one by one finds them (the path for texts whose folding moves offsets). */
function wordByWord(sentence: string, searched: readonly string[]) {
  return markWords(sentence, { folded: foldText(sentence).folded, aligned: false }, searched);
}

describe('marked words', () => {
  it('are the same found from term occurrences as word by word, on any text', () => {
    fc.assert(
      fc.property(text, terms, (sentence, searched) => {
        expect(markWords(sentence, foldText(sentence), searched)).toEqual(wordByWord(sentence, searched));
      }),
      { seed: 20261130, numRuns: 3000 },
    );
  });

  it('are the same on the seed articles, for terms taken from their own words', () => {
    for (const article of seedArticles()) {
      for (const paragraph of article.body) {
        const words = paragraph.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
        const searched = [...new Set(words.filter((_, i) => i % 7 === 0).flatMap((w) => [w, w.slice(0, 3)]))];
        expect(markWords(paragraph, foldText(paragraph), searched)).toEqual(wordByWord(paragraph, searched));
      }
    }
  });

  it('mark whole words only, once each', () => {
    const sentence = 'Economists said the economy, not Neo-economics, grew; ECONOMY!';
    const { marks, distinct } = markWords(sentence, foldText(sentence), ['econ', 'economy', 'nomy']);
    expect(marks.map(([s, e]) => sentence.slice(s, e))).toEqual(['Economists', 'economy', 'economics', 'ECONOMY']);
    expect(distinct).toBe(3);
  });
});

describe('sentence offsets', () => {
  it('cut a paragraph where splitting it does', () => {
    fc.assert(
      fc.property(text, (paragraph) => {
        expect(sentenceBounds(paragraph).map(([s, e]) => paragraph.slice(s, e))).toEqual(splitSentences(paragraph));
      }),
      { seed: 20261130, numRuns: 3000 },
    );
  });
});
