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
 * and 125 ms for `loadJS`). `decodeIndex` gives the `AsPlainObject` back for tests and tools.
 * Term order is kept as MiniSearch wrote it, so the round trip is exact and the radix tree the same.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { COMPACT_INDEX_FORMAT, CompactIndexError, checkedCompactIndex, checksum, type CompactIndex } from './compact-index-format.ts';
import { readCompactIndex, type TermPostings } from './compact-index-read.ts';
import { IntegerWriter } from './integer-stream.ts';

export { CompactIndexError, type CompactIndex } from './compact-index-format.ts';

type Postings = AsPlainObject['index'][number][1];

/** Keys of an object keyed by MiniSearch's numbers (integer keys always come in ascending order). */
function numericKeys(object: object, what: string): number[] {
  return Object.keys(object).map((key) => {
    const n = Number(key);
    if (!Number.isSafeInteger(n) || n < 0 || String(n) !== key) throw new CompactIndexError(`cannot encode ${what} key "${key}"`);
    return n;
  });
}

/** The compact form of MiniSearch's `toJSON()` (serialization version 2, string document ids). */
export function encodeIndex(index: AsPlainObject): CompactIndex {
  if (index.serializationVersion !== 2) throw new CompactIndexError(`cannot encode MiniSearch serialization version ${index.serializationVersion}`);
  const numbers = new IntegerWriter();
  const text: string[] = [];
  const shortIds = numericKeys(index.documentIds, 'document');
  numbers.write(shortIds.length);
  let previous = -1;
  for (const shortId of shortIds) {
    const id: unknown = index.documentIds[shortId];
    if (typeof id !== 'string') throw new CompactIndexError(`cannot encode document id ${String(id)}: ids must be strings`);
    numbers.write(shortId - previous - 1);
    numbers.write(id.length);
    text.push(id);
    previous = shortId;
  }
  const withLengths = numericKeys(index.fieldLength, 'field length');
  numbers.write(withLengths.length);
  previous = -1;
  for (const shortId of withLengths) {
    const lengths = index.fieldLength[shortId]!;
    numbers.write(shortId - previous - 1);
    numbers.write(lengths.length);
    // 0 for a field the document lacks (a hole in MiniSearch's array, null once through JSON), else the length + 1.
    for (let f = 0; f < lengths.length; f++) {
      const length: number | null | undefined = lengths[f];
      numbers.write(typeof length === 'number' ? length + 1 : 0);
    }
    previous = shortId;
  }
  numbers.write(index.index.length);
  let previousTerm = '';
  for (const [term, postings] of index.index) {
    let shared = 0;
    const most = Math.min(term.length, previousTerm.length);
    while (shared < most && term.charCodeAt(shared) === previousTerm.charCodeAt(shared)) shared++;
    numbers.write(shared);
    numbers.write(term.length - shared);
    text.push(term.slice(shared));
    previousTerm = term;
    writePostings(numbers, postings);
  }
  const allText = text.join('');
  const allNumbers = numbers.text();
  return {
    compactIndex: COMPACT_INDEX_FORMAT,
    documentCount: index.documentCount,
    nextId: index.nextId,
    fieldIds: index.fieldIds,
    averageFieldLength: index.averageFieldLength,
    ...(index.dirtCount === undefined ? {} : { dirtCount: index.dirtCount }),
    serializationVersion: index.serializationVersion,
    storedFields: index.storedFields,
    termCount: index.index.length,
    text: allText,
    numbers: allNumbers,
    check: checksum(allText, allNumbers),
  };
}

function writePostings(numbers: IntegerWriter, postings: Postings): void {
  const fields = numericKeys(postings, 'field');
  numbers.write(fields.length);
  for (const fieldId of fields) {
    const frequencies = postings[fieldId]!;
    const docs = numericKeys(frequencies, 'posting');
    numbers.write(fieldId);
    numbers.write(docs.length);
    let previous = -1;
    for (const doc of docs) {
      const frequency = frequencies[doc]!;
      // The gap, doubled, with the low bit set when a frequency other than 1 follows.
      numbers.write((doc - previous - 1) * 2 + (frequency === 1 ? 0 : 1));
      if (frequency !== 1) numbers.write(frequency);
      previous = doc;
    }
  }
}

/** The `AsPlainObject` `encodeIndex` was given. Throws `CompactIndexError` on anything it did not write. */
export function decodeIndex(value: unknown): AsPlainObject {
  const compact = checkedCompactIndex(value);
  const index: AsPlainObject['index'] = [];
  const read = readCompactIndex(compact, (term, postings) => index.push([term, postingsObject(postings)]));
  return {
    documentCount: compact.documentCount,
    nextId: compact.nextId,
    documentIds: Object.fromEntries(read.documentIds),
    fieldIds: compact.fieldIds,
    fieldLength: Object.fromEntries(read.fieldLength),
    averageFieldLength: compact.averageFieldLength,
    storedFields: compact.storedFields,
    ...(compact.dirtCount === undefined ? {} : { dirtCount: compact.dirtCount }),
    index,
    serializationVersion: compact.serializationVersion,
  };
}

function postingsObject(postings: TermPostings): Postings {
  return Object.fromEntries([...postings].map(([field, frequencies]) => [field, Object.fromEntries(frequencies)]));
}

/**
 * A MiniSearch that fills its own state from a compact index: MiniSearch keeps that state in
 * protected fields for subclasses; this sets them as its `loadJS` does (minisearch 7.2.0, pinned).
 */
class CompactLoadedIndex<T> extends MiniSearch<T> {
  constructor(compact: CompactIndex, options: Options<T>) {
    super(options);
    this._documentCount = compact.documentCount;
    this._nextId = compact.nextId;
    this._fieldIds = compact.fieldIds;
    this._avgFieldLength = compact.averageFieldLength;
    this._dirtCount = compact.dirtCount ?? 0;
    const read = readCompactIndex(compact, (term, postings) => this._index.set(term, postings));
    this._documentIds = read.documentIds;
    this._fieldLength = read.fieldLength;
    this._storedFields = new Map(Object.entries(compact.storedFields).map(([shortId, fields]) => [Number(shortId), fields]));
    this._idToShortId = new Map();
    for (const [shortId, id] of read.documentIds) this._idToShortId.set(id, shortId);
  }
}

/** The MiniSearch index a compact index holds; `options` must be the ones it was built with. */
export function loadCompactIndex<T>(value: unknown, options: Options<T>): MiniSearch<T> {
  return new CompactLoadedIndex<T>(checkedCompactIndex(value), options);
}
