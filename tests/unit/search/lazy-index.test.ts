import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArchive, serializeArchive, type LoadedArchive } from '../../../lib/search/archive.ts';
import { checksum } from '../../../lib/search/compact-index-format.ts';
import { IntegerWriter } from '../../../lib/search/integer-stream.ts';
import { LazyPostings } from '../../../lib/search/compact-index-postings.ts';
import { writeCompactIndex, type IndexParts } from '../../../lib/search/compact-index-write.ts';
import { CompactIndexError, compactIndexOf, currentCompactIndex, decodeIndex, encodeIndex, loadCompactIndex, type CompactIndex } from '../../../lib/search/compact-index.ts';
import { indexOptions, textSearchOptions, type IndexedDocument } from '../../../lib/search/index-config.ts';
import { queryOptionsFor } from '../../../lib/search/posting-scores.ts';
import { queryEntityFinderFor } from '../../../lib/search/query-entities.ts';
import { rankHits } from '../../../lib/search/ranked-hits.ts';
import { rankRelated } from '../../../lib/search/related.ts';
import { searchArchive, suggest } from '../../../lib/search/search.ts';
import { normaliseTerm, tokenizeWords } from '../../../lib/search/tokenize.ts';
import { QUERIES } from '../../bench/queries.ts';
import { SHARED_MISSING, bbcArchive, hasSharedData } from '../helpers/bbc-archive.ts';
import { archiveQuery } from '../helpers/full-ranking.ts';
import { seedArchive } from '../helpers/seed-archive.ts';

type Index = MiniSearch<IndexedDocument>;

/** The index as loaded before postings were read lazily: every posting read, the tree built by `set` in the stored order (MiniSearch's loadJS). */
const eagerIndex = (compact: CompactIndex): Index => MiniSearch.loadJS<IndexedDocument>(decodeIndex(compact), indexOptions);
const lazyIndex = (compact: CompactIndex): Index => loadCompactIndex<IndexedDocument>(JSON.parse(JSON.stringify(compact)), indexOptions);

/** A radix tree's shape: every node's keys in their order, a node's own value shown as its term. */
type Shape = Array<[string, Shape | string]>;
function shapeOf<T>(index: MiniSearch<T>): Shape {
  const walk = (node: Map<string, unknown>, prefix: string): Shape =>
    [...node.keys()].map((key) => {
      const child = node.get(key);
      return [key, key === '' || !(child instanceof Map) ? prefix : walk(child, prefix + key)];
    });
  // The tree is MiniSearch's protected state: read as posting-scores.ts reads it.
  return walk(index['_index']._tree, '');
}

/**
 * Every node of the tree made so far, by its text, with its size as made (0: never read),
 * read without making any: through Map's own methods, which a node made when read does not override.
 */
function madeNodes(index: Index): Array<[string, number]> {
  const size = (node: Map<string, unknown>): number => Reflect.apply(Object.getOwnPropertyDescriptor(Map.prototype, 'size')!.get!, node, []);
  const found: Array<[string, number]> = [];
  const walk = (node: Map<string, unknown>, path: string): void => {
    for (const [key, child] of Map.prototype.entries.call(node)) {
      if (key === '' || !(child instanceof Map) || child instanceof LazyPostings) continue;
      found.push([path + key, size(child)]);
      walk(child, path + key);
    }
  };
  walk(index['_index']._tree, '');
  return found;
}

/** The terms whose postings were read since the load. */
function readTerms(index: Index): string[] {
  return [...index['_index']].flatMap(([term, postings]) => (postings instanceof LazyPostings && postings.encoded ? [] : [term]));
}

/** What every path that reads `archive.index` can see of one index for `query`. */
function answers(index: Index, query: string, entities: readonly string[]): unknown {
  const words = tokenizeWords(query).flatMap((w) => normaliseTerm(w) ?? []);
  const ranking = rankHits(index, query, entities);
  return {
    // MiniSearch's own search, its results whole (ids, scores, order, terms, match): suggest and related-words use it.
    search: index.search(query),
    archiveQuery: index.search(archiveQuery(query, entities, queryOptionsFor(index))),
    entities: entities.map((id) => index.search(id, { fields: ['entities'], prefix: false, fuzzy: false })),
    suggestions: index.autoSuggest(query, { ...textSearchOptions, combineWith: 'AND' }),
    words: words.map((w) => index.search(w, { fields: ['title', 'altTitles', 'body'], prefix: false, fuzzy: false })),
    // The search box's own ranking (lib/search/posting-scores.ts reads the tree and postings itself).
    ranked: [ranking.total, ranking.top(20)],
  };
}

