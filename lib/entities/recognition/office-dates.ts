/**
 * Reading a title with the page's date: "President Aliyev" on a 2026 page is the Aliyev
 * who is president in 2026 (Ilham, not Heydar, whose offices ended in 2003), and a bare
 * "Clinton" on a 2016 page is not the president of the 1990s. Roles carry `since` and
 * `until` where the curated data has them and an as-of date otherwise.
 */
import type { OfficialRole } from '../types.ts';
import type { TokenList } from './tokens.ts';
import { HONORIFICS, OFFICE_HEADS, OFFICE_WORDS } from './vocabulary.ts';

/** A role with only an as-of date counts as held this many years either side of it. */
const AS_OF_YEARS = 6;
/** How far left of a surname its title may start, in words ("First Deputy Prime Minister"). */
const TITLE_WORDS = 5;
/** News abbreviations of offices ("PM Oli", "FM Araghchi"), as the words they stand for. */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  pm: ['prime', 'minister'],
  fm: ['foreign', 'minister'],
  premier: ['prime', 'minister'],
};
/** Words of a title that say the office was held before the page's date. */
const FORMER = new Set(['former', 'ex', 'late', 'then']);
/** Title words that tell offices apart: "Foreign Minister" is not any minister. */
const QUALIFIERS = new Set(['prime', 'foreign', 'deputy', 'vice', 'defence', 'defense', 'finance', 'interior', 'justice', 'health', 'economy', 'trade', 'home']);

export interface Title {
  /** The office's words as match keys, abbreviations spelt out (["prime", "minister"]); empty after a courtesy title alone. */
  office: string[];
  /** "former", "ex-": the office was held before the page's date. */
  former: boolean;
}

/** Is `key` an office's abbreviation ("PM") written in capitals? */
export function isOfficeAbbreviation(tokens: TokenList, i: number): boolean {
  const t = tokens.at(i);
  return t.key in ABBREVIATIONS && (t.allCaps || t.key === 'premier');
}

/** The title right before word `at` ("Prime Minister", "Mr", "ex-President"), or null. */
export function titleBefore(tokens: TokenList, at: number): Title | null {
  const office: string[] = [];
  let former = false;
  let honorific = false;
  for (let j = at - 1; j >= 0 && at - j <= TITLE_WORDS; j--) {
    const gap = tokens.at(j + 1).gapBefore;
    // "Mr. Howard", "ex-President": a dot or a hyphen may join the title's words.
    if (!/^[.-]?[ \u00a0]*$/.test(gap) || (gap === '' && j + 1 === at)) break;
    const t = tokens.at(j);
    if (j === at - 1 && HONORIFICS.has(t.key)) {
      honorific = true;
      break;
    }
    if (FORMER.has(t.key)) former = true;
    else if (isOfficeAbbreviation(tokens, j)) office.unshift(...ABBREVIATIONS[t.key]!);
    else if (OFFICE_HEADS.has(t.key) || OFFICE_WORDS.has(t.key)) office.unshift(t.key);
    else break;
  }
  if (!office.some((k) => OFFICE_HEADS.has(k))) return honorific ? { office: [], former } : null;
  return { office, former };
}

/** Does a role's name fit a title's office ("Minister of Foreign Affairs" fits "Foreign Minister")? */
export function roleFitsTitle(role: string, office: readonly string[]): boolean {
  const words = new Set(role.toLowerCase().split(/[^\p{L}]+/u));
  const heads = office.filter((k) => OFFICE_HEADS.has(k));
  if (!heads.some((h) => words.has(h))) return false;
  for (const q of QUALIFIERS) if (words.has(q) !== office.includes(q) && !(q === 'prime' && heads.includes('premier'))) return false;
  return true;
}

function yearsAfter(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/** Is `date` (YYYY-MM-DD) on or after `bound` (YYYY or YYYY-MM-DD)? */
function onOrAfter(date: string, bound: string): boolean {
  return date >= bound.slice(0, date.length).padEnd(date.length, '0');
}

/** Is `date` on or before `bound` (a year-only bound lasts to its end)? */
function onOrBefore(date: string, bound: string): boolean {
  return date.slice(0, bound.length) <= bound;
}

/** A role named "Former President" (learned from an archive) had ended by its as-of date. */
const ENDED_ROLE = /^(?:former|ex|late)\b/i;

/** Was the role held on `date`, as far as its dates say? */
export function heldOn(role: OfficialRole, date: string): boolean {
  if (ENDED_ROLE.test(role.role)) return false;
  if (role.since && !onOrAfter(date, role.since)) return false;
  if (role.until) return onOrBefore(date, role.until);
  if (!role.asOf) return true;
  if (!onOrBefore(date, yearsAfter(role.asOf, AS_OF_YEARS))) return false;
  return role.since !== undefined || onOrAfter(date, yearsAfter(role.asOf, -AS_OF_YEARS));
}

/** Had the role begun by `date` (for "former")? */
export function heldBy(role: OfficialRole, date: string): boolean {
  if (role.since) return onOrAfter(date, role.since);
  return !role.asOf || onOrAfter(date, yearsAfter(role.asOf, -AS_OF_YEARS));
}

/** Does someone with these roles fit the title on `date`? */
export function fitsTitle(roles: readonly OfficialRole[], title: Title, date: string): boolean {
  return roles.some((r) => roleFitsTitle(r.role, title.office) && (title.former ? heldBy(r, date) : heldOn(r, date)));
}

/** Does someone with these roles hold any office on `date`? */
export function inOfficeOn(roles: readonly OfficialRole[], date: string): boolean {
  return roles.some((r) => heldOn(r, date));
}

/**
 * Does a role say when it was held? One learned from an undated article (the BBC archive's
 * have no dates) has no as-of date, and `heldOn` counts it as held on any date: it may be.
 */
function dated(role: OfficialRole): boolean {
  return role.asOf !== null || role.since !== undefined || role.until !== undefined;
}

/**
 * The one of several bearers of a surname whom a date puts in office: a dated role held on
 * `date`, while no other bearer may hold one then. A role without dates says nothing about
 * the date, so it decides nothing ("Mr Howard" with an undated archive that knows Australia's
 * prime minister John Howard and the former home secretary Michael Howard is either).
 */
export function onlyInOfficeOn<T extends { roles?: readonly OfficialRole[] | undefined }>(bearers: readonly T[], date: string): T | null {
  const inOffice = bearers.filter((b) => (b.roles ?? []).some((r) => heldOn(r, date)));
  if (inOffice.length !== 1) return null;
  return inOffice[0]!.roles!.some((r) => dated(r) && heldOn(r, date)) ? inOffice[0]! : null;
}

/** Offices that lead a country, whose holders news names by surname alone ("Putin", "Modi"). */
const LEADING_OFFICE = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|supreme leader|monarch|taoiseach)\b/i;
const SECOND_OFFICE = /\b(?:vice|deputy|first lady|former)\b/i;

/**
 * Is someone with these roles named by surname alone in the news without more context: a
 * head of state or government, or anyone the 2025–26 headlines name with an office (three
 * headlines or more, building/headline-officials.ts)? The long tail of the Wikidata cabinets
 * ("Tax", "Franca") and people one archive article introduced ("Hobbs") are not.
 */
export function knownBySurname(roles: readonly OfficialRole[]): boolean {
  return roles.some((r) => r.source === 'headlines' || (LEADING_OFFICE.test(r.role) && !SECOND_OFFICE.test(r.role)));
}
