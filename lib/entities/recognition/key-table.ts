/**
 * A hash table from match keys to flag bits, probed straight from the text: an ASCII word's
 * key is its lower case, so its hash is computed while scanning and the table is checked
 * without slicing or lower-casing the word. Most words of a page are in no table, and this
 * is what keeps them free (no string, no object per word).
 */

export const HASH_SEED = 0x811c9dc5 | 0;

/** FNV-1a step over one UTF-16 code unit of a key. */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

export function hashKey(key: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < key.length; i++) h = hashStep(h, key.charCodeAt(i));
  return h;
}

/** Is `key` the lower case of the ASCII text[start, end)? */
function equalsAsciiLower(text: string, start: number, end: number, key: string): boolean {
  if (key.length !== end - start) return false;
  for (let i = start, k = 0; i < end; i++, k++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 0x20;
    if (c !== key.charCodeAt(k)) return false;
  }
  return true;
}

/** Index of an ASCII letter or digit among 36 (case folded), or -1. */
function alnum(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 48 && c <= 57) return c - 22;
  return -1;
}

/** Index of the first three characters of an ASCII word (three letters or digits). */
export function prefixOf(text: string, start: number): number {
  return alnum(text.charCodeAt(start)) * 1296 + alnum(text.charCodeAt(start + 1)) * 36 + alnum(text.charCodeAt(start + 2));
}

export class KeyTable {
  /**
   * The first three characters of the ASCII keys of three or more: an ASCII word of three or
   * more whose start is not here has no key in the table, and need not be hashed.
   */
  readonly prefixes = new Uint8Array(36 * 36 * 36);
  private hashes = new Int32Array(64);
  private flags = new Int32Array(64);
  private keys: Array<string | undefined> = new Array<string | undefined>(64);
  private mask = 63;
  private count = 0;
  /** Flags of non-ASCII words as written (see `keyFlags`), and of capitalised ones with their stems. */
  readonly rawFlags = new RawCache();
  readonly rawCapitalFlags = new RawCache();

  get size(): number {
    return this.count;
  }

  /** Adds flag bits to a key. */
  add(key: string, flags: number): void {
    if (key.length >= 3) {
      const a = alnum(key.charCodeAt(0));
      const b = alnum(key.charCodeAt(1));
      const c = alnum(key.charCodeAt(2));
      if (a >= 0 && b >= 0 && c >= 0) this.prefixes[a * 1296 + b * 36 + c] = 1;
    }
    this.rawFlags.clear();
    this.rawCapitalFlags.clear();
    if ((this.count + 1) * 2 > this.mask) this.grow();
    const h = hashKey(key);
    let slot = h & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === undefined) {
        this.keys[slot] = key;
        this.hashes[slot] = h;
        this.flags[slot] = flags;
        this.count++;
        return;
      }
      if (this.hashes[slot] === h && k === key) {
        this.flags[slot]! |= flags;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Flags of a key (0 when absent). */
  get(key: string, h: number = hashKey(key)): number {
    let slot = h & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === undefined) return 0;
      if (this.hashes[slot] === h && k === key) return this.flags[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Flags of the key of the ASCII word text[start, end), whose key hashes to `h`. */
  getAscii(text: string, start: number, end: number, h: number): number {
    let slot = h & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === undefined) return 0;
      if (this.hashes[slot] === h && equalsAsciiLower(text, start, end, k)) return this.flags[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const flags = this.flags;
    const size = (this.mask + 1) * 2;
    this.hashes = new Int32Array(size);
    this.flags = new Int32Array(size);
    this.keys = new Array<string | undefined>(size);
    this.mask = size - 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined) this.add(k, flags[i]!);
    }
  }
}

/** Hash of the code units of text[start, end) as written. */
export function rawHash(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

function equalsRaw(text: string, start: number, end: number, word: string): boolean {
  if (word.length !== end - start) return false;
  for (let i = start, k = 0; i < end; i++, k++) if (text.charCodeAt(i) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Numbers remembered per word as written, probed straight from the text: a page repeats its
 * non-ASCII words, and folding one (or slicing it to look it up in a Map) costs far more than
 * hashing its few code units. Bounded: it starts over when full.
 */
export class RawCache {
  private hashes = new Int32Array(256);
  private values = new Int32Array(256);
  private words: Array<string | undefined> = new Array<string | undefined>(256);
  private mask = 255;
  private count = 0;

  /** The value remembered for text[start, end) (hashed `h` by `rawHash`), or -1. */
  get(text: string, start: number, end: number, h: number): number {
    let slot = h & this.mask;
    for (;;) {
      const w = this.words[slot];
      if (w === undefined) return -1;
      if (this.hashes[slot] === h && equalsRaw(text, start, end, w)) return this.values[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }

  set(word: string, h: number, value: number): void {
    if (this.count * 2 >= this.mask) this.resize(this.mask < MAX_RAW_SLOTS - 1 ? (this.mask + 1) * 2 : this.mask + 1);
    let slot = h & this.mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.words[slot] = word;
    this.hashes[slot] = h;
    this.values[slot] = value;
    this.count++;
  }

  clear(): void {
    if (this.count > 0) this.resize(this.mask + 1);
  }

  /** Grows to `size` slots keeping the entries, or starts over when already at the bound. */
  private resize(size: number): void {
    const { words, hashes, values } = this;
    const keep = size > this.mask + 1;
    this.words = new Array<string | undefined>(size);
    this.hashes = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    this.count = 0;
    if (!keep) return;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w !== undefined) this.set(w, hashes[i]!, values[i]!);
    }
  }
}

/** A bound on each cache: 16,384 slots hold 8,192 words. */
const MAX_RAW_SLOTS = 16384;
