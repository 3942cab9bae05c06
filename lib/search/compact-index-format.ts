/** The stored shape of a compact index (lib/search/compact-index.ts) and the checks it must pass before it is read. */
import type { AsPlainObject } from 'minisearch';
import { Hash53 } from './hash.ts';

/**
 * Bump when the layout changes; a stored index of a format not read here is refused (the
 * snapshot is rebuilt, the bundle must be). 2: each term's postings in a string of their own
 * (`postings`), their length among the term's numbers, so a load walks the terms without
 * reading a posting (lib/search/compact-index-postings.ts). 1 (postings among the terms) is
 * still read, every posting at load.
 */
export const COMPACT_INDEX_FORMAT = 2;
export const READABLE_COMPACT_INDEX_FORMATS: readonly number[] = [1, COMPACT_INDEX_FORMAT];

interface CompactIndexParts {
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  dirtCount?: number;
  serializationVersion: number;
  /** MiniSearch's stored fields as they are (none in Dossier's index: lib/search/index-config.ts). */
  storedFields: AsPlainObject['storedFields'];
  termCount: number;
  /** The document ids, then the endings of the terms, end to end. */
  text: string;
  /** Every number of the index (lib/search/integer-stream.ts) but the postings, in the order `encodeIndex` writes them. */
  numbers: string;
  /**
   * A hash of every string of the index (`checksum`): the structural checks catch a truncated
   * index, this one a changed character that would still read as some index (a few ms at 60k
   * articles). Postings are read when a term is first used, long after the load: the hash taken
   * at load is what makes a posting list found corrupt then a writer's fault, never the storage's.
   * Not taken for the extension's own bundle, whose storage is the browser's checked package
   * (`IndexSource`).
   */
  check: string;
}

export interface CompactIndex extends CompactIndexParts {
  compactIndex: typeof COMPACT_INDEX_FORMAT;
  /** Each term's postings, in the terms' order, end to end. */
  postings: string;
}

/** Format 1: the postings of each term follow it in `numbers`. */
export interface CompactIndexV1 extends CompactIndexParts {
  compactIndex: 1;
}

export type ReadableCompactIndex = CompactIndex | CompactIndexV1;

export class CompactIndexError extends Error {
  override name = 'CompactIndexError';
}

/** The `check` of an index's strings: `text`, `numbers`, then (from format 2) `postings`. */
export function checksum(...parts: readonly string[]): string {
  return toEnd(checksumSteps(parts));
}

function stringsOf(compact: ReadableCompactIndex): string[] {
  return compact.compactIndex === 1 ? [compact.text, compact.numbers] : [compact.text, compact.numbers, compact.postings];
}

/** Characters hashed between two pauses of `checksumSteps`: about a millisecond. */
const HASHED_PER_STEP = 1 << 20;

/** `checksum` with a pause (a `yield`) every megabyte of text, for a writer that runs in time slices. */
export function* checksumSteps(parts: readonly string[]): Generator<void, string, void> {
  const digests: string[] = [];
  for (const part of parts) {
    const hash = new Hash53();
    for (let start = 0; start < part.length; start += HASHED_PER_STEP) {
      hash.update(part, start, Math.min(part.length, start + HASHED_PER_STEP));
      yield;
    }
    digests.push(hash.digest());
  }
  return digests.join('.');
}

/** Runs a stepwise computation (one that yields where it may pause) to its end, without pausing. */
export function toEnd<R>(steps: Generator<void, R, void>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function isCompactShape(value: object): value is ReadableCompactIndex {
  const v: Partial<Record<keyof CompactIndex, unknown>> = value;
  return (
    (v.compactIndex === 1 || (v.compactIndex === COMPACT_INDEX_FORMAT && typeof v.postings === 'string')) &&
    typeof v.text === 'string' && typeof v.numbers === 'string' && typeof v.check === 'string' &&
    Number.isSafeInteger(v.documentCount) && Number.isSafeInteger(v.nextId) && Number.isSafeInteger(v.termCount) &&
    typeof v.fieldIds === 'object' && v.fieldIds !== null &&
    Array.isArray(v.averageFieldLength) && v.serializationVersion === 2 &&
    typeof v.storedFields === 'object' && v.storedFields !== null &&
    (v.dirtCount === undefined || typeof v.dirtCount === 'number')
  );
}

/**
 * How a compact index came: `packaged` in the extension's own files (the bundle's
 * archive.json), whose integrity the browser checks with the package's (Chrome's content
 * verification, Firefox's signed package), and which the build wrote and its tests read; or
 * from anywhere else (IndexedDB, a file the user gives), where a changed character is caught by
 * the checksum.
 */
export type IndexSource = 'packaged' | 'stored';

/**
 * The value as a compact index this code reads, or a `CompactIndexError` saying why not. The
 * checksum is skipped for a `packaged` index: hashing every string of it was a large part of a
 * Firefox wake at large sizes, where the event page loads the bundle each time (21 MB of index
 * at the synthetic 100k archive).
 */
export function checkedCompactIndex(value: unknown, source: IndexSource = 'stored'): ReadableCompactIndex {
  if (typeof value !== 'object' || value === null) throw new CompactIndexError('not a compact index: not an object');
  const format = 'compactIndex' in value ? value.compactIndex : undefined;
  if (typeof format !== 'number' || !READABLE_COMPACT_INDEX_FORMATS.includes(format)) {
    throw new CompactIndexError(`not a compact index of format ${READABLE_COMPACT_INDEX_FORMATS.join(' or ')} (format: ${String(format)})`);
  }
  if (!isCompactShape(value)) throw new CompactIndexError('the compact index is missing a part or has one of the wrong type');
  if (source === 'stored' && checksum(...stringsOf(value)) !== value.check) throw new CompactIndexError('the index is corrupt: its content does not match its checksum');
  return value;
}
