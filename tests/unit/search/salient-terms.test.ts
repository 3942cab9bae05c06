import { describe, expect, it } from 'vitest';
import { salientTerms, salientTermsOutside } from '../../../lib/search/salient-terms.ts';
import { queryFeatures } from '../../../lib/search/related-query.ts';

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

describe('function words', () => {
  it('are never topic words, however often a page says them', () => {
    const text = 'Talks between Baku and Belgrade. Between them, the pipeline could carry gas; it could also carry oil. Pipeline talks, pipeline deals, about the pipeline.';
    const terms = salientTerms(text);
    expect(terms).toContain('pipeline');
    expect(terms).not.toContain('between');
    expect(terms).not.toContain('could');
    expect(terms).not.toContain('about');
  });

  it('never become a related article’s reason', () => {
    const query = { entities: [], terms: [], mainTerms: [{ term: 'between', count: 5 }, { term: 'pipeline', count: 3 }] };
    expect([...queryFeatures(query).terms.keys()]).toEqual(['pipeline']);
  });
});
