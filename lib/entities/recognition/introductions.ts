/**
 * Spots people introduced with an office: "Azerbaijani Foreign Minister Jeyhun Bayramov",
 * "State Secretary of the Ministry of Foreign Affairs, Goran Aleksic", "A spokesperson for
 * the Azerbaijani Foreign Ministry Leyla Abdullayeva". Used at index time on archive
 * articles (roles dated by the article) and on the page being read (people the archive
 * does not know yet).
 *
 * A name is two or three capitalised words right after a title. The title is read
 * leftwards from the name: office words, country names and demonyms, and the small words
 * titles contain ("of", "the", "to"); it must contain an office ("Minister", "Ambassador"…).
 * Journalists, editors and activists are not officials, whatever precedes their name.
 */
import { MARK_INTRO, MARK_START, type Token, type TokenList } from './tokens.ts';
import {
  HONORIFICS,
  NON_OFFICIAL,
  NOT_NAMES,
  OFFICE_HEADS,
  OFFICE_WORDS,
  TITLE_CONNECTORS,
  WEAK_HEAD_QUALIFIERS,
  WEAK_HEADS,
} from './vocabulary.ts';

/** A country mention at a token index (from the recogniser), or null. */
export type CountryAt = (index: number) => { code: string; end: number } | null;

export interface Introduction {
  /** Token range of the person's name. */
  nameStart: number;
  nameEnd: number;
  /** The name as written. */
  name: string;
  /** The office, without the country: `Foreign Minister`, `Ambassador to Montenegro`. */
  role: string;
  country: string | null;
}

const SPACE_GAP = /^[ \u00a0]+$/u;
/** How far left of a name its title may start, in words. */
const TITLE_SPAN = 14;
const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'la', 'le', 'di', 'del']);

export function isNameWord(t: Token): boolean {
  if (!t.capital || t.allCaps || t.raw.length < 2 || /\p{N}/u.test(t.raw)) return false;
  return !NOT_NAMES.has(t.key) && !OFFICE_HEADS.has(t.key) && !OFFICE_WORDS.has(t.key) && !HONORIFICS.has(t.key);
}

export function isHead(tokens: TokenList, i: number): boolean {
  const t = tokens.get(i);
  if (!t || !OFFICE_HEADS.has(t.key)) return false;
  if (!WEAK_HEADS.has(t.key)) return true;
  const prev = tokens.get(i - 1);
  return prev !== undefined && WEAK_HEAD_QUALIFIERS.has(prev.key);
}

/** Joins tokens [from, to) as written, with their original gaps. */
export function spell(tokens: TokenList, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += (i > from ? tokens.at(i).gapBefore : '') + tokens.at(i).raw;
  return out;
}

/** A middle initial at word `k`, with a name word after it: the "W" of "George W Bush" or "George W. Bush". */
function initialAt(tokens: TokenList, k: number): boolean {
  const t = tokens.at(k);
  const next = tokens.get(k + 1);
  return t.raw.length === 1 && t.capital && next !== undefined && /^\.?[ \u00a0]$/u.test(next.gapBefore) && isNameWord(next);
}

export function sentenceStart(tokens: TokenList, i: number): number {
  let j = i;
  while (j > 0 && !/[.!?;\n]/.test(tokens.at(j).gapBefore)) j--;
  return j;
}

/**
 * Every introduced official in one block of text. `titleCase` says whether the block is in
 * Title Case, where a capitalised word after a name says nothing ("Irakli Kobakhidze Holds
 * Talks"): the name is then its first two words.
 */
