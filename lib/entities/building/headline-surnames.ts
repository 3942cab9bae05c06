/**
 * Headlines name leaders by surname far more often than in full: "Chancellor Merz", "Polish
 * PM Tusk", "President von der Leyen", "Italy's Meloni", "Germany's Merz". These rules read
 * such mentions for the office-holder mining of headline-officials.ts: which full name a
 * titled surname belongs to, and the country a possessive gives a person already introduced
 * with an office. Index time only.
 */
import { nameKeys } from './person-names.ts';
import { isCommonWord, isNameShape, isTitleCase } from './name-shape.ts';
import { sameOfficial, spellingSkeleton } from './name-variants.ts';
import { HONORIFICS, OFFICE_HEADS, OFFICE_WORDS } from '../recognition/vocabulary.ts';
import type { Recogniser } from '../recognition/recogniser.ts';

export interface Sighting {
  name: string;
  role: string;
  country: string | null;
  date: string;
  headline: string;
}

export interface Candidate {
  keys: string[];
  spellings: Map<string, number>;
  sightings: Sighting[];
  /** The titles (lower case) the headlines give the full name, or the surname when the headlines give the full name with none. */
  titles: Set<string>;
}

/** Lower-case words inside surnames ("von der Leyen", "da Silva"). */
const PARTICLE = '(?:von|van|der|den|de|da|dos|di|del|la|le|al|bin|ibn)';
const SURNAME = `((?:${PARTICLE} )*\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{L})`;

/** Offices headlines put before a bare surname, capitalised as titles are. */
const TITLE_BEFORE_SURNAME = new RegExp(
  `(?<![\\p{L}\\p{M}])((?:Vice )?President|Prime Minister|Chancellor|Secretary of State|Foreign Minister|(?:Defen[cs]e|Treasury|Home|Foreign|Health) Secretary|Secretary|Premier|Supreme Leader|Senator|Governor|Speaker|Attorney General|Mayor) ${SURNAME}(?![\\p{L}\\p{M}])`,
  'gu',
);

/** A capitalised word, then particles, then a capitalised word: the shape of "Friedrich Merz", "Ursula von der Leyen"; a lookahead, so that every word is tried as a start. */
const FULL_NAME = new RegExp(`(?<![\\p{L}\\p{M}'’.-])(?=(\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{L}) ${SURNAME}(?![\\p{L}\\p{M}]))`, 'gu');

/** A country's possessive before one or two capitalised words: "Germany's Merz", "Italy’s Giorgia Meloni". */
const POSSESSIVE = new RegExp(`['’]s ${SURNAME}(?: ${SURNAME})?(?![\\p{L}\\p{M}])`, 'gu');

/** "German leader Merz", "Germany's Leader Merz": a country's leader, named by surname. */
const LEADER_BEFORE_SURNAME = new RegExp(`(?:['’]s)? [Ll]eader ${SURNAME}(?![\\p{L}\\p{M}])`, 'gu');

/**
 * Surnames a headline calls a country's leader: no office to learn (a leader may be a
 * president or a prime minister), but more evidence that the headlines mean one person by
 * the surname when they put an office before it elsewhere.
 */
export function countryLeadersIn(recogniser: Recogniser, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(LEADER_BEFORE_SURNAME)) {
    const before = text.slice(0, m.index);
    const country = recogniser.recogniseText(before).filter((x) => x.kind === 'country').at(-1);
    if (country && country.end === before.length) found.push(withoutPossessive(m[1]!));
  }
  return found;
}

/** The skeleton of a name's last word, the key candidates are filed under (see `sameOfficial`). */
export function surnameSkeleton(name: string): string {
  return spellingSkeleton(nameKeys(name).at(-1) ?? '');
}

/** "'s" written after a name is no part of it. */
function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}

export interface TitledSurname {
  /** Where the title starts in the text. */
  index: number;
  role: string;
  surname: string;
}

/**
 * "Chancellor Merz", "Prime Minister Tusk": a title, then one surname. Not a given name:
 * "Treasury Secretary Scott Bessent" is no mention of a Scott (a capitalised word after it
 * that is no common word is the surname); not a former holder.
 */
