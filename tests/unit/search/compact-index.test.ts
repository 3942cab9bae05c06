import fc from 'fast-check';
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { describe, expect, it, vi } from 'vitest';
import { checksum } from '../../../lib/search/compact-index-format.ts';
import { CompactIndexError, compactIndexInSlices, compactIndexOf, decodeIndex, encodeIndex, loadCompactIndex, type CompactIndex } from '../../../lib/search/compact-index.ts';
import { buildArchive } from '../../../lib/search/archive.ts';
import { buildArchiveWithEntities } from '../../../lib/search/build-archive.ts';
import { indexOptions, type IndexedDocument } from '../../../lib/search/index-config.ts';
import { seedArticles } from '../helpers/seed-archive.ts';
import { article } from '../helpers/small-archive.ts';

/** As stored: through JSON, as archive.json is (IndexedDB keeps it as it is). */
const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** The original index as MiniSearch itself loads it, and as the compact loader does: the same state. */
function expectSameLoad<T>(plain: AsPlainObject, compact: CompactIndex, options: Options<T>): void {
  // Through JSON: a field a document lacks is a hole in one and null in the other, which MiniSearch reads alike.
  const viaLoadJS = throughJson(MiniSearch.loadJS<T>(throughJson(plain), options).toJSON());
  expect(throughJson(loadCompactIndex<T>(throughJson(compact), options).toJSON())).toStrictEqual(viaLoadJS);
}

function generatedDocument(i: number): Omit<IndexedDocument, 'id'> {
  const words = ['gas', 'pipeline', 'Baku', 'Tbilisi', 'summit', 'minister', 'Ceyhan', 'talks', 'oil', 'export'];
  const pick = (n: number) => Array.from({ length: n }, (_, k) => words[(i * 7 + k * 3 + k * k) % words.length]!).join(' ');
  return { title: pick(4), altTitles: i % 5 === 0 ? pick(2) : '', body: pick(40 + (i % 13)), entities: i % 3 === 0 ? 'country:AZ country:GE' : '' };
}

function generatedIndex(count = 300): MiniSearch<IndexedDocument> {
  const index = new MiniSearch<IndexedDocument>(indexOptions);
  for (let i = 0; i < count; i++) index.add({ id: `g${i}`, ...generatedDocument(i) });
  // Removed documents leave gaps in the document numbers and (until a vacuum) stale postings.
  for (let i = 0; i < count; i += 7) index.discard(`g${i}`);
  return index;
}

