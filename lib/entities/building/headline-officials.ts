/**
 * Office-holders of 2025–26 mined from dated news headlines (`headlines-2025-2026` in
 * ../shared/data/corpora), to freshen the curated base that the Wikidata exports (2022–23)
 * leave behind: Trump, Starmer, Carney, Takaichi. Index time only; the CLI command
 * `curate-officials` writes the result next to the Wikidata-derived file. Facts only (name,
 * role, country, as-of date, how many headlines support it): no headline text.
 *
 * Precision over recall: a person is kept only when several distinct headlines introduce
 * them with a title ("Prime Minister Keir Starmer", "US President Donald Trump", "Armenian
 * PM Nikol Pashinyan", "Irakli Kobakhidze, Georgia's prime minister") and the name has
 * a real name shape (see name-shape.ts), judged by the headline's own case (Title Case or
 * not). Former holders ("former President Bill Clinton", "ex-PM") are not this period's
 * office-holders and are left out. Headlines name leaders by surname far more than in full:
 * headline-surnames.ts reads a title before the surname alone ("Chancellor Merz",
 * "Secretary of State Rubio", "President von der Leyen") and a country's possessive
 * ("Italy's Meloni") for the one person of that surname the headlines name in full.
 *
 * Offices of international organisations ("President von der Leyen" of the European
 * Commission, "NATO Secretary General") have no country: the role is kept as the headlines
 * give it, with country null, and the card shows it without a country or flag.
 */
import { nameKeys } from './person-names.ts';
import { eng } from 'stopword';
import { isNameShape, isTitleCase } from './name-shape.ts';
import { OFFICE_HEADS, OFFICE_WORDS } from '../recognition/vocabulary.ts';
import { sameOfficial } from './name-variants.ts';
import { countryLeadersIn, fullNamesFor, fullTitleFor, possessiveSightingsIn, surnameSkeleton, titledSurnamesIn, type Candidate, type Sighting } from './headline-surnames.ts';
import { createRecogniser, introductionsIn, type Recogniser } from '../recognition/recogniser.ts';
import type { CountryEntry, CuratedOfficials } from '../types.ts';

export interface DatedHeadline {
  title: string;
  /** ISO date or date-time; the first 10 characters are the day. */
  date: string | null;
}

export interface MinedRole {
  role: string;
  country: string | null;
  /** The newest headline date that names the person with this office. */
  asOf: string;
  /** Distinct headlines that support the role. */
  headlines: number;
}

export interface MinedOfficial {
  name: string;
  /** Distinct headlines that introduce the person with any office. */
  headlines: number;
  roles: MinedRole[];
}

export interface MiningOptions {
  /** Distinct headlines a person needs (default 3). */
  minHeadlines?: number;
  /** Distinct headlines a role needs (default 2). */
  minRoleHeadlines?: number;
}

/** Headline abbreviations of offices, written out so the introduction finder reads them. */
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bPM\b/g, 'Prime Minister'],
  [/\bFM\b/g, 'Foreign Minister'],
  [/\bPres\.\s/g, 'President '],
  [/\bGov\.\s/g, 'Governor '],
  [/\bSen\.\s/g, 'Senator '],
  [/\bSec\.\s/g, 'Secretary '],
  [/\b(?:Ex|ex)-/g, 'former '],
];

/** Words as written in sentence case or Title Case: "minister" → "[Mm]inister". */
function eitherCase(words: string): string {
  return words
    .split(' ')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
}

/** "Jeyhun Bayramov, the foreign minister": a name, a comma, then the office (names stay capitalised: no `i` flag). */
const APPOSITIVE = new RegExp(
  `(\\p{Lu}[\\p{L}\\p{M}'’-]+(?: \\p{Lu}[\\p{L}\\p{M}'’.-]*){1,3}), (?:[Tt]he |(\\p{Lu}[\\p{L}\\p{M} -]+?)['’]s )` +
    `((?:(?:${eitherCase('deputy prime foreign defence defense finance interior home vice chief first economy justice health energy trade')}) )*` +
    `(?:${eitherCase('minister president premier chancellor secretary spokesperson spokesman spokeswoman')}))(?![\\p{L}\\p{M}])`,
  'gu',
);
/** Anywhere in the title: "Imprisoned Brazilian Former President" is a former holder too. */
const FORMER = /\b(?:former|ex|late|outgoing|then)\b/i;
const MAX_ROLE_WORDS = 4;

