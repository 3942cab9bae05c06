/**
 * The name words a search query can reach, worked out from the query alone: a matcher that
 * holds only the names made of such words finds in that query exactly what the whole
 * matcher finds (known-names.ts builds it; recogniser.ts, `createQueryFinder`, uses it), and
 * is built from a few names instead of thousands.
 */
import { MAX_ENDING } from './inflection.ts';
import { tokenize } from './tokens.ts';

/** The name words a query can reach. */
export interface KeyReach {
  /** The reached words' first two letters (`wordStart`): a name none of whose words starts so is out of reach. */
  readonly starts: ReadonlySet<number>;
  /** Does a name word's key belong to the names this query can reach? */
  has(key: string): boolean;
}

/**
 * The matcher offers a text word's key itself, or a name word one of whose stems is the key
 * without an ending of up to MAX_ENDING letters (matcher.ts, `inflectedCandidates`). Stems
 * are the word or the word without its last one or two letters, and at least three letters
 * long (inflection.ts, `stemsOf`), so a name word is within reach when it, or it less one or
 * two letters, is one of the query words' forms: a few more words than the matcher would
 * offer, never fewer; and it starts as a query word does.
 */
export function queryReach(query: string): KeyReach {
  const forms = new Set<string>();
  const starts = new Set<number>();
  for (const { key } of tokenize(query)) {
    forms.add(key);
    starts.add(wordStart(key));
    for (let len = 1; len <= MAX_ENDING && len < key.length - 2; len++) forms.add(key.slice(0, key.length - len));
  }
  return {
    starts,
    has: (key) => starts.has(wordStart(key)) && (forms.has(key) || forms.has(key.slice(0, -1)) || forms.has(key.slice(0, -2))),
  };
}

/** A key's first two UTF-16 code units as one number (a missing one reads as 0). */
export function wordStart(key: string): number {
  return (key.charCodeAt(0) | 0) * 0x10000 + (key.charCodeAt(1) | 0);
}
