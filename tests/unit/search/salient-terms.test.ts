import { describe, expect, it } from 'vitest';
import { salientTerms, salientTermsOutside } from '../../../lib/search/salient-terms.ts';

describe('salientTermsOutside', () => {
  it('leaves out the recognised names given in any order', () => {
    const text = 'Serbia pipeline Georgia; pipeline talks in Serbia and Georgia, talks again.';
    const at = (word: string, from = 0): { start: number; end: number } => {
      const start = text.indexOf(word, from);
      return { start, end: start + word.length };
    };
    // Last first: sorted before reading, so no name is read as a word.
    const spans = [at('Georgia', 30), at('Georgia'), at('Serbia', 10), at('Serbia')];
    expect(salientTermsOutside(text, spans)).toEqual(['pipeline', 'talks']);
  });
});

describe('salientTerms', () => {
  it('keeps words of 4 to 100 letters said at least twice, most frequent first', () => {
    const long100 = 'a'.repeat(100);
    const long101 = 'b'.repeat(101);
    expect(salientTerms(`gas gas gas oil oil gaza gaza gaza ${long100} ${long100} ${long101} ${long101} once`)).toEqual(['gaza', long100]);
  });
});
