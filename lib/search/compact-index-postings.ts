/**
 * One term's postings in a compact index (lib/search/compact-index.ts), read from their numbers,
 * and the map that reads them only when first used: a query touches a handful of the index's
 * tens of thousands of terms, and reading every posting at a wake was most of its cost (measured
 * in Firefox at 2k BBC articles: 157-163 ms of a 273 ms wake).
 */
import { IntegerReader, IntegerStreamError } from './integer-stream.ts';
import { CompactIndexError } from './compact-index-format.ts';
import { LazyMap } from './lazy-map.ts';

/** One term's postings: field number → document number → frequency (MiniSearch's `FieldTermData`). */
export type TermPostings = Map<number, Map<number, number>>;

/** Gaps are read with 32-bit operations (small integers, no allocation): a larger one is corrupt data. */
const GAP_LIMIT = 2 ** 31;

/** What a term's postings are checked against: the index's fields and document numbers. */
export interface PostingLimits {
  fieldCount: number;
  nextId: number;
}

/** Reads one term's postings into `postings`, checking every field and document number. */
export function readPostings(numbers: IntegerReader, limits: PostingLimits, postings: TermPostings): void {
  const { fieldCount, nextId } = limits;
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
    if (doc >= nextId) throw new CompactIndexError(`the index is corrupt: document number ${doc} is out of range`);
    postings.set(fieldId, frequencies);
  }
}

/** The postings string of a compact index of format 2, shared by all its terms. */
export interface PostingsText extends PostingLimits {
  text: string;
}

/** A term's postings as stored: characters `start` to `end` of `source.text`. */
export interface EncodedPostings {
  source: PostingsText;
  start: number;
  end: number;
}

/**
 * A term's postings, read from their numbers on first use (MiniSearch reads a term's postings
 * through get, has, keys, values, size and iteration, and changes them in add, remove and a
 * vacuum); until then only where they are, which a writer copies as they are (`encoded`).
 * Corrupt numbers, which only a faulty writer makes (the load checked the checksum of the whole
 * index), throw a `CompactIndexError` from whatever first used the term, at every use.
 */
export class LazyPostings extends LazyMap<number, Map<number, number>> {
  constructor(
    private readonly source: PostingsText,
    private readonly start: number,
    private readonly end: number,
  ) {
    super();
  }

  /** Where the postings are stored while they were never read, else null. */
  get encoded(): EncodedPostings | null {
    return this.used ? null : { source: this.source, start: this.start, end: this.end };
  }

  protected fill(): void {
    try {
      const numbers = new IntegerReader(this.source.text, this.start, this.end);
      readPostings(numbers, this.source, this);
      if (!numbers.done) throw new CompactIndexError('the index is corrupt: a term\'s postings have data past their end');
    } catch (error) {
      if (error instanceof IntegerStreamError) throw new CompactIndexError(`the index is corrupt: ${error.message}`);
      throw error;
    }
  }
}
