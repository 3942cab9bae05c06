import type { KeyTable } from './key-table.ts';
import { OFFICE } from './word-table.ts';
import { cachedMatchKey, keyFlags, WORD_ASCII, WORD_CAPITAL, WordScan } from './word-scan.ts';

export { MARK_INTRO, MARK_START } from './word-scan.ts';

/** One word of a text, with offsets (UTF-16) into the original. */
export interface Token {
  start: number;
  end: number;
  raw: string;
  /** `matchKey(raw)`: what names are matched by. */
  key: string;
  /** First letter is upper case (names are written so in every language we cover). */
  capital: boolean;
  /** Every letter is upper case ("US", "TURKEY"). */
  allCaps: boolean;
  /** The characters between the previous token and this one ("" for the first). */
  gapBefore: string;
}

/**
 * Words are runs of letters, combining marks and digits in any script. Apostrophes and
 * hyphens separate words, so "Azerbaijan's" gives "Azerbaijan" + "s" and "Türkiye'nin"
 * gives "Türkiye" + "nin": the name ends at the apostrophe and the suffix is left out.
 */
const LOWER = /\p{Ll}/u;

/**
 * The words of one text, made into `Token`s only when asked for: recognition touches the
 * words that may start a name and their neighbours, not the rest of the page.
 */
export class TokenList {
  private readonly made: Array<Token | undefined>;

  /**
   * @param words set when the prefilter marked the words that may start a mention or an
   *   introduction (its table of words that matter); an unmarked list is walked word by
   *   word (search queries, learning officials).
   */
  constructor(
    readonly text: string,
    private readonly scan: WordScan,
    private readonly first: number,
    readonly length: number,
    private readonly words: KeyTable | null,
  ) {
    this.made = new Array<Token | undefined>(length);
  }

  get marked(): boolean {
    return this.words !== null;
  }

  /** May an office word be among words [from, to)? (Always, in an unmarked list.) */
  officeWithin(from: number, to: number): boolean {
    if (this.words === null) return true;
    for (let i = Math.max(0, from); i < to; i++) if (this.keyFlags(i, this.words) & OFFICE) return true;
    return false;
  }

  /** Token `i`, or undefined outside the text. */
  get(i: number): Token | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return this.made[i] ?? (this.made[i] = this.make(i));
  }

  at(i: number): Token {
    return this.get(i)!;
  }

  /** Word `i` is plain ASCII. */
  ascii(i: number): boolean {
    return (this.scan.flags[this.first + i]! & WORD_ASCII) !== 0;
  }

  capital(i: number): boolean {
    return (this.scan.flags[this.first + i]! & WORD_CAPITAL) !== 0;
  }

  /** Prefilter marks of word `i` (MARK_START, MARK_INTRO). */
  marks(i: number): number {
    return this.scan.flags[this.first + i]!;
  }

  /** Flags of word `i`'s key in `table` (without making its token). */
  keyFlags(i: number, table: KeyTable): number {
    return keyFlags(this.text, this.scan, this.first + i, table);
  }

  /** Is word `i` preceded by a comma and one space ("Bayramov, the minister"), read without making its token? */
  commaBefore(i: number): boolean {
    if (i <= 0 || i >= this.length) return false;
    const start = this.scan.starts[this.first + i]!;
    return start - this.scan.ends[this.first + i - 1]! === 2 && this.text.charCodeAt(start - 2) === 44 && this.text.charCodeAt(start - 1) === 32;
  }

  /** Does any word of the text have this key? */
  hasKey(key: string): boolean {
    for (let i = 0; i < this.length; i++) {
      const w = this.first + i;
      // Folding changes lengths only outside ASCII.
      if (this.scan.flags[w]! & WORD_ASCII && this.scan.ends[w]! - this.scan.starts[w]! !== key.length) continue;
      if (this.at(i).key === key) return true;
    }
    return false;
  }

  slice(from: number, to: number): Token[] {
    const out: Token[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) out.push(this.at(i));
    return out;
  }

  private make(i: number): Token {
    const text = this.text;
    const w = this.first + i;
    const start = this.scan.starts[w]!;
    const end = this.scan.ends[w]!;
    const prevEnd = i > 0 ? this.scan.ends[w - 1]! : 0;
    const raw = text.slice(start, end);
    const flags = this.scan.flags[w]!;
    const capital = (flags & WORD_CAPITAL) !== 0;
    let allCaps = false;
    if (capital) {
      if (flags & WORD_ASCII) {
        allCaps = true;
        for (let k = start; k < end; k++) {
          const c = text.charCodeAt(k);
          if (c >= 97 && c <= 122) {
            allCaps = false;
            break;
          }
        }
      } else allCaps = !LOWER.test(raw);
    }
    return {
      start,
      end,
      raw,
      key: flags & WORD_ASCII ? raw.toLowerCase() : cachedMatchKey(raw),
      capital,
      allCaps,
      gapBefore: start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32 ? ' ' : text.slice(prevEnd, start),
    };
  }
}

/** Every word of `text` as a list walked word by word (its own scan: safe to keep). */
export function tokenList(text: string): TokenList {
  const scan = new WordScan(16);
  scan.append(text);
  return new TokenList(text, scan, 0, scan.count, null);
}

export function tokenize(text: string): Token[] {
  const list = tokenList(text);
  return list.slice(0, list.length);
}
