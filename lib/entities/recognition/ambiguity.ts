/**
 * The ambiguity policy: when a word that names a country means something else.
 *
 * - **Case.** Country names and demonyms count only when capitalised ("china" the
 *   porcelain, "turkey" the bird in running text, "chad" are never countries). Search
 *   queries are exempt: people type in lower case.
 * - **"US" versus "us".** Acronyms (US, USA, UK, UAE, DRC, DPRK) count only in capitals, and
 *   not inside a shouted all-caps run ("TELL US MORE"), where "US" is the pronoun.
 * - **Georgia** is the country unless the context says US state: a neighbouring word such
 *   as Atlanta, Savannah, county, governor, state, Republican, or more US than Caucasus
 *   signal words on the page so far (Tbilisi, Caucasus, Abkhazia… versus Atlanta, Senate…).
 *   With no signal, the country: Dossier's archive is about foreign affairs.
 * - **Jordan, Chad, Israel, Georgia, India, Afghan as first names.** Not a country when a
 *   capitalised surname follows ("Jordan Henderson", "Afghan Sadigov") or a capitalised
 *   given name precedes mid-sentence ("Michael Jordan"), unless that word is an office,
 *   an institution or a geographic word ("Jordan Valley", "Lake Chad", "King Abdullah").
 * - **Turkey** capitalised is the bird next to food words (Turkey sandwich, roast Turkey)
 *   or Thanksgiving.
 * - **Guinea** is not the country in "Guinea pig", "Guinea fowl", "New Guinea" (the
 *   island; "Papua New Guinea" is its own name and wins as the longer match) or "Gulf of
 *   Guinea". **Niger** is not the country in "Niger Delta" and "River Niger" (Nigeria's).
 *   "Nigeria" and "Nigerian" are other words entirely: matching is by whole word.
 * - **China** capitalised is still the porcelain before plate, cup, set, cabinet, doll.
 * - **America/American** is not the US after Latin, South, North, Central, Native.
 *   **Indian** is not India before Ocean or after American, Native, West.
 * - **Jersey** is not the island after "New".
 * - **Micronesia** alone is the region; the country is "Federated States of Micronesia"
 *   or "Micronesia (Federated States of)".
 * - **"X of <country>" geography**: not the country in "Gulf of Oman", "Sea of Japan", "Bay
 *   of Bengal", "Strait of Hormuz"-like names of waters ("gulf", "sea", "bay", "strait" before "of").
 * - **Northern Cyprus, Northern Ireland, N. Ireland** are not Cyprus and Ireland: each is a
 *   territory of its own (the TRNC; a part of the UK).
 * - **Two demonyms in a row** ("Greek Cypriot", "Turkish Cypriot", "Bosnian Serb"): the first
 *   says which community of the second; only the second is a country's people.
 * - **Languages.** A demonym is the language after "speak", "learn", "translated from/into"
 *   and before "language", "tab", "version", "subtitles", "speakers" ("speak French", the
 *   "Chinese" tab): not the country. Hand-written, like the food and porcelain words: grammar.
 * - Never inside a word: matching is by whole words, so not "Oman" in "woman", and
 *   "Iranian" is the demonym, not "Iran" plus letters.
 */
import type { Token, TokenList } from './tokens.ts';
import type { PageSignals } from './signals.ts';
import { NOT_NAMES, OFFICE_HEADS, OFFICE_WORDS } from './vocabulary.ts';

const NEAR_US_STATE = new Set('atlanta savannah augusta macon county governor state statehouse peach bulldogs ga tech'.split(' '));

