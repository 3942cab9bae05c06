import { describe, expect, it } from 'vitest';
import { searchArchive, suggest } from '../../../lib/search/search.ts';
import { queryEntityFinderFor } from '../../../lib/search/query-entities.ts';
import { article, smallArchive } from '../helpers/small-archive.ts';
import { seedArchive } from '../helpers/seed-archive.ts';

const archive = smallArchive([
  article('gaston', 'Gaston Gaudio wins in Buenos Aires', ['Gaston Gaudio won the title on clay.']),
  article('gas', 'Energy bills rise again', ['The price of gas rose for the third month, suppliers said.']),
  article('gasoline-1', 'Fuel costs', ['Gasoline prices climbed.']),
  article('gasoline-2', 'Drivers pay more', ['Gasoline is dearer than last year.']),
  article('gasoline-3', 'Refineries', ['Demand for gasoline grew.']),
  article('straw-poll', 'Straw poll on the budget', ['A straw poll of MPs showed support for the budget.']),
  article('jack', 'Jack of all trades', ['Jack Russell terriers are popular, the kennel club said.']),
  article('jack-straw', 'Foreign Secretary visits Delhi', ['Foreign Secretary Jack Straw arrived in Delhi on Monday.']),
  ...Array.from({ length: 120 }, (_, i) => article(`report-${i}`, `Annual report number ${i}`, [`The annual report ${i} was published on day ${i}.`])),
]);

const ids = (query: string, extra: { offset?: number; limit?: number } = {}) => searchArchive(archive, { query, ...extra }).hits.map((h) => h.id);

describe('search order', () => {
  it('puts the exact word before its prefix expansions: "gas" before "Gaston" and "gasoline"', () => {
    const hits = ids('gas');
    expect(hits[0]).toBe('gas');
    expect(hits).toContain('gaston');
  });

  it('puts articles with all the query words before those with some', () => {
    expect(ids('Jack Straw')[0]).toBe('jack-straw');
    expect(ids('Jack Straw')).toEqual(expect.arrayContaining(['jack', 'straw-poll']));
  });

  it('puts the articles of a name the query names first, in another script too', () => {
    const seeds = seedArchive();
    const [first] = searchArchive(seeds, { query: 'Сербия' }, queryEntityFinderFor(seeds)).hits;
    expect(first?.entityIds).toContain('country:RS');
  });

  it('pages beyond 50 with offset and limit', () => {
    const first = ids('report', { limit: 50 });
    const second = ids('report', { offset: 50, limit: 50 });
    const third = ids('report', { offset: 100, limit: 50 });
    expect([first.length, second.length, third.length]).toEqual([50, 50, 20]);
    expect(new Set([...first, ...second, ...third]).size).toBe(120);
    expect(searchArchive(archive, { query: 'report', offset: 100 }).total).toBe(120);
  });
});

describe('suggestions', () => {
  it('are the archive’s own words, most frequent first, each once', () => {
    expect(suggest(archive, 'gas')).toEqual(['gasoline', 'Gaston']);
  });

  it('complete the last word among articles holding the earlier ones', () => {
    expect(suggest(archive, 'jack st')).toEqual(['jack Straw']);
  });

  it('include the names the archive knows, spelled as names', () => {
    expect(suggest(seedArchive(), 'Daci')).toContain('Ivica Dačić');
  });

  it('say nothing for one letter', () => {
    expect(suggest(archive, 'g')).toEqual([]);
  });
});