function titleCaseRole(role: string): string {
  return role.replace(/(^|[\s-])(\p{Ll})/gu, (_, gap: string, ch: string) => gap + ch.toUpperCase()).replace(/\b(Of|The|For|To|And|On|In)\b/g, (w) => w.toLowerCase());
}

/**
 * A headline's first word read into a title ("How Hungarian Prime Minister Viktor Orbán's
 * hometown…"): English stop words (the `stopword` package's list) before the office are no
 * part of it, and the country before it is the role's country, not its name.
 */
const STOP_WORDS = new Set(eng);

function withoutLeadingWords(recogniser: Recogniser, role: string): string {
  const words = role.split(' ');
  let i = 0;
  while (i < words.length - 1 && STOP_WORDS.has(words[i]!.toLowerCase()) && !OFFICE_HEADS.has(words[i]!.toLowerCase()) && !OFFICE_WORDS.has(words[i]!.toLowerCase())) i++;
  const rest = words.slice(i).join(' ');
  // Then the country, which titleCountry reads from before the office.
  const country = recogniser.recogniseText(rest).find((m) => m.kind === 'country' && m.start === 0);
  return country ? rest.slice(country.end).trim() || rest : rest;
}

function expand(title: string): string {
  let text = title;
  for (const [pattern, replacement] of ABBREVIATIONS) text = text.replace(pattern, replacement);
  return text;
}

/** Religious and courtesy titles some headlines put inside the name ("Ayatollah Ali Khamenei"). */
const NAME_TITLES = /^(?:Ayatollah|Grand Ayatollah|Dr\.?|Sir|Dame) /u;

/**
 * The office's country only when the title itself names it, right before the office
 * ("Georgian Prime Minister", "UK's Prime Minister", "Prime Minister of Georgia"), not a
 * country elsewhere in the headline ("Iran war: Senator Lindsey Graham").
 */
