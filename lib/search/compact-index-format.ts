/** The stored shape of a compact index (lib/search/compact-index.ts) and the checks it must pass before it is read. */
import type { AsPlainObject } from 'minisearch';
import { Hash53 } from './hash.ts';

/** Bump when the layout changes; a stored index of another format is refused (the snapshot is rebuilt, the bundle must be). */
export const COMPACT_INDEX_FORMAT = 1;

export interface CompactIndex {
  compactIndex: typeof COMPACT_INDEX_FORMAT;
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
  /** Every number of the index (lib/search/integer-stream.ts), in the order `encodeIndex` writes them. */
  numbers: string;
  /**
   * A hash of `text` and `numbers`: the structural checks catch a truncated index, this one a
   * changed character that would still read as some index (a few ms at 60k articles).
   */
  check: string;
}

export class CompactIndexError extends Error {
  override name = 'CompactIndexError';
}

export function checksum(text: string, numbers: string): string {
  return toEnd(checksumSteps(text, numbers));
}

/** Characters hashed between two pauses of `checksumSteps`: about a millisecond. */
const HASHED_PER_STEP = 1 << 20;

/** `checksum` with a pause (a `yield`) every megabyte of text, for a writer that runs in time slices. */
export function* checksumSteps(text: string, numbers: string): Generator<void, string, void> {
  const digests: string[] = [];
  for (const part of [text, numbers]) {
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

function isCompactShape(value: object): value is CompactIndex {
  const v: Partial<Record<keyof CompactIndex, unknown>> = value;
  return (
    v.compactIndex === COMPACT_INDEX_FORMAT &&
    typeof v.text === 'string' && typeof v.numbers === 'string' && typeof v.check === 'string' &&
    Number.isSafeInteger(v.documentCount) && Number.isSafeInteger(v.nextId) && Number.isSafeInteger(v.termCount) &&
    typeof v.fieldIds === 'object' && v.fieldIds !== null &&
    Array.isArray(v.averageFieldLength) && v.serializationVersion === 2 &&
    typeof v.storedFields === 'object' && v.storedFields !== null &&
    (v.dirtCount === undefined || typeof v.dirtCount === 'number')
  );
}

/** The value as a compact index this code reads, or a `CompactIndexError` saying why not. */
export function checkedCompactIndex(value: unknown): CompactIndex {
  if (typeof value !== 'object' || value === null) throw new CompactIndexError('not a compact index: not an object');
  const format = 'compactIndex' in value ? value.compactIndex : undefined;
  if (format !== COMPACT_INDEX_FORMAT) throw new CompactIndexError(`not a compact index of format ${COMPACT_INDEX_FORMAT} (format: ${String(format)})`);
  if (!isCompactShape(value)) throw new CompactIndexError('the compact index is missing a part or has one of the wrong type');
  if (checksum(value.text, value.numbers) !== value.check) throw new CompactIndexError('the index is corrupt: its content does not match its checksum');
  return value;
}
