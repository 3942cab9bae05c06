/**
 * Reads a compact index (lib/search/compact-index.ts) straight into the maps MiniSearch keeps,
 * checking every count, field and document number as it goes, so that corrupt data throws a
 * `CompactIndexError` and never becomes a wrong index. From format 2 a term's postings are
 * checked when first used (lib/search/compact-index-postings.ts); here, that they fill the
 * postings string exactly.
 */
import { IntegerReader, IntegerStreamError } from './integer-stream.ts';
import { CompactIndexError, type ReadableCompactIndex } from './compact-index-format.ts';
import { LazyPostings, readPostings, type PostingsText, type TermPostings } from './compact-index-postings.ts';
import type { StoredDocuments, StoredFieldLengths } from './compact-index-documents.ts';

export type { TermPostings } from './compact-index-postings.ts';

/**
 * The terms of an index as stored, nothing made of them yet: where each one is, for the radix
 * tree (lib/search/compact-index-tree.ts) to make the nodes a query reaches when it reaches them.
 * Typed arrays, not a string and a map per term: at tens of thousands of terms, making them
 * all was most of a load (measured in Node at 2,225 BBC articles: 30 of 47 ms).
 */
export interface StoredTerms {
  count: number;
  /** How many characters each term shares with the term before it. */
  shared: Uint32Array;
  /** Each term's length. */
  lengths: Uint32Array;
  /** Where each term's ending (its characters after the shared ones) starts in `text`. */
  endings: Uint32Array;
  text: string;
  /** A term's postings, made when asked: read when first used (format 2) or already read (format 1). */
  postings(term: number): TermPostings;
}

export interface ReadIndex {
  documents: StoredDocuments;
  fieldLengths: StoredFieldLengths;
  terms: StoredTerms;
}

/** A field's length is kept in 32 bits (lib/search/compact-index-documents.ts): a longer one is corrupt data. */
const FIELD_LENGTH_LIMIT = 2 ** 31;

/** Reads `text` from the front, in the pieces the lengths in the numbers say. */
class TextCursor {
  private pos = 0;
  constructor(private readonly text: string) {}
  /** Passes over `length` characters without making a string of them; where they start. */
  skip(length: number): number {
    const start = this.pos;
    if (start + length > this.text.length) throw new CompactIndexError('the index is corrupt: its text ends early (truncated?)');
    this.pos = start + length;
    return start;
  }
  /** Characters read so far. */
  get position(): number {
    return this.pos;
  }
  get done(): boolean {
    return this.pos === this.text.length;
  }
}

/**
 * Documents and field lengths, and where each term is: its postings read when first used
 * (format 2) or read at once (format 1).
 */
export function readCompactIndex(compact: ReadableCompactIndex): ReadIndex {
  try {
    return readChecked(compact);
  } catch (error) {
    if (error instanceof IntegerStreamError) throw new CompactIndexError(`the index is corrupt: ${error.message}`);
    throw error;
  }
}

function readChecked(compact: ReadableCompactIndex): ReadIndex {
  const numbers = new IntegerReader(compact.numbers);
  const text = new TextCursor(compact.text);
  const { nextId } = compact;
  const fieldCount = Object.keys(compact.fieldIds).length;
  const inRange = (shortId: number): number => {
    if (shortId >= nextId) throw new CompactIndexError(`the index is corrupt: document number ${shortId} is out of range`);
    return shortId;
  };
  // Every count is bounded by the numbers that must follow it (a character at least each), so
  // a corrupt count is refused before anything is made of its size.
  const most = compact.numbers.length;
  const docCount = numbers.readBelow(Math.min(nextId, most) + 1, 'the document count');
  const docNumbers = new Uint32Array(docCount);
  const idAt = new Uint32Array(docCount + 1);
  let shortId = -1;
  for (let i = 0; i < docCount; i++) {
    shortId = inRange(shortId + numbers.read() + 1);
    docNumbers[i] = shortId;
    idAt[i] = text.skip(numbers.read());
  }
  idAt[docCount] = text.position;
  const lengthCount = numbers.readBelow(Math.min(nextId, most) + 1, 'the field-length count');
  const lengthNumbers = new Uint32Array(lengthCount);
  const lengthAt = new Uint32Array(lengthCount + 1);
  // As many lengths as are stored (each a number read): grown as they come.
  let lengths = new Int32Array(Math.min(lengthCount * fieldCount, most) + 1);
  let stored = 0;
  shortId = -1;
  for (let i = 0; i < lengthCount; i++) {
    shortId = inRange(shortId + numbers.read() + 1);
    lengthNumbers[i] = shortId;
    const count = numbers.readBelow(fieldCount + 1, 'the number of fields');
    lengthAt[i] = stored;
    if (stored + count > lengths.length) {
      const grown = new Int32Array(Math.max(lengths.length * 2, stored + count));
      grown.set(lengths);
      lengths = grown;
    }
    // 0 for a field the document lacks (a hole in MiniSearch's array), else the length + 1.
    for (let f = 0; f < count; f++) lengths[stored++] = numbers.readBelow(FIELD_LENGTH_LIMIT, 'a field length') - 1;
  }
  lengthAt[lengthCount] = stored;
  const documents: StoredDocuments = { count: docCount, numbers: docNumbers, idAt, text: compact.text };
  const fieldLengths: StoredFieldLengths = { count: lengthCount, numbers: lengthNumbers, lengthAt, lengths };
  const termCount = numbers.readBelow(most + 1, 'the term count');
  if (termCount !== compact.termCount) throw new CompactIndexError(`the index is corrupt: it holds ${termCount} terms where its header says ${compact.termCount}`);
  const limits = { fieldCount, nextId };
  const source: PostingsText | null = compact.compactIndex === 1 ? null : { ...limits, text: compact.postings };
  const shared = new Uint32Array(termCount);
  const termLengths = new Uint32Array(termCount);
  const endings = new Uint32Array(termCount);
  // Format 2: where each term's postings start, and where the last ends. Format 1: read now.
  const postingsAt = new Uint32Array(source ? termCount + 1 : 0);
  const read: TermPostings[] = [];
  let termLength = 0;
  for (let t = 0; t < termCount; t++) {
    const common = numbers.readBelow(termLength + 1, 'a shared term prefix');
    const endingLength = numbers.read();
    // A term that is the one before it again: the one mistake the tree could not see until a query reached it.
    if (t > 0 && endingLength === 0 && common === termLength) throw new CompactIndexError('the index is corrupt: a term comes twice');
    shared[t] = common;
    endings[t] = text.skip(endingLength);
    termLength = common + endingLength;
    termLengths[t] = termLength;
    if (source) {
      postingsAt[t + 1] = postingsAt[t]! + numbers.readBelow(source.text.length - postingsAt[t]! + 1, 'the length of a term\'s postings');
    } else {
      const postings: TermPostings = new Map();
      readPostings(numbers, limits, postings);
      read.push(postings);
    }
  }
  if (!numbers.done || !text.done || (source && postingsAt[termCount] !== source.text.length)) throw new CompactIndexError('the index is corrupt: it has data past its end');
  const postings = source ? (t: number): TermPostings => new LazyPostings(source, postingsAt[t]!, postingsAt[t + 1]!) : (t: number): TermPostings => read[t]!;
  return { documents, fieldLengths, terms: { count: termCount, shared, lengths: termLengths, endings, text: compact.text, postings } };
}
