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
 * source gives more of them ("Recep Tayyip Erdoğan", "Tayyip Erdogan").
 */
export function sameOfficial(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  // Most pairs differ in the surname: check it before the rest.
  if (spellingSkeleton(a.at(-1)!) !== spellingSkeleton(b.at(-1)!)) return false;
  const sa = a.map(spellingSkeleton);
  const sb = b.map(spellingSkeleton);
  if (samePerson(sa, sb)) return true;
  const given = new Set(sa.slice(0, -1).filter((k) => k.length > 2));
  return sb.slice(0, -1).some((k) => given.has(k));
}

/** `sameOfficial` for names as written. */
export function sameOfficialName(a: string, b: string): boolean {
  return sameOfficial(nameKeys(a), nameKeys(b));
}
