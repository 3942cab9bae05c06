import { matchKey } from './normalise.ts';

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
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    const code = raw.charCodeAt(0);
    // ASCII first letters need no Unicode property test (most words in most pages).
    const capital = code < 0x80 ? code >= 65 && code <= 90 : UPPER.test(raw[0]!);
    tokens.push({
      start,
      end: start + raw.length,
      raw,
      key: matchKey(raw),
      capital,
      allCaps: capital && !LOWER.test(raw),
      gapBefore: start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32 ? ' ' : text.slice(prevEnd, start),
    });
    prevEnd = start + raw.length;
  }
  return tokens;
}
