import { describe, expect, it } from 'vitest';
import { searchArchive } from '../../../lib/search/search.ts';
import { queryEntityFinderFor } from '../../../lib/search/query-entities.ts';
import { seedArchive } from '../helpers/seed-archive.ts';

const DACIC = '003_b681c1fa2e90997a';
const DJURIC = '002_66502551f2509c58';
const MONTENEGRO = '000_9bc284ab3f6946f2';

function ids(query: string, filters?: Parameters<typeof searchArchive>[1]['filters']) {
  const archive = seedArchive();
  return searchArchive(archive, { query, filters }, queryEntityFinderFor(archive)).hits.map((h) => h.id);
}

describe('search on the default archive', () => {
  it.each([
    ['Dačić', DACIC],
    ['Ivitsa Dacic', DACIC],
    ['Đurić', DJURIC],
    ['Черногория', MONTENEGRO],
    ['Monteneqro', MONTENEGRO],
    ['Montene', MONTENEGRO],
    ['Montenegrin', MONTENEGRO],
  ])('"%s" finds %s first', (query, expected) => {
    expect(ids(query)[0]).toBe(expected);
  });

  it('tolerates a typo: "Bayramof" finds the articles naming Bayramov', () => {
    expect(ids('Bayramof')).toContain(DACIC);
  });

  it('returns nothing for words the archive does not contain', () => {
    expect(ids('zebrafish quantum')).toEqual([]);
  });

  it('gives each hit a snippet with the matched words marked', () => {
    const archive = seedArchive();
    const [hit] = searchArchive(archive, { query: 'Dačić' }).hits;
    expect(hit?.snippet.marks.length).toBeGreaterThan(0);
    const [start, end] = hit!.snippet.marks[0]!;
    expect(hit!.snippet.text.slice(start, end)).toBe('Dacic');
  });

  it('filters by date range and sorts by date', () => {
    const archive = seedArchive();
    const all = searchArchive(archive, { query: 'Azerbaijan', sort: 'date' }).hits;
    const dates = all.map((h) => h.date).filter((d): d is string => d !== null);
    expect(dates).toEqual([...dates].sort().reverse());
    const in2024 = searchArchive(archive, { query: 'Azerbaijan', filters: { from: '2024-01-01', to: '2024-12-31' } }).hits;
    expect(in2024.map((h) => h.date)).toEqual(expect.arrayContaining(['2024-10-16', '2024-09-01']));
    expect(in2024.every((h) => h.date !== null && h.date.startsWith('2024'))).toBe(true);
  });

  it('a query naming an entity finds the articles about it, in any language', () => {
    const archive = seedArchive();
    const finder = queryEntityFinderFor(archive);
    for (const query of ['Черногория', 'Monteneqro', 'Montenegrin']) {
      expect(searchArchive(archive, { query }, finder).queryEntities).toEqual(['country:ME']);
    }
  });

  it('filters by entity', () => {
    const archive = seedArchive();
    const hits = searchArchive(archive, { query: 'Azerbaijan', filters: { entities: ['official:jeyhun-bayramov'] } }).hits;
    expect(hits.map((h) => h.id)).toEqual([DACIC]);
    const none = searchArchive(archive, { query: 'Azerbaijan', filters: { entities: ['country:ME', 'country:RS'] } }).hits;
    expect(none).toEqual([]);
  });

  it('lists what the filters select when the query is empty, newest first', () => {
    const archive = seedArchive();
    const hits = searchArchive(archive, { query: '', filters: { entities: ['country:RS'] } }).hits;
    expect(hits.map((h) => h.date)).toEqual(['2024-10-16', '2024-09-01', '2023-11-07']);
  });

  it('filters by source', () => {
    const archive = seedArchive();
    const hits = searchArchive(archive, { query: 'Serbia', filters: { sources: ['president.az'] } }).hits;
    expect(hits.map((h) => h.id)).toEqual([DJURIC]);
  });

  it('caps the limit and keeps the total', () => {
    const archive = seedArchive();
    const response = searchArchive(archive, { query: 'Azerbaijan', limit: 2 });
    expect(response.hits).toHaveLength(2);
    expect(response.total).toBe(5);
  });
});
