/**
 * Offices a sentence says someone held before: "Michael Howard has always been in favour of
 * ID cards, and tried to introduce them when he was Home Secretary", "police numbers had
 * fallen when he was home secretary", "when Jack Straw was home secretary". News names a
 * party leader or a backbencher by the office they once held in these words, not with a
 * title before the name, and issue 14 counts someone who held a government office as an
 * official.
 *
 * Index time only (learning officials from an archive, see recogniser.ts `introductionsIn`):
 * "he" is read as the nearest full name before it in the sentence, which is safe enough
 * for evidence that learning checks again (building/learning-evidence.ts) but too loose to
 * introduce someone on any page. Sentence case only: in Title Case every word looks like
 * a name.
 */
import { type CountryAt, type Introduction, isHead, isNameWord, sentenceStart, spell } from './introductions.ts';
import type { TokenList } from './tokens.ts';
import { NON_OFFICIAL, NOT_NAMES, OFFICE_WORDS, TITLE_CONNECTORS } from './vocabulary.ts';

const SPACE_GAP = /^[ \u00a0]+$/u;
const PRONOUNS = new Set(['he', 'she']);
/** Most words an office may take ("first secretary of state for foreign affairs"). */
const OFFICE_SPAN = 8;

/** Every "when he was <office>" in one block, as an introduction of the person it is about, with the role "Former <office>". */
export function pastOffices(tokens: TokenList, countryAt: CountryAt): Introduction[] {
  const found: Introduction[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens.capital(i) || tokens.at(i).key !== 'when') continue;
    let name: { start: number; end: number } | null;
    let was: number;
    if (PRONOUNS.has(tokens.at(i + 1).key)) {
      name = nameBefore(tokens, i, countryAt);
      was = i + 2;
    } else {
      name = nameRun(tokens, i + 1, countryAt);
      was = name ? name.end : -1;
    }
    if (!name || tokens.get(was)?.key !== 'was' || !SPACE_GAP.test(tokens.at(was).gapBefore)) continue;
    const office = officeAt(tokens, was + 1, countryAt);
    if (!office) continue;
    found.push({ nameStart: name.start, nameEnd: name.end, name: spell(tokens, name.start, name.end), role: `Former ${office.role}`, country: office.country });
  }
  return found;
}

/** Two or three name words starting at `start`, not part of a longer capitalised run. */
function nameRun(tokens: TokenList, start: number, countryAt: CountryAt): { start: number; end: number } | null {
  let end = start;
  while (end < tokens.length && end - start < 4 && isNameWord(tokens.at(end)) && !countryAt(end) && (end === start || SPACE_GAP.test(tokens.at(end).gapBefore))) end++;
  if (end - start < 2 || end - start > 3) return null;
  return capitalisedBefore(tokens, start) ? null : { start, end };
}

/** Is the word before `start` a capitalised word that would run on into the name ("New Labour ...")? */
function capitalisedBefore(tokens: TokenList, start: number): boolean {
  const before = tokens.get(start - 1);
  return before !== undefined && SPACE_GAP.test(tokens.at(start).gapBefore) && before.capital && !before.allCaps && !NOT_NAMES.has(before.key);
}

/**
 * The full name "he" stands for: the nearest run of name words before word `at` in its
 * sentence. When that run is a single word ("Mr Howard", "Blair") nobody is named in full
 * there, and an earlier name is not what "he" is about.
 */
function nameBefore(tokens: TokenList, at: number, countryAt: CountryAt): { start: number; end: number } | null {
  const first = sentenceStart(tokens, at);
  for (let j = at - 1; j >= first; j--) {
    const t = tokens.at(j);
    if (!t.capital || !isNameWord(t) || countryAt(j)) continue;
    let start = j;
    while (start > first && start > j - 3 && SPACE_GAP.test(tokens.at(start).gapBefore) && isNameWord(tokens.at(start - 1)) && !countryAt(start - 1)) start--;
    if (j + 1 - start < 2 || capitalisedBefore(tokens, start)) return null;
    return { start, end: j + 1 };
  }
  return null;
}

/** The office right after "was" ("the home secretary", "Foreign Secretary"), with its country when it names one. */
function officeAt(tokens: TokenList, from: number, countryAt: CountryAt): { role: string; country: string | null } | null {
  let j = from;
  if (tokens.get(j)?.key === 'the') j++;
  const start = j;
  let end = start;
  let hasHead = false;
  let country: string | null = null;
  for (; j < tokens.length && j - start < OFFICE_SPAN; j++) {
    const t = tokens.at(j);
    if (j > from && !SPACE_GAP.test(t.gapBefore)) break;
    if (NON_OFFICIAL.has(t.key)) return null;
    if (isHead(tokens, j)) hasHead = true;
    else if (!OFFICE_WORDS.has(t.key) && !TITLE_CONNECTORS.has(t.key)) {
      // "foreign minister of Serbia": the country closes the office.
      const c = tokens.get(j - 1)?.key === 'of' && hasHead ? countryAt(j) : null;
      if (c) country = c.code;
      break;
    }
    if (!TITLE_CONNECTORS.has(t.key)) end = j + 1;
  }
  if (!hasHead || end === start) return null;
  return { role: spell(tokens, start, end), country };
}
