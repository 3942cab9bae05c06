/**
 * Finds the words of texts (runs of letters, combining marks and digits in any script, as
 * `/[\p{L}\p{M}\p{N}]+/gu` would) with a char-code loop into reusable typed arrays. The
 * recogniser looks at every word of every page and most are not names: a string or an
 * object per word is what made it slow, so words stay offsets until one matters.
 */
import { hashStep, HASH_SEED, prefixOf, rawHash, type KeyTable } from './key-table.ts';
import { matchKey } from '../normalise.ts';

export const WORD_ASCII = 1;
/** The first code unit is an upper-case letter (`\p{Lu}`). */
export const WORD_CAPITAL = 2;
/** Marks the prefilter leaves on words (see prefilter.ts). */
export const MARK_START = 4;
export const MARK_INTRO = 8;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const UPPER = /\p{Lu}/u;

const KNOWN = 1;
const IS_WORD = 2;
const IS_UPPER = 4;
const NON_ASCII = 8;
const HIGH_SURROGATE = 16;
/** A word character of two code units (astral). */
const PAIR = 32;
/** Not classified yet, or a high surrogate: ask `slowClass`. */
const SLOW = 64;

/** Classes of UTF-16 code units, filled in on first sight (a page uses a few hundred). */
const classes = new Uint8Array(0x10000).fill(SLOW, 0x80);
for (let c = 0; c < 0x80; c++) {
  const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  classes[c] = KNOWN | (word ? IS_WORD : 0) | (c >= 65 && c <= 90 ? IS_UPPER : 0);
}

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  // Lone surrogates are neither words nor upper case, as with the `u` flag.
  const k =
    KNOWN |
    NON_ASCII |
    (WORD_CHAR.test(ch) ? IS_WORD : 0) |
    (UPPER.test(ch) ? IS_UPPER : 0) |
    (code >= 0xd800 && code <= 0xdbff ? HIGH_SURROGATE | SLOW : 0);
  classes[code] = k;
  return k;
}

const astralWords = new Map<number, boolean>();

/** The class at text[i] when the table does not settle it (unseen unit, surrogate pair). */
function slowClass(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const k = classes[code]! & KNOWN ? classes[code]! : classify(code);
  if (!(k & HIGH_SURROGATE)) return k;
  const next = text.charCodeAt(i + 1);
  if (!(next >= 0xdc00 && next <= 0xdfff)) return k;
  const cp = text.codePointAt(i)!;
  let word = astralWords.get(cp);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(cp));
    if (astralWords.size < 4096) astralWords.set(cp, word);
  }
  // Upper case is judged on the first code unit, as the tokenizer always did.
  return word ? KNOWN | IS_WORD | NON_ASCII | PAIR : k & ~SLOW;
}

const keyCache = new Map<string, string>();

/** `matchKey`, remembered for the words a page repeats. */
export function cachedMatchKey(raw: string): string {
  let key = keyCache.get(raw);
  if (key === undefined) {
    key = matchKey(raw);
    // Bounded: a hostile page must not grow it without end.
    if (keyCache.size >= 16384) keyCache.clear();
    keyCache.set(raw, key);
  }
  return key;
}

/** Hash of the key of an ASCII word (its lower case), as `hashKey` would give. */
export function asciiKeyHash(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h = hashStep(h, c >= 65 && c <= 90 ? c | 0x20 : c);
  }
  return h;
}

/** Flags of word `w` (of `text`) in `table`: no string is made for ASCII words. */
export function keyFlags(text: string, scan: WordScan, w: number, table: KeyTable): number {
  const start = scan.starts[w]!;
  const end = scan.ends[w]!;
  if (scan.flags[w]! & WORD_ASCII) {
    if (end - start >= 3 && !table.prefixes[prefixOf(text, start)]) return 0;
    return table.getAscii(text, start, end, asciiKeyHash(text, start, end));
  }
  const h = rawHash(text, start, end);
  let flags = table.rawFlags.get(text, start, end, h);
  if (flags < 0) {
    const raw = text.slice(start, end);
    flags = table.get(cachedMatchKey(raw));
    table.rawFlags.set(raw, h, flags);
  }
  return flags;
}

/** Words of one or more texts, as parallel arrays; offsets are into each word's own text. */
export class WordScan {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;

  /** @param capacity words to make room for at first (it grows as needed) */
  constructor(capacity = 1024) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  reset(): void {
    this.count = 0;
  }

  /** Appends the words of `text`. */
  append(text: string): void {
    const len = text.length;
    let starts = this.starts;
    let ends = this.ends;
    let flags = this.flags;
    let n = this.count;
    let i = 0;
    while (i < len) {
      let k = classes[text.charCodeAt(i)]!;
      if (k & SLOW) k = slowClass(text, i);
      if (!(k & IS_WORD)) {
        i++;
        continue;
      }
      if (n === starts.length) {
        this.grow();
        starts = this.starts;
        ends = this.ends;
        flags = this.flags;
      }
      const start = i;
      const first = k;
      let any = k;
      i += k & PAIR ? 2 : 1;
      while (i < len) {
        k = classes[text.charCodeAt(i)]!;
        // One test for the usual case: a classified word character of one code unit.
        if ((k & (IS_WORD | SLOW)) !== IS_WORD) {
          if (k & SLOW) k = slowClass(text, i);
          if (!(k & IS_WORD)) break;
          if (k & PAIR) i++;
        }
        any |= k;
        i++;
      }
      starts[n] = start;
      ends[n] = i;
      // Upper case is judged on the first code unit (never a surrogate pair's).
      flags[n] = (any & NON_ASCII ? 0 : WORD_ASCII) | (first & IS_UPPER && !(first & PAIR) ? WORD_CAPITAL : 0);
      n++;
    }
    this.count = n;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const flags = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    flags.set(this.flags);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }
}
