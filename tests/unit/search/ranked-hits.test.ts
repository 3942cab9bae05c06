import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedArchive } from '../../../lib/search/archive.ts';
import { queryEntityFinderFor } from '../../../lib/search/query-entities.ts';
import { rankHits } from '../../../lib/search/ranked-hits.ts';
import { searchArchive } from '../../../lib/search/search.ts';
import { QUERIES } from '../../bench/queries.ts';
import { SHARED_MISSING, bbcArchive, hasSharedData } from '../helpers/bbc-archive.ts';
import { fullRanking } from '../helpers/full-ranking.ts';
import { seedArchive } from '../helpers/seed-archive.ts';
import { article, smallArchive } from '../helpers/small-archive.ts';

/** Top-k against every hit scored by MiniSearch's `search()` and ordered by the coverage tiers. */
function expectSameAsFullRanking(archive: LoadedArchive, query: string, k: number): void {
  const finder = queryEntityFinderFor(archive);
  const entities = finder ? [...new Set(finder(query))] : [];
  // Ranked first: MiniSearch's search() tidies discarded articles out of the postings it reads.
  const ranking = rankHits(archive.index, query, entities);
  const top = ranking.top(k);
  const full = fullRanking(archive.index, query, entities);
  expect(ranking.total, query).toBe(full.length);
  expect(
    top.map((h) => [h.id, h.score, h.terms]),
    query,
  ).toEqual(full.slice(0, k).map((r) => [String(r.id), r.score, r.terms.filter((t) => !t.includes(':'))]));
}

const archive = smallArchive([
  article('gaston', 'Gaston Gaudio wins in Buenos Aires', ['Gaston Gaudio won the title on clay.'], { date: '2004-03-01' }),
  article('gas', 'Energy bills rise again', ['The price of gas rose for the third month, suppliers said.'], { date: '2004-01-01' }),
  article('gasoline-1', 'Fuel costs', ['Gasoline prices climbed.'], { date: '2004-02-01', source: 'Reuters' }),
  article('gasoline-2', 'Drivers pay more', ['Gasoline is dearer than last year; gas too.'], { source: 'Reuters' }),
  article('straw-poll', 'Straw poll on the budget', ['A straw poll of MPs showed support for the budget.']),
  article('jack', 'Jack of all trades', ['Jack Russell terriers are popular, the kennel club said.']),
  article('jack-straw', 'Foreign Secretary visits Delhi', ['Foreign Secretary Jack Straw arrived in Delhi on Monday.']),
  ...Array.from({ length: 60 }, (_, i) => article(`report-${i}`, `Annual report number ${i}`, [`The annual report ${i} was published on day ${i} ${'and more '.repeat(i % 7)}`])),
]);

// Building the seed archive learns and annotates entities: seconds on a busy machine, once.
beforeAll(() => {
  seedArchive();
}, 120_000);

describe('top-k ranking', () => {
  it('gives the same hits, scores and matched terms as scoring every hit', () => {
    for (const query of ['gas', 'gaso', 'gasolin', 'Jack Straw', 'straw jack straw', 'report gas', 'annual more', 'nothing here', 'to']) {
      for (const k of [1, 3, 20, 200]) expectSameAsFullRanking(archive, query, k);
    }
  });

  it('gives the same order with the query’s entities, in another script too', () => {
    const seeds = seedArchive();
    for (const query of ['Сербия', 'Serbia gas', 'Dačić', 'Dacic', 'Aliyev Azerbaijan', 'Черногория']) expectSameAsFullRanking(seeds, query, 10);
  });

  it('counts a discarded article as MiniSearch does until it is vacuumed (its search() tidies the postings it reads, a step a time)', () => {
    const changing = smallArchive([
      article('a', 'Gas prices', ['Gas rose.']),
      article('b', 'Gas supply', ['Gas supply fell, gas traders said.']),
      article('c', 'Gasoline', ['Gasoline too.']),
    ]);
    changing.index.discard('b');
    for (let i = 0; i < 3; i++) expectSameAsFullRanking(changing, 'gas', 10);
    expect(rankHits(changing.index, 'gas', []).top(10).map((h) => h.id)).not.toContain('b');
  });

  it('keeps only accepted hits, and orders by date with the relevance order among equal dates', () => {
    const accept = (id: string) => archive.byId.get(id)?.source === 'Reuters';
    const full = fullRanking(archive.index, 'gas', [], (r) => accept(String(r.id)));
    const ranking = rankHits(archive.index, 'gas', [], { accept });
    expect(ranking.total).toBe(full.length);
    expect(ranking.top(10).map((h) => h.id)).toEqual(full.map((r) => String(r.id)));

    const dated = rankHits(archive.index, 'gas', [], { order: 'date', dateOf: (id) => archive.byId.get(id)?.date ?? null });
    const ids = dated.top(5).map((h) => h.id);
    expect(ids.slice(0, 3)).toEqual(['gaston', 'gasoline-1', 'gas']);
    const undated = fullRanking(archive.index, 'gas', []).map((r) => String(r.id)).filter((id) => !archive.byId.get(id)?.date);
    expect(ids.slice(3)).toEqual(undated.slice(0, 2));
  });
});

describe('search order through the top-k path (fewer shown than found)', () => {
  const first = (query: string, limit: number) => searchArchive(archive, { query, limit }).hits.map((h) => h.id);

  it('puts the exact word before its prefix expansions', () => {
    expect(first('gas', 2).sort()).toEqual(['gas', 'gasoline-2']);
    expect(first('gasoline', 2).sort()).toEqual(['gasoline-1', 'gasoline-2']);
  });

  it('puts articles with all the words first', () => {
    expect(first('Jack Straw', 1)).toEqual(['jack-straw']);
    expect(first('gasoline gas', 1)).toEqual(['gasoline-2']);
  });

  it('puts the articles of a name the query names first', () => {
    const seeds = seedArchive();
    const [hit] = searchArchive(seeds, { query: 'Сербия', limit: 1 }, queryEntityFinderFor(seeds)).hits;
    expect(hit?.entityIds).toContain('country:RS');
  });
});

describe('near-duplicates beyond the first ranked hits', () => {
  const story = 'The central bank raised its main interest rate by half a point on Thursday, its third rise this year. '.repeat(6);
  const copies = smallArchive([
    ...Array.from({ length: 40 }, (_, i) => article(`copy-${i}`, `Bank raises rates, copy ${i}`, [story])),
    article('other', 'Rates elsewhere', ['Another bank kept its rate.']),
  ]);

  it('folds every copy of the shown stories, however many, and counts the story once', () => {
    const response = searchArchive(copies, { query: 'bank rate', limit: 1 });
    expect(response.hits).toHaveLength(1);
    expect(response.hits[0]!.duplicates).toHaveLength(39);
    expect(response.total).toBe(2);
    expect(searchArchive(copies, { query: 'bank rate', limit: 5 }).hits.map((h) => h.id).at(-1)).toBe('other');
  });
});

describe.skipIf(!hasSharedData)(`top-k ranking on the BBC archive ${hasSharedData ? '' : SHARED_MISSING}`, () => {
  let bbc: LoadedArchive;
  beforeAll(async () => {
    bbc = await bbcArchive();
  }, 300_000);

  it('gives the same first 50 hits and the same total as scoring every hit, on the benchmark’s queries', () => {
    for (const query of QUERIES) expectSameAsFullRanking(bbc, query, 50);
  });
});