function titleCountry(recogniser: Recogniser, before: string, role: string): string | null {
  const last = recogniser.recogniseText(before).filter((m) => m.kind === 'country').at(-1);
  if (!last) return null;
  const gap = before.slice(last.end).replace(/^['’]s\b/u, '').trim().toLowerCase();
  const lowerRole = role.toLowerCase();
  if (gap === lowerRole) return last.id.slice('country:'.length);
  if (gap === '' && /\bof(?: the)?$/u.test(before.slice(0, last.start).trimEnd().toLowerCase())) return last.id.slice('country:'.length);
  return null;
}

function sightingsIn(recogniser: Recogniser, headline: DatedHeadline): Sighting[] {
  const text = expand(headline.title);
  const date = (headline.date ?? '').slice(0, 10);
  if (!/^\d{4}-\d\d-\d\d$/.test(date)) return [];
  const found: Sighting[] = [];
  for (const intro of introductionsIn(recogniser, text)) {
    const at = text.indexOf(intro.name);
    if (at < 0) continue;
    // Tokens end at hyphens: "Lori Chavez-DeRemer" is read as "Lori Chavez".
    const rest = /^-\p{Lu}[\p{L}\p{M}]+/u.exec(text.slice(at + intro.name.length))?.[0] ?? '';
    const role = withoutLeadingWords(recogniser, intro.role);
    const country = titleCountry(recogniser, text.slice(0, at).trimEnd(), role);
    found.push({ name: (intro.name + rest).replace(NAME_TITLES, ''), role: country ? role : intro.role, country, date, headline: text });
  }
  for (const m of text.matchAll(APPOSITIVE)) {
    const country = m[2] ? (recogniser.recogniseText(m[2]).find((x) => x.kind === 'country')?.id.slice('country:'.length) ?? null) : null;
    if (m[2] && !country) continue;
    found.push({ name: m[1]!.replace(NAME_TITLES, ''), role: m[3]!, country, date, headline: text });
  }
  // A longer "title" is a Title Case headline read as one ("Floods in Mexico Test President").
  return found.filter((s) => !FORMER.test(s.role) && s.role.split(' ').length <= MAX_ROLE_WORDS && isNameShape(s.name.split(' '), isTitleCase(text)));
}

/**
 * "Chancellor Merz": the surname's one candidate, when the headlines give that person this
 * title with the full name too ("Secretary Rubio" for "Secretary of State Marco Rubio").
 */
function surnameSightingsIn(recogniser: Recogniser, headline: DatedHeadline, candidateFor: (surname: string) => Candidate | undefined): Array<[Candidate, Sighting]> {
  const text = expand(headline.title);
  const date = (headline.date ?? '').slice(0, 10);
  const found: Array<[Candidate, Sighting]> = [];
  for (const { index, role, surname } of titledSurnamesIn(text)) {
    const candidate = candidateFor(surname);
    const title = candidate && fullTitleFor(candidate, role);
    if (!candidate || !title) continue;
    const country = titleCountry(recogniser, text.slice(0, index + role.length), role);
    found.push([candidate, { name: mostSeen(candidate.spellings), role: title, country, date, headline: text }]);
  }
  return found;
}

function mostSeen(spellings: Map<string, number>): string {
  let best = '';
  let count = -1;
  for (const [spelling, n] of spellings) if (n > count || (n === count && /[^\x00-\x7f]/.test(spelling))) [best, count] = [spelling, n];
  return best;
}

/** Roles of one person: one per office and country, a role without country folded into the same office with one. */
function rolesOf(sightings: readonly Sighting[], minRoleHeadlines: number): MinedRole[] {
  const byRole = new Map<string, { role: string; country: string | null; dates: string[]; headlines: Set<string> }>();
  const countryOf = new Map<string, string>();
  for (const s of sightings) if (s.country) countryOf.set(s.role.toLowerCase(), s.country);
  for (const s of sightings) {
    const role = titleCaseRole(s.role);
    const country = s.country ?? countryOf.get(s.role.toLowerCase()) ?? null;
    const key = `${role.toLowerCase()}|${country}`;
    let entry = byRole.get(key);
    if (!entry) byRole.set(key, (entry = { role, country, dates: [], headlines: new Set() }));
    entry.dates.push(s.date);
    entry.headlines.add(s.headline.toLowerCase());
  }
  return [...byRole.values()]
    .filter((r) => r.headlines.size >= minRoleHeadlines)
    .map((r) => ({ role: r.role, country: r.country, asOf: r.dates.sort().at(-1)!, headlines: r.headlines.size }))
    .sort((a, b) => b.headlines - a.headlines || (a.asOf < b.asOf ? 1 : -1));
}

export function mineOfficials(headlines: readonly DatedHeadline[], countries: readonly CountryEntry[], options: MiningOptions = {}): MinedOfficial[] {
  const minHeadlines = options.minHeadlines ?? 3;
  const minRoleHeadlines = options.minRoleHeadlines ?? 2;
  const recogniser = createRecogniser({ format: 1, countries: [...countries], officials: [] });
  const candidates: Candidate[] = [];
  // Candidates by their surname's skeleton: sameOfficial needs equal ones.
  const bySurname = new Map<string, Candidate[]>();
  for (const headline of headlines) {
    for (const s of sightingsIn(recogniser, headline)) {
      const keys = nameKeys(s.name);
      const surname = surnameSkeleton(s.name);
      const sameSurname = bySurname.get(surname) ?? [];
      let candidate = sameSurname.find((c) => sameOfficial(c.keys, keys));
      if (!candidate) {
        candidates.push((candidate = { keys, spellings: new Map(), sightings: [], titles: new Set() }));
        bySurname.set(surname, [...sameSurname, candidate]);
      }
      candidate.spellings.set(s.name, (candidate.spellings.get(s.name) ?? 0) + 1);
      candidate.sightings.push(s);
      candidate.titles.add(s.role.toLowerCase());
    }
  }
  // Surnames the headlines put after a title in several headlines but never introduce in
  // full with one: the person is the one they name in full without it ("Giorgia Meloni" for
  // "Prime Minister Meloni"). One such headline is not enough: "Gov. Reeves" (Mississippi's
  // Tate Reeves) would make Rachel Reeves a governor; one and a headline calling the
  // surname a country's leader is ("Chancellor Merz", "German leader Merz").
  const titledOnly = new Map<string, { titles: Set<string>; headlines: Set<string> }>();
  for (const headline of headlines) {
    const text = expand(headline.title);
    for (const t of titledSurnamesIn(text)) {
      const skeleton = surnameSkeleton(t.surname);
      if (bySurname.has(skeleton)) continue;
      const seen = titledOnly.get(skeleton) ?? { titles: new Set<string>(), headlines: new Set<string>() };
      seen.titles.add(t.role.toLowerCase());
      seen.headlines.add(text.toLowerCase());
      titledOnly.set(skeleton, seen);
    }
  }
  // "German leader Merz" adds to the evidence for a surname given an office elsewhere.
  for (const headline of headlines) {
    const text = expand(headline.title);
    for (const surname of countryLeadersIn(recogniser, text)) titledOnly.get(surnameSkeleton(surname))?.headlines.add(text.toLowerCase());
  }
  for (const [skeleton, seen] of titledOnly) if (seen.headlines.size < minRoleHeadlines) titledOnly.delete(skeleton);
  const texts = headlines.map((h) => expand(h.title));
  for (const [skeleton, spellings] of fullNamesFor(texts, new Set(titledOnly.keys()), recogniser, minRoleHeadlines)) {
    const candidate: Candidate = { keys: nameKeys(mostSeen(spellings)), spellings, sightings: [], titles: titledOnly.get(skeleton)!.titles };
    candidates.push(candidate);
    bySurname.set(skeleton, [candidate]);
  }
  // A surname two people of the headlines bear stands for neither.
  const candidateFor = (surname: string): Candidate | undefined => {
    const same = bySurname.get(surnameSkeleton(surname));
    return same?.length === 1 ? same[0] : undefined;
  };
  for (const headline of headlines) for (const [candidate, s] of surnameSightingsIn(recogniser, headline, candidateFor)) candidate.sightings.push(s);
  for (const headline of headlines) {
    const date = (headline.date ?? '').slice(0, 10);
    if (!/^\d{4}-\d\d-\d\d$/.test(date)) continue;
    for (const [candidate, s] of possessiveSightingsIn(recogniser, expand(headline.title), date, candidateFor)) candidate.sightings.push(s);
  }
  const mined: MinedOfficial[] = [];
  for (const c of candidates) {
    const distinct = new Set(c.sightings.map((s) => s.headline.toLowerCase())).size;
    if (distinct < minHeadlines) continue;
    const roles = rolesOf(c.sightings, minRoleHeadlines);
    if (roles.length) mined.push({ name: mostSeen(c.spellings), headlines: distinct, roles });
  }
  return mined.sort((a, b) => b.headlines - a.headlines || a.name.localeCompare(b.name));
}

/** The mined officials as a curated base (assets/entities/officials-2025-2026.json). */
export function minedAsCurated(mined: readonly MinedOfficial[]): CuratedOfficials {
  return {
    source:
      'Mined from dated English news headlines of July 2025 to August 2026 (headlines-2025-2026, from hourly snapshots in github wklnd/news-archive): a title before a name in several distinct headlines. Facts only; "headlines" counts the headlines that support each role. Generated by `dossier curate-officials`.',
    officials: mined.map((m) => ({
      name: m.name,
      roles: m.roles.map((r) => ({ role: r.role, country: r.country, asOf: r.asOf, source: 'headlines' as const, headlines: r.headlines })),
    })),
  };
}
