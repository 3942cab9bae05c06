/**
 * Which blocks can hold a mention at all, decided over the scanned words without making
 * tokens. Outside search queries every mention and every introduction starts at a
 * capitalised word (the ambiguity policy and the officials' rules reject the rest), so a
 * block needs the full recogniser only when a capitalised word
 * - is the first word of a known name, or may be an inflected form of one (its key minus
 *   an ending of up to MAX_ENDING letters is a stem), or starts a person the page introduced;
 * - or follows an office word ("Minister Bayramov": an introduction may start there).
 * Most blocks of most pages have none: they cost one scan and a few table probes.
 */
import { MAX_ENDING } from './inflection.ts';
import { hashStep, HASH_SEED, type KeyTable, prefixOf, rawHash } from './key-table.ts';
import { CAUCASUS_SIGNALS, type PageSignals, US_STATE_SIGNALS } from './signals.ts';
import { OFFICE_HEADS, OFFICE_WORDS } from './vocabulary.ts';
import { CAUCASUS_SIGNAL, FIRST_WORD, OFFICE, STEM, US_STATE_SIGNAL } from './word-table.ts';
import { cachedMatchKey, keyFlags, MARK_INTRO, MARK_START, WORD_ASCII, WORD_CAPITAL, type WordScan } from './word-scan.ts';

/**
 * Flags of capitalised word `w`, plus STEM when the word minus an ending of up to
 * MAX_ENDING letters is a known stem (it may be an inflected name: Azərbaycanla).
 */
function capitalFlags(text: string, scan: WordScan, w: number, table: KeyTable): number {
  const start = scan.starts[w]!;
  const end = scan.ends[w]!;
  if (scan.flags[w]! & WORD_ASCII) {
    const n = end - start;
    // Stems have three letters or more, and so have the keys that words of three or more can equal.
    if (n >= 3 && !table.prefixes[prefixOf(text, start)]) return 0;
    let h = HASH_SEED;
    let stem = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      h = hashStep(h, c >= 65 && c <= 90 ? c | 0x20 : c);
      const length = i - start + 1;
      if (length >= 3 && length < n && n - length <= MAX_ENDING && stem === 0) stem = table.getAscii(text, start, i + 1, h) & STEM;
    }
    return (table.getAscii(text, start, end, h) & ~STEM) | stem;
  }
  const h = rawHash(text, start, end);
  let flags = table.rawCapitalFlags.get(text, start, end, h);
  if (flags < 0) {
    const raw = text.slice(start, end);
    const key = cachedMatchKey(raw);
    let stem = 0;
    for (let length = Math.max(3, key.length - MAX_ENDING); length < key.length && stem === 0; length++) stem = table.get(key.slice(0, length)) & STEM;
    flags = (table.get(key) & ~STEM) | stem;
    table.rawCapitalFlags.set(raw, h, flags);
  }
  return flags;
}

/**
 * Marks the words of one block (words [first, first + count) of the scan) that may start
 * a mention (MARK_START) or an introduction (MARK_INTRO: a capitalised word after an
 * office word); false when none may, and the block needs no more work.
 */
export function markBlock(text: string, scan: WordScan, first: number, count: number, table: KeyTable, pageFirst: KeyTable | null): boolean {
  let any = false;
  const flags = scan.flags;
  /** Table flags of the previous word when it was capitalised (then already looked up). */
  let prevCapital = 0;
  for (let w = first; w < first + count; w++) {
    if (!(flags[w]! & WORD_CAPITAL)) {
      prevCapital = -1;
      continue;
    }
    const prevFlags = w === first ? 0 : prevCapital >= 0 ? prevCapital : mayBeOffice(text, scan, w - 1) ? keyFlags(text, scan, w - 1, table) : 0;
    if (prevFlags & OFFICE) {
      flags[w] = flags[w]! | MARK_INTRO;
      any = true;
    }
    const own = capitalFlags(text, scan, w, table);
    prevCapital = own & ~STEM;
    if (own & (FIRST_WORD | STEM) || (pageFirst !== null && keyFlags(text, scan, w, pageFirst) !== 0)) {
      flags[w] = flags[w]! | MARK_START;
      any = true;
    }
  }
  return any;
}

/** Lengths (bit per length) of words by first and last letter, for a cheap first test. */
function shapes(words: Iterable<string>): Uint32Array {
  const out = new Uint32Array(128 * 128);
  for (const k of words) if (k.length < 32 && k.charCodeAt(0) < 128 && k.charCodeAt(k.length - 1) < 128) out[k.charCodeAt(0) * 128 + k.charCodeAt(k.length - 1)]! |= 1 << k.length;
  return out;
}

/** Could this word's key have one of `shape`'s shapes? (Non-ASCII words always could.) */
function mayHaveShape(text: string, scan: WordScan, w: number, shape: Uint32Array): boolean {
  if (!(scan.flags[w]! & WORD_ASCII)) return true;
  const start = scan.starts[w]!;
  const end = scan.ends[w]!;
  if (end - start > 31) return false;
  const a = text.charCodeAt(start);
  const z = text.charCodeAt(end - 1);
  return (shape[(a >= 65 && a <= 90 ? a | 0x20 : a) * 128 + (z >= 65 && z <= 90 ? z | 0x20 : z)]! & (1 << (end - start))) !== 0;
}

const OFFICE_SHAPES = shapes([...OFFICE_HEADS, ...OFFICE_WORDS].filter((k) => k.length < 32));

function mayBeOffice(text: string, scan: WordScan, w: number): boolean {
  return mayHaveShape(text, scan, w, OFFICE_SHAPES);
}

/** Lengths (bit per length) of the signal words by first and last letter: most words fail this. */
const SIGNAL_SHAPES = new Uint32Array(128 * 128);
for (const k of [...US_STATE_SIGNALS, ...CAUCASUS_SIGNALS]) SIGNAL_SHAPES[k.charCodeAt(0) * 128 + k.charCodeAt(k.length - 1)]! |= 1 << k.length;
const SIGNAL_MAX = 31;

/** Counts the signal words for ambiguous names among words [first, first + count) of `text`. */
export function countSignals(text: string, scan: WordScan, first: number, count: number, table: KeyTable, signals: PageSignals): void {
  for (let w = first; w < first + count; w++) {
    if (scan.flags[w]! & WORD_ASCII) {
      const start = scan.starts[w]!;
      const end = scan.ends[w]!;
      if (end - start > SIGNAL_MAX) continue;
      const a = text.charCodeAt(start);
      const z = text.charCodeAt(end - 1);
      if (!(SIGNAL_SHAPES[(a >= 65 && a <= 90 ? a | 0x20 : a) * 128 + (z >= 65 && z <= 90 ? z | 0x20 : z)]! & (1 << (end - start)))) continue;
    }
    const flags = keyFlags(text, scan, w, table);
    if (flags & US_STATE_SIGNAL) signals.usState++;
    if (flags & CAUCASUS_SIGNAL) signals.caucasus++;
  }
}
