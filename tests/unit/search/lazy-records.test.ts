import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadArchive, serializeArchive, type LoadedArchive } from '../../../lib/search/archive.ts';
import type { ArticleMeta } from '../../../lib/search/archive-types.ts';
import { readArticleColumns } from '../../../lib/search/article-columns.ts';
import { buildArchiveWithEntities } from '../../../lib/search/build-archive.ts';
import { bundleFiles } from '../../../lib/search/bundle-files.ts';
import { CombinedArticles } from '../../../lib/search/combined-archive.ts';
import { encodeArticles } from '../../../lib/search/compact-articles.ts';
import { columnsSource, partsSource, RecordsById, withLazyArticles } from '../../../lib/search/lazy-records.ts';
import { rankRelated } from '../../../lib/search/related.ts';
import { searchArchive } from '../../../lib/search/search.ts';
import { metaOf } from '../../../lib/search/stored-article.ts';
import { queryEntityFinderFor } from '../../../lib/search/query-entities.ts';
import { anyRecord, generatedArticles } from '../helpers/article-records.ts';

/** The columns as the bundle stores them, read back through JSON. */
function columnsOf(metas: readonly ArticleMeta[]) {
  return readArticleColumns(JSON.parse(JSON.stringify(encodeArticles(metas, metas.map(() => null)))));
}

const records = fc.uniqueArray(anyRecord, { maxLength: 25, selector: (m) => m.id });

