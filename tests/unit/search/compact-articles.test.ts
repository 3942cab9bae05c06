import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArchiveFormatError, loadArchive } from '../../../lib/search/archive.ts';
import type { ArticleMeta } from '../../../lib/search/archive-types.ts';
import { buildArchiveWithEntities } from '../../../lib/search/build-archive.ts';
import { bundleFiles } from '../../../lib/search/bundle-files.ts';
import { CompactArticlesError, decodeArticles, encodeArticles, type CompactArticles } from '../../../lib/search/compact-articles.ts';
import { expandMeta, fullArticle, metaOf, storedArticle } from '../../../lib/search/stored-article.ts';
import { seedArchive, seedArticles } from '../helpers/seed-archive.ts';
import { anyRecord, generatedArticles } from '../helpers/article-records.ts';
import { article } from '../helpers/small-archive.ts';

const built = buildArchiveWithEntities(seedArticles());


function roundTrip(metas: readonly ArticleMeta[], chunks: ReadonlyArray<number | null> = metas.map(() => null)) {
  return decodeArticles(JSON.parse(JSON.stringify(encodeArticles(metas, chunks))));
}

describe('the articles\' records column by column', () => {
  it('give back exactly the seed archive\'s records, field order included', () => {
    const metas = built.articles.map(metaOf);
    const { articles } = roundTrip(metas);
    expect(articles).toEqual(seedArchive().file.articles);
    expect(JSON.stringify(articles)).toEqual(JSON.stringify(seedArchive().file.articles));
  });

  it('a bundle of a generated archive loads the same records and text files as the archive with its texts inline', () => {
    const archive = buildArchiveWithEntities(generatedArticles());
    const { archive: bundle } = bundleFiles(archive, 500);
    const loaded = loadArchive(JSON.parse(JSON.stringify(bundle)), async () => ({}));
    expect(loaded.file.articles).toEqual(archive.articles.map(metaOf));
    expect(loaded.file.articles.some((a) => a.entities.length > 0)).toBe(true);
  });

  it('write nothing for a field no article has', () => {
    const compact = encodeArticles([metaOf({ ...article('a', 'A', []), entities: [] })], [null]);
    expect(Object.keys(compact).sort()).toEqual(['columns', 'count', 'file', 'id', 'lang', 'title']);
  });

  it('round-trip any records: odd Unicode titles, missing fields, text files', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
    const rows = fc.uniqueArray(fc.tuple(anyRecord, maybe(fc.nat(20))), { maxLength: 25, selector: ([m]) => m.id });
    fc.assert(
      fc.property(rows, (given) => {
        const metas = given.map(([m]) => m);
        const { articles, chunkOf } = roundTrip(metas, given.map(([, c]) => c));
        expect(articles).toEqual(metas);
        // Field by field in the order the records of format 3 loaded them.
        for (const a of articles) expect(Object.keys(a)).toEqual(Object.keys(expandMeta({ id: a.id, title: a.title, lang: a.lang, file: a.file })));
        expect(chunkOf).toEqual(new Map(given.flatMap(([m, c]) => (c === null ? [] : [[m.id, c]]))));
      }),
      { numRuns: 200 },
    );
  });
});

describe('a malformed column', () => {
  const good = (): CompactArticles => JSON.parse(JSON.stringify(bundleFiles(built).archive.articles));
  it.each<[string, (c: CompactArticles) => unknown, RegExp]>([
    ['titles fewer than articles', (c) => ({ ...c, title: c.title.slice(1) }), /title has 4 values for 5 articles/],
    ['a dictionary index out of range', (c) => ({ ...c, lang: { values: [], refs: c.lang.refs } }), /lang's value 1 is out of range/],
    ['an entity index out of range', (c) => ({ ...c, entities: { ...c.entities!, ids: c.entities!.ids.slice(0, 1) } }), /entity \d+ is out of range/],
    ['a truncated stream', (c) => ({ ...c, file: { ...c.file, refs: c.file.refs.slice(0, 2) } }), /ends early/],
    ['a stream longer than the articles', (c) => ({ ...c, lang: { ...c.lang, refs: `${c.lang.refs}B` } }), /lang holds more values than there are articles/],
    ['a body key past the last article', (c) => ({ ...c, bodyKey: { at: 'Z', values: ['k'] } }), /bodyKey names an article past the last/],
    ['a title that is not text', (c) => ({ ...c, title: [1, ...c.title.slice(1)] }), /title holds a value that is not text/],
    ['another shape', () => ({ columns: 2 }), /not the columns of format 4/],
  ])('is refused clearly: %s', (_label, corrupt, message) => {
    expect(() => decodeArticles(corrupt(good()))).toThrow(CompactArticlesError);
    expect(() => decodeArticles(corrupt(good()))).toThrow(message);
    const { archive } = bundleFiles(built);
    const stored = { ...JSON.parse(JSON.stringify(archive)), articles: corrupt(good()) };
    expect(() => loadArchive(stored, async () => ({}))).toThrow(ArchiveFormatError);
  });

  it('columns in an archive of format 3 are not an archive', () => {
    const stored = { ...JSON.parse(JSON.stringify(bundleFiles(built).archive)), format: 3 };
    expect(() => loadArchive(stored, async () => ({}))).toThrow(/archive is missing its articles, index or version/);
  });
});

describe('a bundle of format 3 (one record per article)', () => {
  it('is still read: the same records, and texts read from the files the records name', async () => {
    const { archive, chunks } = bundleFiles(built, 2000);
    const { articles, chunkOf } = decodeArticles(archive.articles);
    // The records as format 3 wrote them (lib/search/stored-article.ts before the columns).
    const records = articles.map((m) => {
      const { bodyLength, bodyKey } = m;
      const chunk = chunkOf.get(m.id);
      return { ...storedArticle(fullArticle(m, { body: [], sidebar: [] })), ...(bodyLength ? { bodyLength } : {}), ...(bodyKey !== null ? { bodyKey } : {}), ...(chunk !== undefined ? { chunk } : {}) };
    });
    const format3 = JSON.parse(JSON.stringify({ ...archive, format: 3, articles: records }));
    const loaded = loadArchive(format3, async (chunk) => chunks[chunk]);
    expect(loaded.file.articles).toEqual(seedArchive().file.articles);
    await loaded.texts.load(articles.map((a) => a.id));
    for (const a of built.articles) expect(loaded.texts.text(a.id)).toEqual({ body: a.body, sidebar: a.sidebar });
  });
});
