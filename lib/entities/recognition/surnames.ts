/**
 * Which official a surname alone names ("Putin hails…", "Mr Lammy", "President Aliyev"), if
 * the text makes it safe to say: the rules for surnames live here, apart from the session's
 * walk.
 *
 * - Someone named in full earlier on the page owns their surname for the rest of it; a
 *   person named in full whom the knowledge does not know ("Michael Howard") blocks it for
 *   everyone else (a later "Mr Howard" is not John Howard).
 * - A title picks whoever held that office on the page's date ("President Aliyev" in 2026);
 *   a courtesy title ("Mr") picks the only known bearer, or the only one a dated role puts
 *   in office on that date.
 * - Alone, the surname must be distinctive: not a common English word nor a name many
 *   people bear (`Knowledge.surnameUse`, from word frequencies), nor another official's
 *   given name; a common word ("Bush") counts only capitalised mid-sentence in sentence-case
 *   text. In Title Case text, where every word is capitalised, only distinctive surnames
 *   count and a given name before one is read as another person's. The bearer must hold an
 *   office on the page's date and be the only such bearer and someone the news names by
 *   surname (office-dates.ts `knownBySurname`), or else the only one of the country the
 *   sentence names.
 */
import type { Chosen, EntityRecord, KnownNames, NameRef } from './known-names.ts';
import type { RecognitionMode } from './mode.ts';
import { fitsTitle, inOfficeOn, knownBySurname, onlyInOfficeOn, titleBefore } from './office-dates.ts';
import type { PagePeople } from './page-people.ts';
import type { TokenList } from './tokens.ts';
import { HONORIFICS, NAMED_AFTER, NOT_NAMES, OFFICE_HEADS, OFFICE_WORDS } from './vocabulary.ts';

/** What the page has told so far, and what the current block is like. */
export interface SurnameContext {
  known: KnownNames;
  people: PagePeople;
  /** Ids of the officials the page has named in full so far. */
  named: ReadonlySet<string>;
  /** Surnames of people the page named in full whom the knowledge does not know. */
  blocked: Set<string>;
  mode: RecognitionMode;
  /** The page's date (YYYY-MM-DD): its own when known, else today. */
  date: string;
  /** Is the current block written in Title Case? */
  titleCase(): boolean;
  /** Country codes the sentence around word `at` names. */
  countriesNear(at: number): ReadonlySet<string>;
  /** Is word `at` a country name or demonym? */
  isCountryAt(at: number): boolean;
}

const SPACE = /^[ \u00a0]+$/;
/** Letters a surname needs to stand alone. */
const MIN_ALONE = 4;
const SENTENCE_START = /[.!?:;"“”‘(\n]\s*$|^$/;

/** Is the thing named after the person ("Heydar Aliyev Center")? Checked for full names too. */
export function namedAfter(tokens: TokenList, end: number): boolean {
  const next = tokens.get(end);
  return next !== undefined && next.capital && SPACE.test(next.gapBefore) && NAMED_AFTER.has(next.key);
}

/** Is the capitalised word before `at` another person's given name ("Michael Howard")? */
function givenNameBefore(ctx: SurnameContext, tokens: TokenList, at: number): boolean {
  const prev = tokens.get(at - 1);
  if (!prev || !prev.capital || prev.allCaps || !SPACE.test(tokens.at(at).gapBefore)) return false;
  if (ctx.titleCase()) return ctx.known.givenNames.has(prev.key);
  if (NOT_NAMES.has(prev.key) || HONORIFICS.has(prev.key) || OFFICE_HEADS.has(prev.key) || OFFICE_WORDS.has(prev.key)) return false;
  return !ctx.isCountryAt(at - 1);
}

/** May this surname stand alone here, by how English uses the word and how the text is cased? */
function safeAlone(ctx: SurnameContext, tokens: TokenList, at: number): boolean {
  const t = tokens.at(at);
  // Short surnames are abbreviations and syllables too ("Sen." for Senator); a hyphen joins
  // the word to a compound ("Сен-Мартен").
  if (t.allCaps || t.key.length < MIN_ALONE || ctx.known.givenNames.has(t.key) || tokens.get(at + 1)?.gapBefore === '-') return false;
  // A reference list's "Phillips, Jock (2010)" or "Phillips, J." is someone's name, surname first.
  if (tokens.commaBefore(at + 1) && tokens.capital(at + 1) && /^\.?\s*\(|^\./.test(tokens.get(at + 2)?.gapBefore ?? '')) return false;
  const use = ctx.known.surnameUse.get(t.key);
  if (use === undefined) return true;
  if (use === 'name') return false;
  // A common word: a capital letter says "name" only mid-sentence in sentence-case text.
  return !ctx.titleCase() && !SENTENCE_START.test(t.gapBefore) && at > 0;
}

/** The one record, or null. */
function only(records: readonly EntityRecord[]): EntityRecord | null {
  return records.length === 1 ? records[0]! : null;
}

/** Surname at word `at`, matched as the surname of `refs`: the official it names, or null. */
export function resolveSurname(ctx: SurnameContext, refs: readonly NameRef[], tokens: TokenList, at: number): Chosen | null {
  const { known, people, named, mode } = ctx;
  const key = tokens.at(at).key;
  const candidates = [...new Set(refs.map((r) => r.entity))];
  const earlier: EntityRecord[] = candidates.map((e) => known.entities[e]!).filter((e) => named.has(e.id));
  earlier.push(...people.namedWithSurname(key, named));
  if (earlier.length === 1) return { record: earlier[0]!, form: 'surname', dotted: false };
  if (earlier.length > 1 || ctx.blocked.has(key)) return null;
  if (namedAfter(tokens, at + 1)) return null;
  const everyone = (known.bySurname.get(key) ?? []).map((e) => known.entities[e]!);
  if (everyone.length === 0) return null;
  const chosen = (record: EntityRecord | null): Chosen | null => (record ? { record, form: 'surname', dotted: false } : null);

  // Queries: the only known bearer (people type "đurić energy").
  if (mode.bareSurnames) return chosen(only(everyone));

  const title = titleBefore(tokens, at);
  if (title) {
    if (title.office.length === 0) return chosen(only(everyone) ?? onlyInOfficeOn(everyone, ctx.date));
    return chosen(only(everyone.filter((e) => fitsTitle(e.roles ?? [], title, ctx.date))) ?? only(everyone));
  }

  if (givenNameBefore(ctx, tokens, at)) {
    // Someone else's full name: the surname is theirs for the rest of the page.
    ctx.blocked.add(key);
    return null;
  }
  if (!safeAlone(ctx, tokens, at)) return null;
  const current = everyone.filter((e) => inOfficeOn(e.roles ?? [], ctx.date));
  if (current.length === 0) return null;
  const alone = only(current);
  if (alone && knownBySurname(alone.roles ?? [])) return chosen(alone);
  // Several bearers, or one the news rarely names alone: the country the sentence names decides.
  const near = ctx.countriesNear(at);
  return chosen(only(current.filter((e) => e.roles?.some((r) => r.country !== null && near.has(r.country)))));
}

/**
 * "President von der Leyen": a surname alone is matched at its last word; the lower-case
 * particles its name puts before that word, written before it, belong to the mention.
 */
export function particlesBefore(tokens: TokenList, start: number, name: string): number {
  const words = name.split(' ');
  let first = start;
  for (let w = words.length - 2; w > 0 && first > 0 && words[w] === words[w]!.toLowerCase(); w--) {
    const prev = tokens.at(first - 1);
    if (prev.key !== words[w] || tokens.at(first).gapBefore !== ' ') break;
    first--;
  }
  return first;
}
