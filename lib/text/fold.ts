/**
 * Text folding shared by search and entity recognition: lower case, no diacritics,
 * and the letters that Unicode decomposition leaves alone mapped to ASCII, so that
 * "Dačić" = "dacic", "Đurić" = "djuric", "Azərbaycan" = "azerbaycan".
 *
 * Hand-written because it is Unicode NFD plus a table of a dozen letters that NFD leaves
 * alone, read the way these languages' readers expect (Đurić is written Djuric in
 * English-language news), and both search and the recogniser must fold exactly alike.
 */

/** Letters NFD does not decompose, folded the way readers of these languages expect. */
const SPECIAL: Readonly<Record<string, string>> = {
  đ: 'dj', // Serbian Latin: Đurić is written Djuric in English-language news
  ð: 'd',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i', // Turkish/Azerbaijani dotless i
  ə: 'e', // Azerbaijani schwa: Azərbaycan is often typed Azerbaycan
  þ: 'th',
  ħ: 'h',
  ŀ: 'l',
  '’': "'",
  'ʼ': "'",
  '‘': "'",
};

const COMBINING = /[\u0300-\u036f]/g;

const cache = new Map<string, string>();

/** Folds one UTF-16 code unit (or surrogate half, returned as is). */
export function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded !== undefined) return folded;
  const lower = ch.toLowerCase();
  folded = SPECIAL[lower] ?? lower.normalize('NFD').replace(COMBINING, '');
  // Keep the cache bounded on hostile input with many distinct characters.
  if (cache.size < 4096) cache.set(ch, folded);
  return folded;
}

/** Folds a whole string (length may change: "đ" becomes "dj"). */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}