function expectSameAnswers(compact: CompactIndex, queries: ReadonlyArray<readonly [string, readonly string[]]>): void {
  const eager = eagerIndex(compact);
  const lazy = lazyIndex(compact);
  expect(shapeOf(lazy)).toEqual(shapeOf(eager));
  for (const [query, entities] of queries) expect(answers(lazy, query, entities), query).toEqual(answers(eager, query, entities));
  expect(lazy.toJSON()).toEqual(eager.toJSON());
}

/** The archive with its index loaded eagerly, for the product's own answers. */
function withEagerIndex(archive: LoadedArchive): LoadedArchive {
  return { ...archive, index: eagerIndex(currentCompactIndex(archive.file.index)) };
}

async function expectSameProductAnswers(archive: LoadedArchive, queries: readonly string[]): Promise<void> {
  const eager = withEagerIndex(archive);
  const finder = queryEntityFinderFor(archive);
  for (const query of queries) {
    const request = { query, limit: 20 };
    const [lazyAnswer, eagerAnswer] = [archive, eager].map((a) => searchArchive(a, request, finder));
    expect(await lazyAnswer, query).toEqual(await eagerAnswer);
    expect(suggest(archive, query), query).toEqual(suggest(eager, query));
    const related = { entities: [], terms: tokenizeWords(query).flatMap((w) => normaliseTerm(w) ?? []) };
    expect(rankRelated(archive, related), query).toEqual(rankRelated(eager, related));
  }
}

const fixture: { documents: IndexedDocument[]; discarded: string[]; index: unknown } = JSON.parse(
  readFileSync(new URL('../../fixtures/search/compact-index-format-1.json', import.meta.url), 'utf8'),
);

/** The fixture's documents indexed now, as its format-1 index was written. */
function fixtureIndex(): Index {
  const index = new MiniSearch<IndexedDocument>(indexOptions);
  index.addAll(fixture.documents);
  for (const id of fixture.discarded) index.discard(id);
  return index;
}

beforeAll(() => {
  seedArchive();
}, 120_000);

