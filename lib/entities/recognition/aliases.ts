/**
 * Another name the text gives an official right after their name: "Mahmoud Abbas, also
 * known as Abu Mazen", "(better known as Lula)". The page then means the same person by it
 * (session.ts marks it, page-people.ts remembers it for the rest of the page). A name the
 * writer ties to the person in so many words needs no other evidence; any other
 * capitalised words after a name are not one.
 */
import { isNameWord } from './introductions.ts';
import type { TokenList } from './tokens.ts';

/** How the alias is announced: "also known as", "better known as". */
const KNOWN_AS = new Set(['also', 'better']);
const SPACE_GAP = /^[ \u00a0]+$/u;
/** Between the name and "also known as": a comma or an opening bracket. */
const ANNOUNCED = /^(?:,[ \u00a0]|,?[ \u00a0]\()$/u;

/** The word range of an alias announced right after a name ending at word `end`, or null. */
export function aliasAfter(tokens: TokenList, end: number): { start: number; end: number } | null {
  const also = tokens.get(end);
  if (!also || !KNOWN_AS.has(also.key) || !ANNOUNCED.test(also.gapBefore)) return null;
  if (tokens.get(end + 1)?.key !== 'known' || tokens.get(end + 2)?.key !== 'as') return null;
  if (!SPACE_GAP.test(tokens.at(end + 1).gapBefore) || !SPACE_GAP.test(tokens.at(end + 2).gapBefore)) return null;
  const start = end + 3;
  let last = start;
  while (last < tokens.length && last - start < 4 && SPACE_GAP.test(tokens.at(last).gapBefore) && isNameWord(tokens.at(last))) last++;
  if (last === start || last - start > 3) return null;
  return { start, end: last };
}
