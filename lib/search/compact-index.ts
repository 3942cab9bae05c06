/**
 * MiniSearch's index in a compact form for archive.json and the IndexedDB snapshot.
 * MiniSearch's own JSON (`toJSON`, its `AsPlainObject`) spells every posting as `"1234":1`
 * inside an object per term and field, and every document id and field length under a string
 * key. Here all the numbers are one VLQ text (lib/search/integer-stream.ts): posting document
 * numbers as gaps from the previous, a frequency only where it is not 1, field lengths per
 * document in order, terms front-coded (each keeps what it shares with the one before); the
 * document ids and term endings are one string cut by lengths among the numbers. No library
 * writes MiniSearch's index this way (it offers only that JSON); the format is small enough to own.
 *
 * Loading goes straight into MiniSearch's maps (`loadCompactIndex`), not through `loadJS`:
 * `loadJS` takes each posting list as an object keyed by document number, and such objects,
 * built by script rather than by `JSON.parse`, cost V8 more than parsing the whole verbose JSON
 * (measured in Node at 2k BBC articles: 380-530 ms to build them against 80 ms for `JSON.parse`
 * and 125 ms for `loadJS`). A load makes only the top of the radix tree
 * (lib/search/compact-index-tree.ts: a node is made when a query first reaches it) and reads no
 * posting: each term's are read when it is first used (lib/search/compact-index-postings.ts),
 * and a writer copies those never used.
 * `decodeIndex` gives the `AsPlainObject` back for tests and tools.
 * Term order is kept as MiniSearch wrote it, so the round trip is exact and the loaded radix tree
 * is the one `loadJS` builds from the same index (the unit tests compare them).
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { checkedCompactIndex, COMPACT_INDEX_FORMAT, type CompactIndex, type IndexSource, type ReadableCompactIndex } from './compact-index-format.ts';
import { LazyPostings, type EncodedPostings } from './compact-index-postings.ts';
import { readCompactIndex, type TermPostings } from './compact-index-read.ts';
import { plantTermTree } from './compact-index-tree.ts';
import { ascending, byNumber, DocumentIds, documentCount, FieldLengths } from './compact-index-documents.ts';
import { LazyMap } from './lazy-map.ts';
import { compactIndexSteps, encodeIndex, writeCompactIndex, type FieldPostings, type IndexParts } from './compact-index-write.ts';
import { nextTask, SLICE_MS } from './index-in-slices.ts';

export { CompactIndexError, type CompactIndex, type IndexSource } from './compact-index-format.ts';
export { encodeIndex } from './compact-index-write.ts';

type Postings = AsPlainObject['index'][number][1];

/** The `AsPlainObject` `encodeIndex` was given. Throws `CompactIndexError` on anything it did not write. */
export function decodeIndex(value: unknown): AsPlainObject {
  const compact = checkedCompactIndex(value);
  const index: AsPlainObject['index'] = [];
  const read = readCompactIndex(compact);
  const { shared, lengths, endings, text } = read.terms;
  let term = '';
  for (let t = 0; t < read.terms.count; t++) {
    term = term.slice(0, shared[t]) + text.slice(endings[t], endings[t]! + lengths[t]! - shared[t]!);
    index.push([term, postingsObject(read.terms.postings(t))]);
  }
  return {
    documentCount: compact.documentCount,
    nextId: compact.nextId,
    documentIds: Object.fromEntries(new DocumentIds(read.documents)),
    fieldIds: compact.fieldIds,
    fieldLength: Object.fromEntries(new FieldLengths(read.fieldLengths)),
    averageFieldLength: compact.averageFieldLength,
    storedFields: compact.storedFields,
    ...(compact.dirtCount === undefined ? {} : { dirtCount: compact.dirtCount }),
    index,
    serializationVersion: compact.serializationVersion,
  };
}

/** The index in the current compact format, from any form an archive stored it in. */
export function currentCompactIndex(index: ReadableCompactIndex | AsPlainObject): CompactIndex {
  if (!('compactIndex' in index)) return encodeIndex(index);
  return index.compactIndex === COMPACT_INDEX_FORMAT ? index : encodeIndex(decodeIndex(index));
}

function postingsObject(postings: TermPostings): Postings {
  return Object.fromEntries([...postings].map(([field, frequencies]) => [field, Object.fromEntries(frequencies)]));
}

/**
 * A MiniSearch that fills its own state from a compact index, and writes it back from its maps
 * without `toJSON` (whose per-term objects are the slow part of it, as for loading). MiniSearch
 * keeps that state in protected fields for subclasses; this sets and reads them as its own
 * `loadJS` and `toJSON` do (minisearch 7.2.0, pinned; the unit tests compare both ways).
 */
class CompactLoadedIndex<T> extends MiniSearch<T> {
  constructor(compact: ReadableCompactIndex, options: Options<T>) {
    super(options);
    this._documentCount = compact.documentCount;
    this._nextId = compact.nextId;
    this._fieldIds = compact.fieldIds;
    this._avgFieldLength = compact.averageFieldLength;
    this._dirtCount = compact.dirtCount ?? 0;
    const read = readCompactIndex(compact);
    // Into the empty tree MiniSearch's constructor made, as its SearchableMap's own set would.
    plantTermTree(this._index._tree, read.terms);
    const documentIds = new DocumentIds(read.documents);
    this._documentIds = documentIds;
    this._fieldLength = new FieldLengths(read.fieldLengths);
    this._storedFields = new Map(Object.entries(compact.storedFields).map(([shortId, fields]) => [Number(shortId), fields]));
    this._idToShortId = new ShortIds(documentIds);
  }