describe('the index loaded with lazy postings', () => {
  it('answers the bench queries exactly as the index read whole: the same tree, results, scores, order and matches', () => {
    const seeds = seedArchive();
    const finder = queryEntityFinderFor(seeds);
    expectSameAnswers(currentCompactIndex(seeds.file.index), QUERIES.map((q) => [q, finder ? [...new Set(finder(q))] : []] as const));
  });

  it('gives the product\'s answers (search, suggestions, related) of the index read whole, for the seed archive', async () => {
    await expectSameProductAnswers(seedArchive(), QUERIES);
  });

  it.skipIf(!hasSharedData)(`gives the same answers on the BBC archive for the bench queries ${hasSharedData ? '' : SHARED_MISSING}`, async () => {
    const bbc = await bbcArchive();
    const finder = queryEntityFinderFor(bbc);
    expectSameAnswers(currentCompactIndex(bbc.file.index), QUERIES.map((q) => [q, finder ? [...new Set(finder(q))] : []] as const));
    await expectSameProductAnswers(bbc, QUERIES);
  }, 120_000);

  it('answers generated documents and queries (prefixes, typos, entity terms) as the index read whole (property)', () => {
    const vocabulary = ['gas', 'gasoline', 'gaston', 'gaz', 'pipeline', 'pipelines', 'baku', 'bakü', 'tbilisi', 'summit', 'summits', 'minister', 'ministr', 'сербия', 'сербии', 'oil', 'oils', 'talk', 'talks'];
    const entityIds = ['country:AZ', 'country:GE', 'country:RS', 'person:x'];
    const text = fc.array(fc.constantFrom(...vocabulary), { maxLength: 14 }).map((w) => w.join(' '));
    const document = fc.record({ title: text, altTitles: text, body: text, entities: fc.subarray(entityIds).map((e) => e.join(' ')) });
    // A word of the vocabulary, cut (typing in progress) or with one letter changed (a typo).
    const word = fc.tuple(fc.constantFrom(...vocabulary), fc.nat(8), fc.constantFrom('', 'x', 'a', 'и')).map(([w, n, typo]) => {
      const cut = w.slice(0, Math.max(1, w.length - (n % 4)));
      return typo && cut.length > 3 ? cut.slice(0, n % cut.length) + typo + cut.slice((n % cut.length) + 1) : cut;
    });
    const query = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), fc.subarray(entityIds));
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 30 }), fc.array(fc.nat(40)), fc.array(query, { minLength: 1, maxLength: 6 }), (docs, discards, queries) => {
        const index = new MiniSearch<IndexedDocument>(indexOptions);
        index.addAll(docs.map((d, i) => ({ id: `d${i}`, ...d })));
        for (const d of discards) if (index.has(`d${d}`)) index.discard(`d${d}`);
        expectSameAnswers(encodeIndex(index.toJSON()), queries);
      }),
      { numRuns: 60 },
    );
  });

  it('makes only the tree\'s top at load, and then the nodes a search reaches', () => {
    const lazy = lazyIndex(encodeIndex(fixtureIndex().toJSON()));
    const top = madeNodes(lazy);
    // Every child of the root is there, none of them made yet.
    expect(top.length).toBeGreaterThan(5);
    expect(top.every(([, size]) => size === 0)).toBe(true);
    lazy.search('pipeline', { prefix: false, fuzzy: false });
    const made = madeNodes(lazy).filter(([, size]) => size > 0).map(([path]) => path);
    // The nodes on the way to "pipeline" and nothing beside them.
    expect(made.length).toBeGreaterThan(0);
    expect(made.every((path) => 'pipeline'.startsWith(path))).toBe(true);
    // The same search on the index read whole (MiniSearch's search changes its postings of discarded documents).
    const eager = eagerIndex(encodeIndex(fixtureIndex().toJSON()));
    eager.search('pipeline', { prefix: false, fuzzy: false });
    expect(answers(lazy, 'pipeline', [])).toEqual(answers(eager, 'pipeline', []));
  });

  it('answers searches from the documents as read, without making its maps of them', () => {
    const lazy = lazyIndex(encodeIndex(fixtureIndex().toJSON()));
    const eager = eagerIndex(encodeIndex(fixtureIndex().toJSON()));
    const madeSize = (map: Map<number, unknown>): number => Reflect.apply(Object.getOwnPropertyDescriptor(Map.prototype, 'size')!.get!, map, []);
    for (const query of ['pipeline', 'gas', 'Aliyev Vucic']) expect(answers(lazy, query, []), query).toEqual(answers(eager, query, []));
    expect([madeSize(lazy['_documentIds']), madeSize(lazy['_fieldLength'])]).toEqual([0, 0]);
    // Changing the index makes them, and it goes on as the index read whole.
    const added = { ...fixture.documents[0]!, id: 'new-one' };
    lazy.add(added);
    eager.add(added);
    expect(madeSize(lazy['_documentIds'])).toBe(eager['_documentIds'].size);
    expect(answers(lazy, 'pipeline', [])).toEqual(answers(eager, 'pipeline', []));
    expect(lazy.toJSON()).toEqual(eager.toJSON());
  });

  it('reads a term\'s postings only when it is used', () => {
    const lazy = lazyIndex(encodeIndex(fixtureIndex().toJSON()));
    // Walking the tree reads no posting; only reading a value does.
    expect(readTerms(lazy)).toEqual([]);
    lazy.search('pipeline', { prefix: false, fuzzy: false });
    expect(readTerms(lazy)).toEqual(['pipeline']);
  });

  it('adds, removes, discards and vacuums as the index read whole, and writes back what it copied and what it read', async () => {
    const compact = encodeIndex(fixtureIndex().toJSON());
    const [eager, lazy] = [eagerIndex(compact), lazyIndex(compact)];
    // Unused, every term's postings are copied as stored, none read: what MiniSearch's own JSON gives.
    expect(compactIndexOf(lazy)).toStrictEqual(encodeIndex(eager.toJSON()));
    expect(readTerms(lazy)).toEqual([]);
    for (const index of [eager, lazy]) {
      index.search('gas');
      index.add({ id: 'new1', title: 'Gasoline exports', altTitles: '', body: 'pipeline summit Baku', entities: 'country:AZ' });
      index.add({ id: 'new2', title: 'zeta', altTitles: 'omega', body: 'zeta minister', entities: '' });
      index.remove(fixture.documents[5]!);
      index.discard('d6');
      index.discard('new2');
    }
    expect(lazy.toJSON()).toEqual(eager.toJSON());
    // Some terms read, some not: the written index is the one written from MiniSearch's own JSON.
    expect(compactIndexOf(lazy)).toStrictEqual(encodeIndex(lazy.toJSON()));
    await Promise.all([eager.vacuum(), lazy.vacuum()]);
    expect(lazy.toJSON()).toEqual(eager.toJSON());
    for (const query of ['gas', 'zeta', 'pipelin', 'ministr', 'bakü']) expect(lazy.search(query), query).toEqual(eager.search(query));
    expect(compactIndexOf(lazy)).toStrictEqual(encodeIndex(eager.toJSON()));
  });
});