export function findIntroductions(tokens: TokenList, countryAt: CountryAt, titleCase: () => boolean = () => false): Introduction[] {
  const found: Introduction[] = [];
  for (let i = 1; i < tokens.length; i++) {
    // Flags and characters first: this runs at every word of the block.
    if (tokens.capital(i - 1) && tokens.commaBefore(i) && tokens.officeWithin(i, i + APPOSITIVE_SPAN)) {
      const intro = appositiveAt(tokens, i, countryAt);
      if (intro && !found.some((f) => f.nameEnd > intro.nameStart)) found.push(intro);
    }
    if (!tokens.capital(i)) continue;
    // The prefilter marked where a title may end (an office word or a name's start before).
    if (tokens.marked && !(tokens.marks(i) & MARK_INTRO) && !(tokens.capital(i - 1) && tokens.marks(i - 1) & MARK_START)) continue;
    // A title holds an office within TITLE_SPAN words of the name (see introductionAt).
    if (!tokens.officeWithin(i - TITLE_SPAN, i)) continue;
    // A title ends right before a name: an office word, or a country ("Ambassador to Montenegro").
    const prev = tokens.at(i - 1);
    if (!(OFFICE_HEADS.has(prev.key) || OFFICE_WORDS.has(prev.key) || (prev.capital && countryAt(i - 1)))) continue;
    const intro = introductionAt(tokens, i, countryAt, titleCase);
    if (intro) {
      found.push(intro);
      i = intro.nameEnd - 1;
    }
  }
  return found;
}

/** Is there a title ending just before token `i`, followed by a name starting at `i`? */
function introductionAt(tokens: TokenList, i: number, countryAt: CountryAt, titleCase: () => boolean): Introduction | null {
  const first = tokens.at(i);
  if (!isNameWord(first) || countryAt(i)) return null;
  // The name: the capitalised words from i, at most three, ending where the run ends; a
  // particle with its word ("al-Bashir", "von der Leyen") or a middle initial ("George W
  // Bush") may add to them.
  let end = i + 1;
  let particles = 0;
  while (end < tokens.length && end - i - particles < 4) {
    const t = tokens.at(end);
    if (!SPACE_GAP.test(t.gapBefore)) break;
    if (isNameWord(t) && !countryAt(end)) end++;
    else if (initialAt(tokens, end)) {
      // Counted with the particles: an initial is no name word of its own.
      end += 2;
      particles++;
    } else if (NAME_PARTICLES.has(t.key) && (tokens.get(end + 1)?.capital || (NAME_PARTICLES.has(tokens.get(end + 1)?.key ?? '') && tokens.get(end + 2)?.capital)) && /^[ \u00a0-]$/.test(tokens.at(end + 1).gapBefore)) {
      end++;
      particles++;
      // "al-Bashir": the particle's word follows a hyphen, not a space.
      if (tokens.at(end).gapBefore === '-' && isNameWord(tokens.at(end))) end++;
    } else break;
  }
  if (end - i - particles < 2) return null;
  const after = tokens.get(end);
  const runOn = end - i - particles > 3 || (after !== undefined && SPACE_GAP.test(after.gapBefore) && after.capital && !NOT_NAMES.has(after.key));
  if (runOn && (particles > 0 || !titleCase())) return null;
  // Title Case: the name is the first two of the capitalised words.
  if (particles === 0 && end - i > 2 && titleCase()) end = i + 2;
  // In Title Case any capitalised words after a title look like a name: one followed by an
  // article ends in a verb ("President Oaks Dedicates the Temple").
  if (ARTICLES.has(tokens.get(end)?.key ?? '') && titleCase()) return null;

  // The title, read leftwards from the name.
  const gap = first.gapBefore;
  if (!(SPACE_GAP.test(gap) || /^,[ \u00a0]$/.test(gap))) return null;
  let start = i;
  let hasHead = false;
  for (let j = i - 1; j >= 0 && i - j <= TITLE_SPAN; j--) {
    const t = tokens.at(j);
    if (j < i - 1 && !SPACE_GAP.test(tokens.at(j + 1).gapBefore)) break;
    const country = countryAt(j);
    if (isHead(tokens, j)) hasHead = true;
    else if (t.key === 'and') {
      // "First Deputy Prime Minister and Foreign Minister": "and" joins two offices only.
      const before = tokens.get(j - 1);
      if (!before || !(isHead(tokens, j - 1) || OFFICE_WORDS.has(before.key))) break;
    } else if (TITLE_CONNECTORS.has(t.key)) {
      /* a small word inside a title */
    } else if (OFFICE_WORDS.has(t.key) || country || (t.capital && hasHead && !titleCase() && !NOT_NAMES.has(t.key))) {
      /* part of the title ("European Commission President"; in Title Case a capital says nothing) */
    } else if (t.capital && !hasHead && j < i - 1 && !NOT_NAMES.has(t.key)) {
      /* a capitalised word of a ministry's name ("Ecology and Natural Resources") */
    } else break;
    if (NON_OFFICIAL.has(t.key)) return null;
    start = j;
  }
  if (!hasHead) return null;
  // Trim small words at the title's start ("the", "A", "of").
  while (start < i && (TITLE_CONNECTORS.has(tokens.at(start).key) || tokens.at(start).key === 'a')) start++;
  if (start >= i) return null;
  for (let j = start; j < i; j++) if (NON_OFFICIAL.has(tokens.at(j).key)) return null;

  // The office's country: a country word in the title, else the nearest one before it in the sentence.
  let country: string | null = null;
  let roleStart = start;
  let roleEnd = i;
  for (let j = start; j < i; j++) {
    const c = countryAt(j);
    if (!c) continue;
    country = c.code;
    if (j === roleStart) roleStart = c.end;
    else if (tokens.get(j - 1)?.key === 'of' && c.end === i) roleEnd = j - 1;
    break;
  }
  if (country === null) {
    for (let j = start - 1; j >= sentenceStart(tokens, start); j--) {
      const c = countryAt(j);
      if (c) {
        country = c.code;
        break;
      }
    }
  }
  while (roleStart < roleEnd && TITLE_CONNECTORS.has(tokens.at(roleStart).key)) roleStart++;
  let role = roleStart < roleEnd ? spell(tokens, roleStart, roleEnd).replace(/,$/, '') : '';
  if (!role) return null;
  role = role[0]!.toUpperCase() + role.slice(1);
  return { nameStart: i, nameEnd: end, name: spell(tokens, i, end), role, country };
}

