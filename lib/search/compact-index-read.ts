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

export type { TermPostings } from './compact-index-postings.ts';

/**
 * Hands over one term as stored: how many characters it shares with the term before it, the
 * characters that follow them, its postings. (Not the whole term: a load needs only these, and
 * joining tens of thousands of strings that nothing keeps showed in its profile.)
 */
export type OnTerm = (shared: number, ending: string, postings: TermPostings) => void;

export interface ReadIndex {
  documentIds: Map<number, string>;
  fieldLength: Map<number, number[]>;
}

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

/**
 * Documents and field lengths, returned; each term handed to `onTerm` in the stored order, with
 * postings that read themselves when first used (format 2) or read at once (format 1).
 */
export function readCompactIndex(compact: ReadableCompactIndex, onTerm: OnTerm): ReadIndex {
  try {
    return readChecked(compact, onTerm);
  } catch (error) {
    if (error instanceof IntegerStreamError) throw new CompactIndexError(`the index is corrupt: ${error.message}`);
    throw error;
  }
}

function readChecked(compact: ReadableCompactIndex, onTerm: OnTerm): ReadIndex {
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
  const limits = { fieldCount, nextId };
  const postings: PostingsText | null = compact.compactIndex === 1 ? null : { ...limits, text: compact.postings };
  let termLength = 0;
  let end = 0;
  for (let t = 0; t < termCount; t++) {
    const shared = numbers.readBelow(termLength + 1, 'a shared term prefix');
    const ending = text.take(numbers.read());
    termLength = shared + ending.length;
    if (postings) {
      const start = end;
      end += numbers.readBelow(postings.text.length - start + 1, 'the length of a term\'s postings');
      onTerm(shared, ending, new LazyPostings(postings, start, end));
    } else {
      const read: TermPostings = new Map();
      readPostings(numbers, limits, read);
      onTerm(shared, ending, read);
    }
  }
  if (!numbers.done || !text.done || (postings && end !== postings.text.length)) throw new CompactIndexError('the index is corrupt: it has data past its end');
  return { documentIds, fieldLength };
}