describe('an index of compact format 1 (archives of format 3 and 4, older snapshots)', () => {
  it('is read whole, as it was written, and gives the same answers as the same index in format 2', () => {
    const plain = JSON.parse(JSON.stringify(fixtureIndex().toJSON()));
    expect(JSON.parse(JSON.stringify(decodeIndex(fixture.index)))).toStrictEqual(plain);
    const old = loadCompactIndex<IndexedDocument>(fixture.index, indexOptions);
    const current = currentCompactIndex(decodeIndex(fixture.index));
    expect(current).toStrictEqual(encodeIndex(fixtureIndex().toJSON()));
    expect(current.compactIndex).toBe(2);
    const lazy = lazyIndex(current);
    expect(shapeOf(old)).toEqual(shapeOf(lazy));
    // In turn on both: a search tidies discarded documents out of the postings it reads, which later scores see.
    for (const query of ['gas', 'gaso', 'pipelin', 'ministr', 'baku', 'сербия', 'country:AZ']) expect(lazy.search(query), query).toEqual(old.search(query));
    // Written back in the current format, from its maps.
    const written = compactIndexOf(old);
    expect(written.compactIndex).toBe(2);
    expect(written).toStrictEqual(encodeIndex(old.toJSON()));
  });

  it('in an archive of format 4 is loaded, and written back in format 5 with a format-2 index', () => {
    const seeds = seedArchive();
    const stored = JSON.parse(serializeArchive({ ...seeds.file, articles: [] }));
    const format4 = { ...stored, format: 4, articleCount: 0, index: fixture.index };
    const loaded = loadArchive(format4);
    expect(loaded.index.search('pipeline').map((r) => r.id)).toEqual(fixtureIndex().search('pipeline').map((r) => r.id));
    const rewritten = JSON.parse(serializeArchive({ ...loaded.file, articles: [] }));
    expect([rewritten.format, rewritten.index.compactIndex]).toEqual([5, 2]);
    expect(rewritten.index).toStrictEqual(JSON.parse(JSON.stringify(encodeIndex(fixtureIndex().toJSON()))));
  });
});

describe('counts no writer makes', () => {
  /** The fixture's index with its first numbers (the document count, and what follows) replaced, under a matching checksum. */
  const withNumbers = (head: number[], nextId: number): unknown => {
    const c = encodeIndex(fixtureIndex().toJSON());
    const writer = new IntegerWriter();
    for (const n of head) writer.write(n);
    const numbers = writer.text() + c.numbers.slice(1);
    return { ...c, nextId, numbers, check: checksum(c.text, numbers, c.postings) };
  };

  it('are refused with a CompactIndexError before anything of their size is made: a document count far past the numbers that would follow it', () => {
    // Within the header's nextId, so only the numbers left can tell (an array of 2^40 would throw a RangeError).
    expect(() => loadCompactIndex(withNumbers([2 ** 40], 2 ** 45), indexOptions)).toThrow(/corrupt: the document count/);
  });
});