/** How many words an office after a name may take ("the deputy foreign minister of Serbia"). */
const APPOSITIVE_SPAN = 8;
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * A name followed by its office between commas: "Jeyhun Bayramov, the foreign minister,
 * said", "Marko Djuric, Serbia's foreign minister, said". `at` is the first word after the
 * name's comma.
 */
function appositiveAt(tokens: TokenList, at: number, countryAt: CountryAt): Introduction | null {
  // The name: two or three name words ending at the comma, not continuing a longer run.
  let start = at;
  while (start > 0 && at - start < 3 && isNameWord(tokens.at(start - 1)) && !countryAt(start - 1) && (start === at || SPACE_GAP.test(tokens.at(start).gapBefore))) start--;
  if (at - start < 2) return null;
  const before = tokens.get(start - 1);
  if (before && SPACE_GAP.test(tokens.at(start).gapBefore) && before.capital && !NOT_NAMES.has(before.key)) return null;

  // The office: an article or a country ("Serbia's"), then office words, up to the next comma or stop.
  let j = at;
  let country: string | null = null;
  if (ARTICLES.has(tokens.at(j).key)) j++;
  const c = tokens.get(j) ? countryAt(j) : null;
  if (c) {
    country = c.code;
    j = c.end;
    if (tokens.get(j)?.key === 's' && /^['’]$/.test(tokens.at(j).gapBefore)) j++;
  }
  const roleStart = j;
  let hasHead = false;
  for (; j < tokens.length && j - at < APPOSITIVE_SPAN; j++) {
    const t = tokens.at(j);
    if (j > roleStart && !SPACE_GAP.test(t.gapBefore)) break;
    if (isHead(tokens, j)) hasHead = true;
    else if (NON_OFFICIAL.has(t.key)) return null;
    else if (!(OFFICE_WORDS.has(t.key) || TITLE_CONNECTORS.has(t.key) || (hasHead && countryAt(j)))) break;
  }
  const end = tokens.get(j);
  if (!hasHead || (end && !/^[,.;]/.test(end.gapBefore))) return null;
  let roleEnd = j;
  // "foreign minister of Serbia": the country closes the office.
  for (let k = roleStart + 1; k < j; k++) {
    const inner = countryAt(k);
    if (inner && tokens.at(k - 1).key === 'of') {
      country ??= inner.code;
      roleEnd = k - 1;
      break;
    }
  }
  let role = spell(tokens, roleStart, roleEnd);
  if (!role) return null;
  role = role[0]!.toUpperCase() + role.slice(1);
  return { nameStart: start, nameEnd: at, name: spell(tokens, start, at), role, country };
}
