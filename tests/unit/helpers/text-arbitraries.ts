import fc from 'fast-check';

/**
 * Random texts and search terms for the snippet's property tests
 * (tests/unit/search/marked-words.property.test.ts, snippet.property.test.ts): letters, digits
 * and punctuation where folding, word edges and sentence ends are tricky.
 */
const UNITS = ['a', 'b', 'e', 'n', 'o', 's', 'A', 'B', 'E', 'N', 'S', '1', '2', ' ', ' ', '.', '!', '?', '…', '"', '“', '”', '«', '»', "'", '’', '-', '\n', 'é', 'É', 'đ', 'Đ', 'ə', 'ß', 'ı', 'ч', 'Ч', '\u0301', '\ud835\udc00', 'æ'];
export const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((units) => units.join(''));
const TERMS = ['a', 'ab', 'abe', 'an', 'ane', 'nose', 'bob', 'e', 'o1', '1', '12', 'bon', 'se', 'seb', 'eno', 'djo', 'ss', 'ae', 'ч', 'чa', 'ebe', 'ııı'];
export const terms = fc.uniqueArray(fc.constantFrom(...TERMS), { maxLength: 5 });