describe('corrupt postings, read late', () => {
  const compact = (): CompactIndex => JSON.parse(JSON.stringify(encodeIndex(fixtureIndex().toJSON())));
  /** The index with its postings changed, and its checksum made to match (as only a faulty writer would). */
  const rewritten = (c: CompactIndex, postings: string): CompactIndex => ({ ...c, postings, check: checksum(c.text, c.numbers, postings) });

  it('are refused at load when the checksum does not match, however small the change', () => {
    const c = compact();
    const postings = `${c.postings.slice(0, 100)}${c.postings[100] === 'C' ? 'D' : 'C'}${c.postings.slice(101)}`;
    expect(() => loadCompactIndex({ ...c, postings }, indexOptions)).toThrow(/checksum/);
    expect(() => loadCompactIndex({ ...c, postings: c.postings.slice(0, -5) }, indexOptions)).toThrow(CompactIndexError);
  });

  it('in the extension\'s own bundle are not hashed at load: a changed character shows only when read', () => {
    const c = compact();
    const changed = { ...c, postings: '!'.repeat(c.postings.length) };
    expect(() => loadCompactIndex(changed, indexOptions)).toThrow(/checksum/);
    const packaged = loadCompactIndex<IndexedDocument>(changed, indexOptions, 'packaged');
    expect(() => packaged.search('pipeline', { prefix: false, fuzzy: false })).toThrow(CompactIndexError);
    // The structure is still checked in full.
    expect(() => loadCompactIndex({ ...c, postings: c.postings.slice(0, -1) }, indexOptions, 'packaged')).toThrow(CompactIndexError);
  });

  it('are refused at load when the terms\' lengths do not cover them exactly, even under a matching checksum', () => {
    const c = compact();
    expect(() => loadCompactIndex(rewritten(c, `${c.postings}A`), indexOptions)).toThrow(/corrupt: it has data past its end/);
    expect(() => loadCompactIndex(rewritten(c, c.postings.slice(0, -1)), indexOptions)).toThrow(/corrupt: .*out of range/);
  });

  it('under a matching checksum, throw a CompactIndexError from the search that first reads them, at every use; other terms still answer', () => {
    const c = compact();
    // Every character an invalid digit, same length: the terms' lengths still cover the postings.
    const lazy = loadCompactIndex<IndexedDocument>(rewritten(c, '!'.repeat(c.postings.length)), indexOptions);
    expect(() => lazy.search('pipeline', { prefix: false, fuzzy: false })).toThrow(CompactIndexError);
    expect(() => lazy.search('pipeline', { prefix: false, fuzzy: false })).toThrow(/the index is corrupt: unexpected character/);
    expect(() => rankHits(lazy, 'pipeline', [])).toThrow(CompactIndexError);
    expect(lazy.search('nothing', { prefix: false, fuzzy: false })).toEqual([]);
  });

  it('in an archive: the load succeeds, the search that reads them throws a CompactIndexError', () => {
    const seeds = JSON.parse(serializeArchive({ ...seedArchive().file, articles: [] }));
    const c = compact();
    const loaded = loadArchive({ ...seeds, articleCount: 0, index: rewritten(c, '!'.repeat(c.postings.length)) });
    expect(() => loaded.index.search('gas', { prefix: false, fuzzy: false })).toThrow(CompactIndexError);
  });
});

describe('terms in an order no writer makes', () => {
  const parts = (terms: string[]): IndexParts => ({
    header: { documentCount: 1, nextId: 1, fieldIds: { title: 0 }, averageFieldLength: [1], dirtCount: 0, storedFields: {} },
    documentIds: [[0, 'a']],
    documentIdCount: 1,
    fieldLength: [[0, [1]]],
    fieldLengthCount: 1,
    termCount: terms.length,
    terms: terms.map((term) => [term, [{ field: 0, docs: [0], frequencies: [1] }]] as const),
  });
  it.each<[string, string[], RegExp]>([
    ['a subtree met again after another', ['ab', 'c', 'ad'], /corrupt: its terms are out of order/],
    ['a term twice', ['ab', 'ab'], /corrupt: a term comes twice/],
  ])('are refused at load: %s', (_label, terms, message) => {
    expect(() => loadCompactIndex(writeCompactIndex(parts(terms)), { fields: ['title'] })).toThrow(message);
  });

  // Below the root's children, a node is made when first read: its faults show then, at every read.
  it.each<[string, string[], string, RegExp]>([
    ['a term twice, after its longer neighbour', ['ab', 'abc', 'ab'], 'ab', /corrupt: a term comes twice/],
    ['a subtree met again, below the top', ['abx', 'acy', 'abz'], 'abx', /corrupt: its terms are out of order/],
  ])('throw a CompactIndexError from the search that reaches them: %s', (_label, terms, word, message) => {
    const index = loadCompactIndex(writeCompactIndex(parts(terms)), { fields: ['title'] });
    expect(() => index.search(word, { prefix: false, fuzzy: false })).toThrow(message);
    expect(() => index.search(word, { prefix: false, fuzzy: false })).toThrow(CompactIndexError);
  });

  it('in MiniSearch\'s own order are read into the tree its set builds', () => {
    const terms = ['abc', 'abd', 'ab', 'a', 'b', 'bcd', 'bce', 'bc', ''];
    const tree = loadCompactIndex(writeCompactIndex(parts(terms)), { fields: ['title'] });
    const reference = MiniSearch.loadJS(decodeIndex(writeCompactIndex(parts(terms))), { fields: ['title'] });
    expect(shapeOf(tree)).toEqual(shapeOf(reference));
  });
});