export function titledSurnamesIn(text: string): TitledSurname[] {
  const found: TitledSurname[] = [];
  for (const m of text.matchAll(TITLE_BEFORE_SURNAME)) {
    // "Former French President Sarkozy": a country's name or demonym may stand between.
    if (/\b(?:former|ex|late|outgoing)(?: \p{Lu}[\p{L}\p{M}]*)?$/iu.test(text.slice(0, m.index).trimEnd())) continue;
    const next = /^ (\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(text.slice(m.index + m[0].length))?.[1];
    if (next && !isCommonWord(next)) continue;
    found.push({ index: m.index, role: m[1]!, surname: withoutPossessive(m[2]!) });
  }
  return found;
}

/** The words of a name that may not be a given name: offices, honorifics. */
function isTitleWord(word: string): boolean {
  const key = nameKeys(word)[0] ?? '';
  return OFFICE_HEADS.has(key) || OFFICE_WORDS.has(key) || HONORIFICS.has(key);
}

/**
 * Full names, without a title, whose surname the headlines put after a title ("Friedrich
 * Merz" for "Chancellor Merz"): per surname skeleton, the spellings of the one person the
 * headlines name in full in at least `minHeadlines` distinct headlines. A surname two people
 * bear that often is left out: the title cannot say which of them it means.
 */
export function fullNamesFor(
  headlines: readonly string[],
  surnames: ReadonlySet<string>,
  recogniser: Recogniser,
  minHeadlines: number,
): Map<string, Map<string, number>> {
  const people = new Map<string, Array<{ keys: string[]; spellings: Map<string, number>; headlines: Set<string> }>>();
  for (const text of headlines) {
    for (const m of text.matchAll(FULL_NAME)) {
      const surname = withoutPossessive(m[2]!);
      const skeleton = surnameSkeleton(surname);
      if (!surnames.has(skeleton)) continue;
      const given = m[1]!;
      const name = `${given} ${surname}`;
      // "Chancellor Merz", "Says Merz", "Polish Tusk" (a country or its demonym): no given name.
      if (isTitleWord(given) || isCommonWord(given) || recogniser.recogniseText(given).length) continue;
      const keys = nameKeys(name);
      const same = people.get(skeleton) ?? [];
      let person = same.find((p) => sameOfficial(p.keys, keys));
      if (!person) people.set(skeleton, [...same, (person = { keys, spellings: new Map(), headlines: new Set() })]);
      // A name of another shape ("JD Vance") still counts as a person, to keep Usha Vance from standing for the surname.
      if (isNameShape(name.split(' '), isTitleCase(text))) person.spellings.set(name, (person.spellings.get(name) ?? 0) + 1);
      person.headlines.add(text.toLowerCase());
    }
  }
  const found = new Map<string, Map<string, number>>();
  for (const [skeleton, same] of people) {
    const seen = same.filter((p) => p.headlines.size >= minHeadlines);
    if (seen.length === 1 && seen[0]!.spellings.size) found.set(skeleton, seen[0]!.spellings);
  }
  return found;
}

/**
 * "Germany's Merz", "Italy’s Giorgia Meloni": a country's possessive before a person the
 * headlines introduce with an office elsewhere gives that office the country. The office is
 * the one the person is most often given without a country or with this one; a person with
 * no such office is not read.
 */
export function possessiveSightingsIn(
  recogniser: Recogniser,
  text: string,
  date: string,
  candidateFor: (surname: string) => Candidate | undefined,
): Array<[Candidate, Sighting]> {
  const found: Array<[Candidate, Sighting]> = [];
  for (const m of text.matchAll(POSSESSIVE)) {
    // "Germany's Merz Says": the second word may be the headline's next one.
    const names = m[2] ? [`${m[1]!} ${withoutPossessive(m[2])}`, m[1]!] : [withoutPossessive(m[1]!)];
    const name = names.find((n) => {
      const c = candidateFor(n);
      return c && (nameKeys(n).length === 1 || sameOfficial(c.keys, nameKeys(n)));
    });
    const candidate = name && candidateFor(name);
    if (!name || !candidate) continue;
    const before = text.slice(0, m.index);
    const country = recogniser.recogniseText(before).filter((x) => x.kind === 'country').at(-1);
    if (!country || country.end !== before.length) continue;
    const code = country.id.slice('country:'.length);
    const role = mostGiven(candidate.sightings.filter((s) => s.country === null || s.country === code));
    if (role) found.push([candidate, { name, role, country: code, date, headline: text }]);
  }
  return found;
}

function mostGiven(sightings: readonly Sighting[]): string | null {
  const counts = new Map<string, number>();
  for (const s of sightings) counts.set(s.role.toLowerCase(), (counts.get(s.role.toLowerCase()) ?? 0) + 1);
  let best: string | null = null;
  for (const [role, n] of counts) if (best === null || n > counts.get(best)!) best = role;
  return best && (sightings.find((s) => s.role.toLowerCase() === best)?.role ?? null);
}

/**
 * The title a candidate is given in full that a title before the surname stands for: the
 * same, or one it begins ("Secretary" for "Secretary of State"; "President" is no "Vice President").
 */
export function fullTitleFor(candidate: Candidate, role: string): string | undefined {
  const lower = role.toLowerCase();
  if (candidate.titles.has(lower)) return lower;
  return [...candidate.titles].find((t) => t.startsWith(`${lower} `));
}
