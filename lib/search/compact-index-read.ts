/**
 * Reads a compact index (lib/search/compact-index.ts) straight into the maps MiniSearch keeps,
 * checking every count, field and document number as it goes, so that corrupt data throws a
 * `CompactIndexError` and never becomes a wrong index.
 */
import { IntegerReader, IntegerStreamError } from './integer-stream.ts';
import { CompactIndexError, type CompactIndex } from './compact-index-format.ts';

/** One term's postings: field number → document number → frequency (MiniSearch's `FieldTermData`). */
export type TermPostings = Map<number, Map<number, number>>;

export interface ReadIndex {
  documentIds: Map<number, string>;
  fieldLength: Map<number, number[]>;
}

/** Gaps are read with 32-bit operations (small integers, no allocation): a larger one is corrupt data. */
const GAP_LIMIT = 2 ** 31;

/** Reads `text` from the front, in the pieces the lengths in the numbers say. */
class TextCursor {
  private pos = 0;
  constructor(private readonly text: string) {}
  take(length: number): string {
    const end = this.pos + length;
    if (end > this.text.length) throw new CompactIndexError('the index is corrupt: its text ends early (truncated?)');
    const piece = this.text.slice(this.pos, end);
    this.pos = end;
    return piece;
  }
  get done(): boolean {
    return this.pos === this.text.length;
  }
}

/** Documents and field lengths, returned; each term handed to `onTerm` in the stored order. */
export function readCompactIndex(compact: CompactIndex, onTerm: (term: string, postings: TermPostings) => void): ReadIndex {
  try {
    return readChecked(compact, onTerm);
  } catch (error) {
    if (error instanceof IntegerStreamError) throw new CompactIndexError(`the index is corrupt: ${error.message}`);
    throw error;
  }
}

function readChecked(compact: CompactIndex, onTerm: (term: string, postings: TermPostings) => void): ReadIndex {
  const numbers = new IntegerReader(compact.numbers);
  const text = new TextCursor(compact.text);
  const { nextId } = compact;
  const fieldCount = Object.keys(compact.fieldIds).length;
  const inRange = (shortId: number): number => {
    if (shortId >= nextId) throw new CompactIndexError(`the index is corrupt: document number ${shortId} is out of range`);
    return shortId;
  };
  const documentIds = new Map<number, string>();
  const docCount = numbers.readBelow(nextId + 1, 'the document count');
  let shortId = -1;
  for (let i = 0; i < docCount; i++) {
    shortId = inRange(shortId + numbers.read() + 1);
    documentIds.set(shortId, text.take(numbers.read()));
  }
  const fieldLength = new Map<number, number[]>();
  const lengthCount = numbers.readBelow(nextId + 1, 'the field-length count');
  shortId = -1;
  for (let i = 0; i < lengthCount; i++) {
    shortId = inRange(shortId + numbers.read() + 1);
    const count = numbers.readBelow(fieldCount + 1, 'the number of fields');
    // Of its exact length (a growing array reserves room for 17): a field the document lacks stays a hole.
    const lengths = new Array<number>(count);
    for (let f = 0; f < count; f++) {
      const stored = numbers.read();
      if (stored > 0) lengths[f] = stored - 1;
    }
    fieldLength.set(shortId, lengths);
  }
  const termCount = numbers.read();
  if (termCount !== compact.termCount) throw new CompactIndexError(`the index is corrupt: it holds ${termCount} terms where its header says ${compact.termCount}`);
  let term = '';
  for (let t = 0; t < termCount; t++) {
    const shared = numbers.readBelow(term.length + 1, 'a shared term prefix');
    term = term.slice(0, shared) + text.take(numbers.read());
    onTerm(term, readPostings(numbers, fieldCount, inRange));
  }
  if (!numbers.done || !text.done) throw new CompactIndexError('the index is corrupt: it has data past its end');
  return { documentIds, fieldLength };
}

function readPostings(numbers: IntegerReader, fieldCount: number, inRange: (shortId: number) => number): TermPostings {
  const postings: TermPostings = new Map();
  const fields = numbers.readBelow(fieldCount + 1, 'the number of fields of a term');
  for (let f = 0; f < fields; f++) {
    const fieldId = numbers.readBelow(fieldCount, 'a field number');
    const count = numbers.read();
    const frequencies = new Map<number, number>();
    let doc = -1;
    for (let i = 0; i < count; i++) {
      const gap = numbers.readBelow(GAP_LIMIT, 'a posting gap');
      doc += (gap >>> 1) + 1;
      frequencies.set(doc, (gap & 1) === 0 ? 1 : numbers.read());
    }
    inRange(doc);
    postings.set(fieldId, frequencies);
  }
  return postings;
}