  toCompact(): CompactIndex {
    return writeCompactIndex(this.parts());
  }

  /** `toCompact` with pauses; read between them only while `changeMark` stays the same. */
  compactSteps(): Generator<void, CompactIndex, void> {
    return compactIndexSteps(this.parts());
  }

  /**
   * Changes with every change to the index: an add moves `_nextId` (it never goes back), a
   * removal lowers the document count, a vacuum lowers the dirt count when it ends; null while
   * a vacuum (MiniSearch runs it in batches of its own) is under way.
   */
  changeMark(): string | null {
    return this.isVacuuming ? null : `${this._nextId} ${this._documentCount} ${this._dirtCount}`;
  }

  private parts(): IndexParts {
    return {
      // Copies (`slice` keeps the holes a spread would fill): MiniSearch updates these in place, and a
      // writer in slices keeps the header until it ends.
      header: {
        documentCount: this._documentCount,
        nextId: this._nextId,
        fieldIds: { ...this._fieldIds },
        averageFieldLength: this._avgFieldLength.slice(),
        dirtCount: this._dirtCount,
        storedFields: Object.fromEntries(this._storedFields),
      },
      // As read at load while they are unchanged, not made into maps for this.
      ...documentsOf(this._documentIds, this._fieldLength),
      // Counted by the writer as it goes, in its steps: the tree's size walks every term, which
      // makes every node of a tree made as queries reach it (lib/search/compact-index-tree.ts).
      terms: termsOf(this._index),
    };
  }
}

/**
 * MiniSearch's map from document id to number, made when first used: searching never reads it
 * (only adding, removing and `has` do), and at 60k articles it was a fifth of a load.
 */
class ShortIds extends LazyMap<string, number> {
  constructor(private readonly documentIds: Map<number, string>) {
    super();
  }
  protected fill(): void {
    for (const [shortId, id] of byNumber(this.documentIds)) this.set(id, shortId);
  }
}

function documentsOf(ids: Map<number, string>, lengths: Map<number, number[]>): Pick<IndexParts, 'documentIds' | 'documentIdCount' | 'fieldLength' | 'fieldLengthCount'> {
  return { documentIds: byNumber(ids), documentIdCount: documentCount(ids), fieldLength: byNumber(lengths), fieldLengthCount: documentCount(lengths) };
}

function* termsOf(index: Iterable<[string, TermPostings]>): Generator<readonly [string, FieldPostings[] | EncodedPostings]> {
  for (const [term, postings] of index) {
    // Never read since the load: copied as stored (without reading it, which would keep it read).
    const encoded = postings instanceof LazyPostings ? postings.encoded : null;
    if (encoded) {
      yield [term, encoded];
      continue;
    }
    yield [term, Array.from(ascending(postings), ([field, frequencies]) => {
      const docs: number[] = [];
      const counts: number[] = [];
      for (const [doc, frequency] of ascending(frequencies)) {
        docs.push(doc);
        counts.push(frequency);
      }
      return { field, docs, frequencies: counts };
    })];
  }
}

/** The MiniSearch index a compact index holds; `options` must be the ones it was built with. */
export function loadCompactIndex<T>(value: unknown, options: Options<T>, source: IndexSource = 'stored'): MiniSearch<T> {
  return new CompactLoadedIndex<T>(checkedCompactIndex(value, source), options);
}

/** The compact form of any MiniSearch index; straight from its maps when it was loaded by `loadCompactIndex`. */
export function compactIndexOf<T>(index: MiniSearch<T>): CompactIndex {
  return index instanceof CompactLoadedIndex ? index.toCompact() : encodeIndex(index.toJSON());
}

/**
 * `compactIndexOf` in time slices of `sliceMs`, yielding between them (`yieldToPage`): the
 * background writes its snapshot in Chrome's offscreen document, which shares its thread with
 * the archive page (in one piece: 1.9 s of that thread at a synthetic 100k articles, bench:import).
 * Null when the index changed between two slices (a refresh added or discarded documents, a
 * vacuum ran): what was written so far mixes two states, and whoever changed the index schedules
 * another. An index not loaded by `loadCompactIndex` (an archive of a format before 3) is written
 * in one piece, through `toJSON`: its maps are out of reach, and no archive built now is one.
 */
export async function compactIndexInSlices<T>(index: MiniSearch<T>, sliceMs = SLICE_MS, yieldToPage: () => Promise<void> = nextTask): Promise<CompactIndex | null> {
  if (!(index instanceof CompactLoadedIndex)) return compactIndexOf(index);
  const mark = index.changeMark();
  if (mark === null) return null;
  const steps = index.compactSteps();
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - started >= sliceMs) {
      await yieldToPage();
      if (index.changeMark() !== mark) return null;
      started = performance.now();
    }
  }
}