describe('records made when first read', () => {
  it('are the records given, in any order of reading, one object per article', () => {
    fc.assert(
      fc.property(records, fc.array(fc.nat(), { maxLength: 10 }), (metas, picks) => {
        const columns = columnsOf(metas);
        const byId = new RecordsById(columnsSource(columns));
        const read = picks.filter(() => metas.length > 0).map((p) => metas[p % metas.length]!);
        for (const m of read) expect(byId.get(m.id)).toEqual(m);
        expect(byId.get('not an id')).toBeUndefined();
        expect(byId.has('not an id')).toBe(false);
        const file = withLazyArticles({ articles: [] as ArticleMeta[] }, columns);
        expect(file.articles).toEqual(metas);
        // The Map and the list hold the same objects, however they were first read.
        file.articles.forEach((a) => expect(byId.get(a.id)).toBe(a));
        expect(new Map(byId)).toEqual(new Map(metas.map((m) => [m.id, m])));
      }),
      { numRuns: 150 },
    );
  });

  it('are found by the places another map gives only where that map is right', () => {
    fc.assert(
      fc.property(records, fc.func(fc.option(fc.nat(30), { nil: undefined })), (metas, places) => {
        const columns = columnsOf(metas);
        columns.usePlaces(places);
        const byId = new RecordsById(columnsSource(columns));
        for (const m of metas) expect(byId.get(m.id)).toEqual(m);
        expect(byId.get('not an id')).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('in parts (the snapshot of the user\'s records) are found in whichever part holds them, and counted without being made', () => {
    fc.assert(
      fc.property(records, fc.nat(6), (metas, cut) => {
        const size = cut + 1;
        const parts = [];
        for (let i = 0; i < metas.length; i += size) parts.push(columnsOf(metas.slice(i, i + size)));
        const byId = new RecordsById(partsSource(parts));
        expect(byId.size).toBe(metas.length);
        // Counted from the parts; then each found in the part that holds it.
        for (const m of metas) expect(byId.get(m.id)).toEqual(m);
        expect(byId.has('not an id')).toBe(false);
        expect([...byId.values()]).toEqual(metas);
        for (const m of metas) expect([...byId.values()]).toContain(byId.get(m.id));
        byId.delete(metas[0]?.id ?? 'none');
        expect(byId.size).toBe(Math.max(0, metas.length - 1));
      }),
      { numRuns: 100 },
    );
  });

  it('fill the Map whenever it is read whole, and then change as a Map does', () => {
    const plain = generatedArticles(20).map((a) => metaOf({ ...a, entities: [] }));
    const byId = new RecordsById(columnsSource(columnsOf(plain)));
    expect(byId.size).toBe(20);
    expect([...byId.keys()]).toEqual(plain.map((m) => m.id));
    expect([...byId.values()]).toEqual(plain);
    const seen: string[] = [];
    byId.forEach((_a, id) => seen.push(id));
    expect(seen).toEqual(plain.map((m) => m.id));
    expect(byId.delete('g3')).toBe(true);
    expect(byId.has('g3')).toBe(false);
    byId.set('new', plain[0]!);
    expect(byId.get('new')).toBe(plain[0]);
    expect(byId.size).toBe(20);
    byId.clear();
    expect(byId.get('g1')).toBeUndefined();
    expect(byId.size).toBe(0);
  });

  it('a spread of the loaded file copies its articles', () => {
    const { archive } = bundleFiles(buildArchiveWithEntities(generatedArticles(30)));
    const loaded = loadArchive(JSON.parse(JSON.stringify(archive)), async () => ({}));
    const copy = { ...loaded.file };
    expect(copy.articles).toHaveLength(30);
    expect(copy.articles).toBe(loaded.file.articles);
    expect(JSON.parse(JSON.stringify(loaded.file)).articles).toHaveLength(30);
  });
});

describe('laziness never changes an answer', () => {
  const built = buildArchiveWithEntities(generatedArticles());
  const { archive: bundle, chunks } = bundleFiles(built, 500);
  /** The bundle (columns, records made when read) and the CLI's file (every record made at load). */
  const both = (): [LoadedArchive, LoadedArchive] => [
    loadArchive(JSON.parse(JSON.stringify(bundle)), async (chunk) => chunks[chunk]),
    loadArchive(JSON.parse(serializeArchive(built))),
  ];

  it.each([
    ['a word', { query: 'Azerbaijan' }],
    ['Cyrillic', { query: 'Алиев' }],
    ['a word with texts', { query: 'Baku' }],
    ['filters', { query: 'Serbia', filters: { sources: ['Report'], from: '2025-03-01' } }],
    ['by date', { query: 'Headline', sort: 'date' as const, limit: 30 }],
    ['filters alone', { query: '', filters: { sources: ['Azernews'] } }],
  ])('search: %s', async (_label, request) => {
    const [lazy, eager] = both();
    const answer = (a: LoadedArchive) => a.texts.answer(() => searchArchive(a, request, queryEntityFinderFor(a)));
    const first = await answer(lazy);
    expect(first.hits.length).toBeGreaterThan(0);
    expect(first).toEqual(await answer(eager));
    // The same again once every record is made.
    expect(lazy.file.articles).toEqual(eager.file.articles);
    expect(await answer(lazy)).toEqual(first);
  });

  it('a search by relevance finds its hits\' records by the index\'s numbers: no map of every id is made', async () => {
    const [lazy] = both();
    const answer = await lazy.texts.answer(() => searchArchive(lazy, { query: 'Azerbaijan' }, queryEntityFinderFor(lazy)));
    expect(answer.hits.length).toBeGreaterThan(0);
    // MiniSearch's id map (lib/search/compact-index.ts ShortIds), made on first use.
    expect(Reflect.get(lazy.index['_idToShortId'], 'used')).toBe(false);
    // A number that is not the article's finds nothing, and the search looks the id up instead.
    const first = lazy.file.articles[0]!;
    expect(lazy.recordAt?.(0, first.id)).toBe(lazy.byId.get(first.id));
    expect(lazy.recordAt?.(1, first.id)).toBeUndefined();
    expect(lazy.recordAt?.(-1, first.id)).toBeUndefined();
    expect(lazy.recordAt?.(1e9, first.id)).toBeUndefined();
    expect(lazy.recordAt?.(0.5, first.id)).toBeUndefined();
  });

  it('related articles, and the bundle joined to the user\'s archive', async () => {
    const [lazy, eager] = both();
    const query = { entities: [{ id: 'country:AZ', count: 3 }], terms: ['baku', 'serbia', 'headline'] };
    const related = (a: LoadedArchive) => a.texts.answer(() => rankRelated(a, query));
    const ranked = await related(lazy);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked).toEqual(await related(eager));
    const combined = new CombinedArticles(lazy);
    expect(combined.articles).toEqual(eager.file.articles);
    expect(new Map(combined.byId)).toEqual(eager.byId);
  });
});
