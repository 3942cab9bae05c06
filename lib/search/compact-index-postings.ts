/**
 * One term's postings in a compact index (lib/search/compact-index.ts), read from their numbers,
 * and the map that reads them only when first used: a query touches a handful of the index's
 * tens of thousands of terms, and reading every posting at a wake was most of its cost (measured
 * in Firefox at 2k BBC articles: 157-163 ms of a 273 ms wake).
 */
import { IntegerReader, IntegerStreamError } from './integer-stream.ts';
import { CompactIndexError } from './compact-index-format.ts';

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
 * A term's postings that read themselves on first use: any read or change of the map (MiniSearch
 * reads a term's postings through get, has, keys, values, size and iteration, and changes them
 * in add, remove, discard's vacuum) first fills it from its numbers; until then it holds only
 * where they are, and a writer copies them as they are (`encoded`). Corrupt numbers, which only a
 * faulty writer makes (the load checked the checksum of the whole index), throw a
 * `CompactIndexError` from whatever first used the term, at every use, the map staying empty.
 */
export class LazyPostings extends Map<number, Map<number, number>> {
  /** Null once read (where they were is not kept as an object: one fewer per term at a load). */
  private source: PostingsText | null;

  constructor(
    source: PostingsText,
    private readonly start: number,
    private readonly end: number,
  ) {
    super();
    this.source = source;
  }

  /** Where the postings are stored while they were never read, else null. */
  get encoded(): EncodedPostings | null {
    return this.source && { source: this.source, start: this.start, end: this.end };
  }

  private read(): void {
    const source = this.source;
    if (source === null) return;
    // Cleared first: filling the map goes through `set`, which must not read again.
    this.source = null;
    try {
      const numbers = new IntegerReader(source.text, this.start, this.end);
      readPostings(numbers, source, this);
      if (!numbers.done) throw new CompactIndexError('the index is corrupt: a term\'s postings have data past their end');
    } catch (error) {
      super.clear();
      this.source = source;
      if (error instanceof IntegerStreamError) throw new CompactIndexError(`the index is corrupt: ${error.message}`);
      throw error;
    }
  }

  override get size(): number {
    this.read();
    return super.size;
  }
  override get(field: number): Map<number, number> | undefined {
    this.read();
    return super.get(field);
  }
  override has(field: number): boolean {
    this.read();
    return super.has(field);
  }
  override set(field: number, frequencies: Map<number, number>): this {
    this.read();
    return super.set(field, frequencies);
  }
  override delete(field: number): boolean {
    this.read();
    return super.delete(field);
  }
  override clear(): void {
    this.source = null;
    super.clear();
  }
  override forEach(callback: (frequencies: Map<number, number>, field: number, map: Map<number, Map<number, number>>) => void, thisArg?: unknown): void {
    this.read();
    super.forEach(callback, thisArg);
  }
  override keys(): MapIterator<number> {
    this.read();
    return super.keys();
  }
  override values(): MapIterator<Map<number, number>> {
    this.read();
    return super.values();
  }
  override entries(): MapIterator<[number, Map<number, number>]> {
    this.read();
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    this.read();
    return super[Symbol.iterator]();
  }
}
