/**
 * MiniSearch's maps of a compact index's documents (lib/search/compact-index.ts): number → id
 * (`_documentIds`) and number → field lengths (`_fieldLength`), kept as the load read them (a
 * few typed arrays and the index's own text) and answering `get` and `has` from there. A
 * search asks them for the documents it meets and shows; making one string, one array and two
 * map entries per document at every load was most of what a load had left to do once the
 * tree and postings were made when used (measured in Node at 60,146 headlines: about 17 of
 * 25 ms). Anything else (iterating, adding, removing: MiniSearch's add, remove, vacuum and
 * `toJSON`, the snapshot's writer) fills the map first and it is a plain map from then on.
 * Written by hand: no library gives a Map over columns, and MiniSearch reads these only through
 * Map's methods.
 */
import { LazyMap } from './lazy-map.ts';

/** The documents as stored: their numbers in ascending order, ids and field lengths in the same order. */
export interface StoredDocuments {
  count: number;
  numbers: Uint32Array;
  /** Document `i`'s id is `text.slice(idAt[i], idAt[i + 1])`. */
  idAt: Uint32Array;
  text: string;
}

/** Field lengths as stored: per document its number and its lengths, -1 for a field it lacks. */
export interface StoredFieldLengths {
  count: number;
  numbers: Uint32Array;
  /** Document `i`'s lengths are `lengths[lengthAt[i]]` to `lengths[lengthAt[i + 1] - 1]`, one per field it has a place for (MiniSearch's array). */
  lengthAt: Uint32Array;
  /** -1 where the field is absent (a hole in MiniSearch's array). */
  lengths: Int32Array;
}

/** The place of `number` in ascending `numbers`, or -1: documents are mostly numbered 0, 1, 2, … */
function placeOf(numbers: Uint32Array, count: number, number: number): number {
  if (number < count && numbers[number] === number) return number;
  let low = 0;
  let high = count - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = numbers[middle]!;
    if (at === number) return middle;
    if (at < number) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * A map from document number to what the load read of it, answering `get` and `has` from the
 * stored numbers (ascending) until it is changed; anything else fills it first.
 */
abstract class StoredByNumber<V> extends LazyMap<number, V> {
  constructor(
    /** The documents' numbers, ascending. */
    private readonly stored: { count: number; numbers: Uint32Array },
  ) {
    super();
  }

  /** The value of the `i`-th stored document, made anew. */
  protected abstract valueAt(i: number): V;

  /** How many documents, without filling the map while it was never changed. */
  get count(): number {
    return this.used ? this.size : this.stored.count;
  }

  override get(number: number): V | undefined {
    if (this.used) return super.get(number);
    const i = placeOf(this.stored.numbers, this.stored.count, number);
    return i < 0 ? undefined : this.valueAt(i);
  }

  override has(number: number): boolean {
    if (this.used) return super.has(number);
    return placeOf(this.stored.numbers, this.stored.count, number) >= 0;
  }

  /** The document numbers as read; null once the map was changed. */
  storedNumbers(): Uint32Array | null {
    return this.used ? null : this.stored.numbers.subarray(0, this.stored.count);
  }

  /** Each document's number and value as read, by ascending number; null once the map was changed. */
  storedPairs(): Iterable<[number, V]> | null {
    return this.used ? null : this.readPairs();
  }

  private *readPairs(): Generator<[number, V]> {
    for (let i = 0; i < this.stored.count; i++) yield [this.stored.numbers[i]!, this.valueAt(i)];
  }

  protected fill(): void {
    for (let i = 0; i < this.stored.count; i++) this.set(this.stored.numbers[i]!, this.valueAt(i));
  }
}

/** `_documentIds`: a document's id by its number. */
export class DocumentIds extends StoredByNumber<string> {
  constructor(private readonly documents: StoredDocuments) {
    super(documents);
  }

  protected valueAt(i: number): string {
    return this.documents.text.slice(this.documents.idAt[i], this.documents.idAt[i + 1]);
  }
}

/** `_fieldLength`: a document's length in terms per field, by its number. */
export class FieldLengths extends StoredByNumber<number[]> {
  constructor(private readonly fieldLengths: StoredFieldLengths) {
    super(fieldLengths);
  }

  /** `copyFieldLengths` from the lengths as read; false (nothing copied) once the map was changed. */
  copyStored(into: Uint32Array, fieldCount: number): boolean {
    if (this.used) return false;
    const { count, numbers, lengthAt, lengths } = this.fieldLengths;
    for (let i = 0; i < count; i++) {
      const base = numbers[i]! * fieldCount;
      const start = lengthAt[i]!;
      const fields = Math.min(fieldCount, lengthAt[i + 1]! - start);
      for (let f = 0; f < fields; f++) {
        const length = lengths[start + f]!;
        into[base + f] = length < 0 ? 0 : length;
      }
    }
    return true;
  }

  /** A new array each time, as MiniSearch made it: its length the fields stored, a hole for a field absent. */
  protected valueAt(i: number): number[] {
    const { lengthAt, lengths } = this.fieldLengths;
    const start = lengthAt[i]!;
    // Of its exact length (a growing array reserves room for 17): a field the document lacks stays a hole.
    const made = new Array<number>(lengthAt[i + 1]! - start);
    for (let f = 0; f < made.length; f++) {
      const length = lengths[start + f]!;
      if (length >= 0) made[f] = length;
    }
    return made;
  }
}

// What MiniSearch's document maps hold, read from whichever kind of map they are now (a
// compact index's, as read or since changed, or MiniSearch's own after a `removeAll`), without
// filling one kept as read.

/** `instanceof` alone would type a generic class's values as `any`. */
function isStored<V>(map: Map<number, V>): map is StoredByNumber<V> {
  return map instanceof StoredByNumber;
}

/** A document map's entries by ascending number. */
export function byNumber<V>(map: Map<number, V>): Iterable<[number, V]> {
  return (isStored(map) ? map.storedPairs() : null) ?? ascending(map);
}

/** How many documents a document map holds. */
export function documentCount(map: Map<number, unknown>): number {
  return isStored(map) ? map.count : map.size;
}

/** The numbers of the documents in `_documentIds`. */
export function documentNumbers(ids: Map<number, string>): Iterable<number> {
  return (ids instanceof DocumentIds ? ids.storedNumbers() : null) ?? ids.keys();
}

/** Each document's length in each of `fieldCount` fields into `into[number · fieldCount + f]` (left 0 where it has none). */
export function copyFieldLengths(lengths: Map<number, number[]>, into: Uint32Array, fieldCount: number): void {
  if (lengths instanceof FieldLengths && lengths.copyStored(into, fieldCount)) return;
  lengths.forEach((stored, number) => {
    for (let f = 0; f < fieldCount; f++) into[number * fieldCount + f] = stored[f] ?? 0;
  });
}

/**
 * A map's entries by ascending key: the order `toJSON`'s objects give (a map keeps insertion
 * order). The map itself when it is in order, as it mostly is: no copy of 100,000 entries in
 * one slice of a writer in slices.
 */
export function ascending<V>(map: Map<number, V>): Iterable<[number, V]> {
  let previous = -Infinity;
  for (const key of map.keys()) {
    if (key < previous) return [...map].sort((a, b) => a[0] - b[0]);
    previous = key;
  }
  return map;
}
