/**
 * The prefilter's table of words that matter (see prefilter.ts), with what each word is
 * to it: the first word of a name, a stem, an office word, a signal word.
 */
import type { KeyTable } from './key-table.ts';
import { CAUCASUS_SIGNALS, US_STATE_SIGNALS } from './signals.ts';
import { OFFICE_HEADS, OFFICE_WORDS } from './vocabulary.ts';

export const FIRST_WORD = 1;
export const STEM = 2;
export const OFFICE = 4;
export const US_STATE_SIGNAL = 8;
export const CAUCASUS_SIGNAL = 16;

/** Keys added between pauses of `fillWordTable`. */
const FILL_STEP_KEYS = 1000;

/**
 * Fills `table` with the words that matter to the prefilter: the matcher's first keys and
 * stems, office words and signal words; pausing every thousand keys (for a build in time slices).
 */
export function* fillWordTable(table: KeyTable, firstKeys: Iterable<string>, stems: Iterable<string>): Generator<void, void, void> {
  const groups: Array<[Iterable<string>, number]> = [
    [firstKeys, FIRST_WORD],
    [stems, STEM],
    [OFFICE_HEADS, OFFICE],
    [OFFICE_WORDS, OFFICE],
    [US_STATE_SIGNALS, US_STATE_SIGNAL],
    [CAUCASUS_SIGNALS, CAUCASUS_SIGNAL],
  ];
  let added = 0;
  for (const [keys, flag] of groups) {
    for (const k of keys) {
      table.add(k, flag);
      if (++added % FILL_STEP_KEYS === 0) yield;
    }
  }
}
