/**
 * One person under several spellings, across sources: "Zelenskiy" (Reuters), "Zelenskyy"
 * (Wikidata, the Ukrainian government), "Zelensky" (AP); "Erdogan" and "Erdoğan". Index time
 * only: it decides which curated, mined and archive entries are the same official.
 *
 * Folding (`matchKey`) already equates diacritics and Cyrillic. What is left are the
 * transliteration choices of Slavic, Persian and Arabic names into English, reduced here to a
 * skeleton: y and i are one letter (-skiy, -skyy, -sky), doubled letters are one, kh is h,
 * w is v, ph is f, ou is u (recognition/spelling.ts, which the recogniser shares).
 */
import { spellingSkeleton } from '../recognition/spelling.ts';
import { nameKeys, samePerson } from './person-names.ts';

export { spellingSkeleton };

/**
 * Two names (their match keys) are one official when their surnames share a skeleton and
 * their given names agree: close spellings (`samePerson`), or a given name in common when one
 * source gives more of them ("Recep Tayyip Erdoğan", "Tayyip Erdogan"). `exactGiven` (see
 * `markedGivenName`) leaves out the close spellings of the first given name.
 */
export function sameOfficial(a: readonly string[], b: readonly string[], exactGiven = false): boolean {
  if (a.length < 2 || b.length < 2) return false;
  // Most pairs differ in the surname: check it before the rest.
  if (spellingSkeleton(a.at(-1)!) !== spellingSkeleton(b.at(-1)!)) return false;
  const sa = a.map(spellingSkeleton);
  const sb = b.map(spellingSkeleton);
  if (exactGiven ? sa[0] === sb[0] : samePerson(sa, sb)) return true;
  const given = new Set(sa.slice(0, -1).filter((k) => k.length > 2));
  return sb.slice(0, -1).some((k) => given.has(k));
}

/**
 * Is the given name written with diacritics ("Micheál Martin")? Then it is spelt in its own
 * language, and English drops the marks but keeps the letters ("Micheal"): a close spelling
 * ("Michael") is another name, and another person (Ireland's Taoiseach Micheál Martin is not
 * the Commons Speaker Michael Martin). Transliterations from other alphabets ("Ivica" and
 * "Ivitsa" for Ивица) have no marks to go by and keep the close match.
 */
export function markedGivenName(name: string): boolean {
  const given = name.trim().split(/\s+/u)[0] ?? '';
  return /\p{Script=Latin}/u.test(given) && /\p{M}/u.test(given.normalize('NFD'));
}

/** `sameOfficial` for names as written. */
export function sameOfficialName(a: string, b: string): boolean {
  return sameOfficial(nameKeys(a), nameKeys(b), markedGivenName(a) || markedGivenName(b));
}
