/**
 * Writes a compact index (lib/search/compact-index.ts) from MiniSearch's parts, whichever way
 * they are held: its `toJSON()` objects (`encodeIndex`) or its own maps (compact-index.ts).
 */
import type { AsPlainObject } from 'minisearch';
import { COMPACT_INDEX_FORMAT, CompactIndexError, checksumSteps, toEnd, type CompactIndex } from './compact-index-format.ts';
import { IntegerWriter } from './integer-stream.ts';
import type { EncodedPostings } from './compact-index-postings.ts';

/** One field of a term: its documents in ascending order, and their frequencies. */
export interface FieldPostings {
  field: number;
  docs: readonly number[];
  frequencies: readonly number[];
}

export interface IndexParts {
  header: Pick<CompactIndex, 'documentCount' | 'nextId' | 'fieldIds' | 'averageFieldLength' | 'dirtCount' | 'storedFields'>;
  /** Document number → id, in ascending order of number (as MiniSearch's maps and its JSON keep them). */
  documentIds: Iterable<readonly [number, unknown]>;
  documentIdCount: number;
  fieldLength: Iterable<readonly [number, ReadonlyArray<number | null | undefined>]>;
  fieldLengthCount: number;
  /** How many `terms` there are; counted as they are read (in steps) when not given. */
  termCount?: number;
  /**
   * Terms in MiniSearch's order, each with its fields in ascending order, or with its postings
   * as a compact index of this format stores them (a term loaded and never used since: copied).
   */
  terms: Iterable<readonly [string, readonly FieldPostings[] | EncodedPostings]>;
}

export function writeCompactIndex(parts: IndexParts): CompactIndex {
  return toEnd(compactIndexSteps(parts));
}

/**
 * Numbers written between two pauses of `compactIndexSteps` (a posting is one or two): well
 * under a millisecond, so a writer in time slices keeps to its budget. A term's postings are
 * written whole: the longest list is one per document (about 100,000 in the largest archives
 * measured, a few ms).
 */
const NUMBERS_PER_STEP = 4096;

/**
 * `writeCompactIndex` with a pause (a `yield`) after every few thousand numbers and every
 * megabyte hashed, for a writer in time slices (compact-index.ts `compactIndexInSlices`). The
 * iterables are read lazily, between pauses: whoever resumes it must know they did not change.
 */
export function* compactIndexSteps(parts: IndexParts): Generator<void, CompactIndex, void> {
  const numbers = new IntegerWriter();
  const postings = new IntegerWriter();
  const text = new TextWriter();
  let sincePause = 0;
  numbers.write(parts.documentIdCount);
  let previous = -1;
  for (const [shortId, id] of parts.documentIds) {
    if (typeof id !== 'string') throw new CompactIndexError(`cannot encode document id ${String(id)}: ids must be strings`);
    numbers.write(shortId - previous - 1);
    numbers.write(id.length);
    text.push(id);
    previous = shortId;
    if ((sincePause += 2) >= NUMBERS_PER_STEP) {
      yield;
      sincePause = 0;
    }
  }
  numbers.write(parts.fieldLengthCount);
  previous = -1;
  for (const [shortId, fieldLengths] of parts.fieldLength) {
    numbers.write(shortId - previous - 1);
    numbers.write(fieldLengths.length);
    // 0 for a field the document lacks (a hole in MiniSearch's array, null once through JSON), else the length + 1.
    for (let f = 0; f < fieldLengths.length; f++) {
      const length = fieldLengths[f];
      numbers.write(typeof length === 'number' ? length + 1 : 0);
    }
    previous = shortId;
    if ((sincePause += 2 + fieldLengths.length) >= NUMBERS_PER_STEP) {
      yield;
      sincePause = 0;
    }
  }
  let terms = parts.terms;
  let termCount = parts.termCount;
  if (termCount === undefined) {
    const counted: Array<readonly [string, readonly FieldPostings[] | EncodedPostings]> = [];
    for (const term of parts.terms) {
      counted.push(term);
      if (++sincePause >= NUMBERS_PER_STEP) {
        yield;
        sincePause = 0;
      }
    }
    terms = counted;
    termCount = counted.length;
  }
  numbers.write(termCount);
  let previousTerm = '';
  let termsWritten = 0;
  for (const [term, fields] of terms) {
    let shared = 0;
    const most = Math.min(term.length, previousTerm.length);
    while (shared < most && term.charCodeAt(shared) === previousTerm.charCodeAt(shared)) shared++;
    numbers.write(shared);
    numbers.write(term.length - shared);
    text.push(term.slice(shared));
    previousTerm = term;
    const start = postings.length;
    const written = 'source' in fields ? copyPostings(postings, fields) : writePostings(postings, fields);
    numbers.write(postings.length - start);
    if ((sincePause += 3 + written) >= NUMBERS_PER_STEP) {
      yield;
      sincePause = 0;
    }
    termsWritten++;
  }
  if (termsWritten !== termCount) throw new CompactIndexError(`${termsWritten} terms written where ${termCount} were announced`);
  const allText = text.text();
  const allNumbers = numbers.text();
  const allPostings = postings.text();
  yield;
  const check = yield* checksumSteps([allText, allNumbers, allPostings]);
  const { dirtCount, ...header } = parts.header;
  return {
    compactIndex: COMPACT_INDEX_FORMAT,
    ...header,
    ...(dirtCount === undefined ? {} : { dirtCount }),
    serializationVersion: 2,
    termCount,
    text: allText,
    numbers: allNumbers,
    postings: allPostings,
    check,
  };
}