describe('the compact index', () => {
  it('round-trips the seed archive exactly, and loads into the same index as MiniSearch loads its own JSON', () => {
    const plain = throughJson(buildArchive({ articles: seedArticles(), knowledge: null, annotate: () => [] }).index);
    const original = decodeIndex(plain);
    const compact = encodeIndex(original);
    expect(decodeIndex(throughJson(compact))).toStrictEqual(original);
    expectSameLoad(original, compact, indexOptions);
    const loaded = loadCompactIndex<IndexedDocument>(throughJson(compact), indexOptions);
    expect(loaded.search('Khasiyev').map((r) => r.id)).toEqual(['000_9bc284ab3f6946f2']);
  });

  it('round-trips a generated index with removed documents and entity postings', () => {
    const plain = throughJson(generatedIndex().toJSON());
    expect(plain.dirtCount).toBeGreaterThan(0);
    const compact = encodeIndex(plain);
    expect(decodeIndex(throughJson(compact))).toStrictEqual(plain);
    expectSameLoad(plain, compact, indexOptions);
    const loaded = loadCompactIndex<IndexedDocument>(throughJson(compact), indexOptions);
    const fresh = MiniSearch.loadJS<IndexedDocument>(plain, indexOptions);
    for (const query of ['pipeline', 'Baku talks', 'tbilsi', 'ceyh']) expect(loaded.search(query)).toEqual(fresh.search(query));
    expect(loaded.search('country:AZ', { fields: ['entities'] }).length).toBe(fresh.search('country:AZ', { fields: ['entities'] }).length);
    // Still a working index: documents can be added and removed after loading.
    loaded.add({ id: 'new', title: 'Ceyhan terminal', altTitles: '', body: 'oil', entities: '' });
    loaded.discard('g1');
    expect(loaded.search('terminal').map((r) => r.id)).toEqual(['new']);
  });

  it('writes a loaded index back from its maps exactly as from its toJSON, after additions and removals too', () => {
    const loaded = loadCompactIndex<IndexedDocument>(encodeIndex(generatedIndex().toJSON()), indexOptions);
    expect(compactIndexOf(loaded)).toStrictEqual(encodeIndex(loaded.toJSON()));
    // A term first met in the body, then in a title: its fields enter MiniSearch's map out of order.
    loaded.add({ id: 'late1', title: 'zeta', altTitles: '', body: 'omega zeta', entities: 'country:AZ' });
    loaded.add({ id: 'late2', title: 'omega', altTitles: 'zeta', body: '', entities: '' });
    for (const id of ['g3', 'g50', 'late1']) loaded.discard(id);
    expect(compactIndexOf(loaded)).toStrictEqual(encodeIndex(loaded.toJSON()));
    const plain = generatedIndex();
    expect(compactIndexOf(plain)).toStrictEqual(encodeIndex(plain.toJSON()));
  });

  it('is under half of MiniSearch\'s own JSON for the seed archive', () => {
    const plain = buildArchiveWithEntities(seedArticles()).index;
    const original = JSON.stringify(decodeIndex(plain));
    expect(JSON.stringify(plain).length).toBeLessThan(original.length / 2);
  });

  it('round-trips any small index (property)', () => {
    const options: Options = { fields: ['a', 'b'], storeFields: ['a'] };
    const text = fc.array(fc.oneof(fc.constantFrom('x', 'xy', 'xyz', 'y', 'zz', 'ő', 'ɑb', '🐟'), fc.string({ maxLength: 6 })), { maxLength: 12 }).map((w) => w.join(' '));
    const doc = fc.record({ a: fc.option(text, { nil: undefined }), b: fc.option(text, { nil: undefined }) });
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 5 }), { maxLength: 25 }), fc.array(doc, { minLength: 25, maxLength: 25 }), fc.array(fc.nat(30)), (ids, docs, removals) => {
        const index = new MiniSearch(options);
        index.addAll(ids.map((id, i) => ({ id, ...docs[i] })));
        for (const r of removals) if (ids[r] !== undefined && index.has(ids[r])) index.discard(ids[r]);
        const plain = index.toJSON();
        const compact = encodeIndex(plain);
        // Exact in memory; and through JSON (as stored), where a hole becomes null on both sides.
        expect(decodeIndex(compact)).toStrictEqual(plain);
        expect(throughJson(decodeIndex(throughJson(compact)))).toStrictEqual(throughJson(plain));
        expectSameLoad(plain, compact, options);
        const loaded = loadCompactIndex(compact, options);
        expect(compactIndexOf(loaded)).toStrictEqual(encodeIndex(loaded.toJSON()));
      }),
      { numRuns: 150 },
    );
  });

  describe('refuses what it did not write, with a clear error', () => {
    const compact = (): CompactIndex => throughJson(encodeIndex(generatedIndex().toJSON()));
    it.each<[string, (c: CompactIndex) => unknown, RegExp]>([
      ['another format', (c) => ({ ...c, compactIndex: 3 }), /format 1 or 2 \(format: 3\)/],
      ['MiniSearch\'s own JSON', () => generatedIndex().toJSON(), /format 1 or 2 \(format: undefined\)/],
      ['not an object', () => 'index', /not an object/],
      ['a missing part', ({ text: _text, ...rest }) => rest, /missing a part/],
      ['truncated numbers', (c) => ({ ...c, numbers: c.numbers.slice(0, c.numbers.length >> 1) }), /checksum/],
      ['truncated text', (c) => ({ ...c, text: c.text.slice(0, -3) }), /checksum/],
      ['one changed number', (c) => ({ ...c, numbers: `${c.numbers.slice(0, 500)}${c.numbers[500] === 'C' ? 'D' : 'C'}${c.numbers.slice(501)}` }), /checksum/],
    ])('%s', (_label, corrupt, message) => {
      const value = corrupt(compact());
      expect(() => loadCompactIndex(value, indexOptions)).toThrow(CompactIndexError);
      expect(() => decodeIndex(value)).toThrow(message);
    });

    it.each<[string, (c: CompactIndex) => CompactIndex, RegExp]>([
      // With a checksum that matches (written by a faulty writer): the structure is still checked.
      ['a truncated stream', (c) => ({ ...c, numbers: c.numbers.slice(0, -40) }), /corrupt: .*(ends early|past its end|out of range|terms where)/],
      ['an unknown character', (c) => ({ ...c, numbers: `${c.numbers.slice(0, 10)}!${c.numbers.slice(11)}` }), /corrupt: unexpected character/],
      ['a term count that disagrees', (c) => ({ ...c, termCount: c.termCount + 1 }), /corrupt: it holds \d+ terms where its header says/],
      ['a document number past the end', (c) => ({ ...c, nextId: 3 }), /corrupt: .*out of range/],
    ])('%s, even under a matching checksum', (_label, corrupt, message) => {
      const bad = corrupt(compact());
      const value = { ...bad, check: checksum(bad.text, bad.numbers, bad.postings) };
      expect(() => loadCompactIndex(value, indexOptions)).toThrow(message);
    });
  });

  describe('written in time slices', () => {
    /** Big enough for pauses inside each part: documents, field lengths, terms. */
    const slicedIndex = () => loadCompactIndex<IndexedDocument>(encodeIndex(generatedIndex(3000).toJSON()), indexOptions);

    /** A zero budget: a pause at every point the writer may pause, each counted, and `between` run in it. */
    function everyStep(between: (pause: number) => void = () => {}) {
      const pauses = { count: 0 };
      const yieldToPage = async () => between(++pauses.count);
      return { pauses, yieldToPage };
    }

    it('gives what the synchronous writer gives, pausing between slices, after additions and removals too', async () => {
      const loaded = slicedIndex();
      const first = everyStep();
      expect(await compactIndexInSlices(loaded, 0, first.yieldToPage)).toStrictEqual(compactIndexOf(loaded));
      // Pauses in the documents, the field lengths and the terms, then before and in the checksum.
      expect(first.pauses.count).toBeGreaterThan(10);
      loaded.add({ id: 'late1', title: 'zeta', altTitles: '', body: 'omega zeta', entities: 'country:AZ' });
      for (const id of ['g3', 'g50', 'late1']) loaded.discard(id);
      const after = await compactIndexInSlices(loaded, 0, everyStep().yieldToPage);
      expect(after).toStrictEqual(encodeIndex(loaded.toJSON()));
      expect(decodeIndex(throughJson(after))).toStrictEqual(throughJson(loaded.toJSON()));
    });

    it('runs without a pause while the slice has time left', async () => {
      const loaded = slicedIndex();
      const { pauses, yieldToPage } = everyStep();
      expect(await compactIndexInSlices(loaded, 60_000, yieldToPage)).toStrictEqual(compactIndexOf(loaded));
      expect(pauses.count).toBe(0);
    });

    it.each<[string, (index: MiniSearch<IndexedDocument>) => void]>([
      ['a document is added', (index) => index.add({ id: 'mid', title: 'Ceyhan terminal', altTitles: '', body: 'oil', entities: '' })],
      ['a document is discarded', (index) => index.discard('g1')],
      ['a document is removed', (index) => index.remove({ id: 'g2', ...generatedDocument(2) })],
      ['a vacuum starts', (index) => void index.vacuum()],
    ])('gives up (null) when %s between two slices, and writes the new state when asked again', async (_label, change) => {
      const loaded = slicedIndex();
      const { pauses, yieldToPage } = everyStep((pause) => pause === 2 && change(loaded));
      expect(await compactIndexInSlices(loaded, 0, yieldToPage)).toBeNull();
      // Given up at the first pause after the change: nothing more read from the changed index.
      expect(pauses.count).toBe(2);
      await vi.waitFor(() => expect(loaded.isVacuuming).toBe(false));
      expect(await compactIndexInSlices(loaded, 0, everyStep().yieldToPage)).toStrictEqual(encodeIndex(loaded.toJSON()));
    });

    it('gives up at once while a vacuum is under way', async () => {
      const loaded = slicedIndex();
      const vacuum = loaded.vacuum();
      const { pauses, yieldToPage } = everyStep();
      expect(await compactIndexInSlices(loaded, 0, yieldToPage)).toBeNull();
      expect(pauses.count).toBe(0);
      await vacuum;
      expect(await compactIndexInSlices(loaded, 0, yieldToPage)).toStrictEqual(compactIndexOf(loaded));
    });

    it('writes an index MiniSearch built itself in one piece', async () => {
      const plain = generatedIndex();
      const { pauses, yieldToPage } = everyStep();
      expect(await compactIndexInSlices(plain, 0, yieldToPage)).toStrictEqual(encodeIndex(plain.toJSON()));
      expect(pauses.count).toBe(0);
    });
  });
});
