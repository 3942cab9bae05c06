import { describe, expect, it } from 'vitest';
import { matchKey } from '../../../lib/entities/normalise.ts';
import { tokenize, type Token } from '../../../lib/entities/recognition/tokens.ts';

/** The tokenizer as first written (one regex match and one object per word), as the reference. */
function reference(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const raw = m[0];
    const start = m.index;
    const code = raw.charCodeAt(0);
    const capital = code < 0x80 ? code >= 65 && code <= 90 : /\p{Lu}/u.test(raw[0]!);
    tokens.push({
      start,
      end: start + raw.length,
      raw,
      key: matchKey(raw),
      capital,
      allCaps: capital && !/\p{Ll}/u.test(raw),
      gapBefore: text.slice(prevEnd, start),
    });
    prevEnd = start + raw.length;
  }
  return tokens;
}

describe('word scan', () => {
  it('finds the words the Unicode regex finds, with the same keys and case flags', () => {
    // ASCII, Latin with diacritics, Cyrillic, Turkic letters, combining marks, digits, astral
    // letters (𝐀 is upper case, 𝑎 lower case), an emoji, lone surrogates, punctuation and spaces.
    const pool = ['a', 'Z', 'q', '7', 'č', 'Đ', 'ə', 'İ', 'ı', 'Ж', 'ш', 'й', 'e\u0301', '\u0301', '𝐀', '𝑎', '😀', '\ud835', '\udc00', ' ', '  ', '.', "'", '-', ',', '\n', '\u00a0', 'ß', 'Ⅻ', '١'];
    let seed = 1;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let round = 0; round < 2000; round++) {
      let text = '';
      for (let i = 0, n = rand(24); i < n; i++) text += pool[rand(pool.length)];
      expect(tokenize(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