const FIRST_NAME_COUNTRIES = new Set(['jordan', 'chad', 'israel', 'georgia', 'india', 'afghan']);
/** Words that follow or precede a country name without making it a person's name. */
const INSTITUTION_OR_PLACE = new Set(
  (
    'valley river basin lake mount gulf sea bay west east north south central upper lower greater ' +
    'republic kingdom state government army police forces armed defense defence embassy airways ' +
    'times today daily national central bank football team taliban hashemite king queen emir ' +
    'prime president minister foreign authorities officials troops border'
  ).split(' '),
);
const FOOD = new Set('sandwich sandwiches dinner breast meat burger burgers roast leg legs bacon farm farms farmer farmers stuffing gravy slices drumstick feathers hunting season'.split(' '));
const PORCELAIN = new Set('plate plates cup cups set sets cabinet doll dolls dishes tea teacup'.split(' '));
/** "Gulf of Oman", "Sea of Japan": waters named after a country. */
const WATERS = new Set(['gulf', 'sea', 'bay', 'strait', 'straits']);
/** Words before and after a demonym that make it a language. */
const LANGUAGE_BEFORE = new Set('speak speaks spoke spoken speaking learn learns learning learned learnt teach teaches taught translated translate translation fluent dubbed subtitled'.split(' '));
const LANGUAGE_AFTER = new Set('language languages tab tabs version versions subtitles subtitle speakers speaker speaking translation translations lessons classes course courses dictionary teacher teachers dub dubbing grammar'.split(' '));
const CONTINENT_QUALIFIERS = new Set(['latin', 'south', 'north', 'central', 'native', 'meso', 'anglo', 'pan']);
const SENTENCE_GAP = /[.!?:;\n"“”]/;

export interface CountryCandidate {
  code: string;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** The name form is an all-caps acronym (US, UK). */
  acronym: boolean;
  /** Case is no evidence (a search query): see RecognitionMode.anyCase. */
  anyCase: boolean;
  /** The form is a demonym ("French"), which may be a language. */
  demonym: boolean;
  /** Does another country's demonym follow right after ("Greek Cypriot")? Asked only of demonyms on a page. */
  demonymFollows: () => boolean;
}

function word(tokens: TokenList, i: number): string {
  return tokens.get(i)?.key ?? '';
}

/** Is the word at `i` tightly attached to its neighbour (a space, not punctuation)? */
function tight(t: Token | undefined): boolean {
  return t !== undefined && /^[ \u00a0]+$/.test(t.gapBefore);
}

export function isCountry(c: CountryCandidate, tokens: TokenList, page: PageSignals): boolean {
  const first = tokens.at(c.start);
  const prev = c.start > 0 ? tokens.get(c.start - 1) : undefined;
  const next = tokens.get(c.end);
  const nextKey = tight(next) ? word(tokens, c.end) : '';
  const prevKey = tight(first) ? word(tokens, c.start - 1) : '';

  if (c.acronym) {
    if (!tokens.slice(c.start, c.end).every((t) => t.allCaps)) return false;
    const shouting = (t: Token | undefined): boolean => t !== undefined && t.allCaps && t.raw.length > 1;
    const neighbours = [prev, next].filter((t): t is Token => t !== undefined && t.raw.length > 1);
    if (neighbours.length > 0 && neighbours.every(shouting)) return false;
    return true;
  }
  if (!c.anyCase && !first.capital) return false;

  const key = c.end - c.start === 1 ? first.key : '';
  if (FIRST_NAME_COUNTRIES.has(key) && !c.anyCase) {
    if (next && tight(next) && next.capital && !INSTITUTION_OR_PLACE.has(next.key) && !OFFICE_HEADS.has(next.key) && !OFFICE_WORDS.has(next.key)) {
      return false;
    }
    if (prev && tight(first) && prev.capital && (c.start - 1 > 0 ? !SENTENCE_GAP.test(prev.gapBefore) : true) && !NOT_NAMES.has(prev.key) && !INSTITUTION_OR_PLACE.has(prev.key) && !OFFICE_HEADS.has(prev.key) && !OFFICE_WORDS.has(prev.key)) {
      return false;
    }
  }
  if (prevKey === 'of' && WATERS.has(word(tokens, c.start - 2))) return false;
  if (c.demonym && !c.anyCase) {
    if (c.demonymFollows()) return false;
    // "translated from French": the verb may stand one small word away.
    const before2 = ['from', 'into', 'in'].includes(prevKey) ? word(tokens, c.start - 2) : '';
    if (LANGUAGE_BEFORE.has(prevKey) || LANGUAGE_BEFORE.has(before2) || LANGUAGE_AFTER.has(nextKey)) return false;
  }
  switch (c.code) {
    case 'CY':
      return prevKey !== 'northern' && prevKey !== 'north';
    case 'IE':
      // "N. Ireland": the dot and space between them are no tight gap.
      return prevKey !== 'northern' && !(prev?.key === 'n' && prev.capital && /^\.\s+$/.test(first.gapBefore));
    case 'GE': {
      if (NEAR_US_STATE.has(nextKey) || NEAR_US_STATE.has(prevKey)) return false;
      if (next && /^,\s*$/.test(next.gapBefore) && ['us', 'u', 'usa'].includes(next.key)) return false;
      return page.usState <= page.caucasus;
    }
    case 'TR':
      if (key === 'turkey' && (FOOD.has(nextKey) || FOOD.has(prevKey) || tokens.hasKey('thanksgiving'))) return false;
      return true;
    case 'GN':
      if (['pig', 'pigs', 'fowl', 'fowls', 'worm', 'hen', 'hens', 'grass'].includes(nextKey)) return false;
      if (prevKey === 'new') return false;
      if (prevKey === 'of' && word(tokens, c.start - 2) === 'gulf') return false;
      return true;
    case 'NE':
      if (['delta', 'river', 'basin'].includes(nextKey) || prevKey === 'river') return false;
      return true;
    case 'CN':
      return !(key === 'china' && (PORCELAIN.has(nextKey) || ['fine', 'bone'].includes(prevKey)));
    case 'US':
      if ((key === 'america' || key === 'american' || key === 'americans') && CONTINENT_QUALIFIERS.has(prevKey)) return false;
      if (key === 'americas') return false;
      return true;
    case 'IN':
      if ((key === 'indian' || key === 'indians') && (nextKey === 'ocean' || ['american', 'native', 'west', 'east'].includes(prevKey))) return false;
      return true;
    case 'JE':
      return prevKey !== 'new';
    case 'FM':
      // UN tables list the region Micronesia beside "Micronesia (Federated States of)".
      return key !== 'micronesia' || (next?.gapBefore.includes('(') === true && next.key === 'federated') || (prevKey === 'of' && word(tokens, c.start - 2) === 'states');
    default:
      return true;
  }
}
