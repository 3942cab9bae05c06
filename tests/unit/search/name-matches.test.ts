import { describe, expect, it } from 'vitest';
import { MAX_SHOWN_OPTIONS, matchNames } from '../../../lib/search/name-matches.ts';

const names = [
  { id: 'official:ivica-dacic', name: 'Ivica Dačić', count: 3 },
  { id: 'official:jeyhun-bayramov', name: 'Jeyhun Bayramov', count: 9 },
  { id: 'country:BY', name: 'Belarus', count: 1 },
  { id: 'country:AZ', name: 'Azerbaijan', count: 40 },
  { id: 'country:BS', name: 'Bahamas', count: 2 },
];

describe('type-ahead matches for the country and official filters', () => {
  it('lists names that start with the text, then those with a word that does, then those containing it', () => {
    expect(matchNames(names, 'ba').map((o) => o.name)).toEqual(['Bahamas', 'Jeyhun Bayramov', 'Azerbaijan']);
  });

  it('folds case and diacritics', () => {
    expect(matchNames(names, 'DACIC').map((o) => o.name)).toEqual(['Ivica Dačić']);
    expect(matchNames(names, 'dačić').map((o) => o.name)).toEqual(['Ivica Dačić']);
  });

  it('lists the most frequent names first when nothing is typed, and at most MAX_SHOWN_OPTIONS of thousands', () => {
    expect(matchNames(names, '  ').map((o) => o.name)).toEqual(['Azerbaijan', 'Jeyhun Bayramov', 'Ivica Dačić', 'Bahamas', 'Belarus']);
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `official:p${i}`, name: `Person ${i}`, count: i % 7 }));
    const shown = matchNames(many, 'person');
    expect(shown).toHaveLength(MAX_SHOWN_OPTIONS);
    expect(shown[0]!.count).toBe(6);
  });

  it('finds nothing for text no name holds', () => {
    expect(matchNames(names, 'zebra')).toEqual([]);
  });
});