/**
 * Text from many short pieces, joined a thousand at a time as it grows: one join of hundreds of
 * thousands of pieces at the end would be the longest step of a writer in slices.
 */
class TextWriter {
  private readonly parts: string[] = [];
  private pieces: string[] = [];

  push(piece: string): void {
    this.pieces.push(piece);
    if (this.pieces.length === 1024) this.endPart();
  }

  text(): string {
    this.endPart();
    return this.parts.join('');
  }

  private endPart(): void {
    this.parts.push(this.pieces.join(''));
    this.pieces = [];
  }
}

/**
 * Copies a term's postings as stored: the same numbers `writePostings` would write from them.
 * Returns about how many numbers that was (a posting takes one or two characters).
 */
function copyPostings(postings: IntegerWriter, { source, start, end }: EncodedPostings): number {
  postings.copy(source.text, start, end);
  return (end - start) >> 1;
}

/** Writes a term's postings; returns how many numbers that was about (its postings, not counting frequencies). */
function writePostings(numbers: IntegerWriter, fields: readonly FieldPostings[]): number {
  let count = 1;
  numbers.write(fields.length);
  for (const { field, docs, frequencies } of fields) {
    numbers.write(field);
    numbers.write(docs.length);
    let previous = -1;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const frequency = frequencies[i]!;
      // The gap, doubled, with the low bit set when a frequency other than 1 follows.
      numbers.write((doc - previous - 1) * 2 + (frequency === 1 ? 0 : 1));
      if (frequency !== 1) numbers.write(frequency);
      previous = doc;
    }
    count += 2 + docs.length;
  }
  return count;
}

/** Keys of an object keyed by MiniSearch's numbers (integer keys always come in ascending order). */
function numericKeys(object: object, what: string): number[] {
  return Object.keys(object).map((key) => {
    const n = Number(key);
    if (!Number.isSafeInteger(n) || n < 0 || String(n) !== key) throw new CompactIndexError(`cannot encode ${what} key "${key}"`);
    return n;
  });
}

function* plainTerms(index: AsPlainObject['index']): Generator<readonly [string, FieldPostings[]]> {
  for (const [term, postings] of index) {
    yield [term, numericKeys(postings, 'field').map((field) => {
      const frequencies = postings[field]!;
      const docs = numericKeys(frequencies, 'posting');
      return { field, docs, frequencies: docs.map((doc) => frequencies[doc]!) };
    })];
  }
}

function documentParts(index: AsPlainObject): Pick<IndexParts, 'documentIds' | 'documentIdCount' | 'fieldLength' | 'fieldLengthCount'> {
  const documentIds = numericKeys(index.documentIds, 'document').map((shortId) => [shortId, index.documentIds[shortId]] as const);
  const fieldLength = numericKeys(index.fieldLength, 'field length').map((shortId) => [shortId, index.fieldLength[shortId]!] as const);
  return { documentIds, documentIdCount: documentIds.length, fieldLength, fieldLengthCount: fieldLength.length };
}

/** The compact form of MiniSearch's `toJSON()` (serialization version 2, string document ids). */
export function encodeIndex(index: AsPlainObject): CompactIndex {
  if (index.serializationVersion !== 2) throw new CompactIndexError(`cannot encode MiniSearch serialization version ${index.serializationVersion}`);
  return writeCompactIndex({
    header: {
      documentCount: index.documentCount,
      nextId: index.nextId,
      fieldIds: index.fieldIds,
      averageFieldLength: index.averageFieldLength,
      dirtCount: index.dirtCount,
      storedFields: index.storedFields,
    },
    ...documentParts(index),
    termCount: index.index.length,
    terms: plainTerms(index.index),
  });
}
