/**
 * Country names, generated at index time from two maintained datasets:
 * world-countries (English names, alternative spellings, demonyms, translations) and
 * i18n-iso-countries (names and aliases per language). Only index-time code imports this
 * module; content scripts receive the result inside `Knowledge` and never load the
 * datasets (world-countries alone is 1.4 MB of JSON).
 */
import worldCountries from 'world-countries';
import az from 'i18n-iso-countries/langs/az.json' with { type: 'json' };
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import sr from 'i18n-iso-countries/langs/sr.json' with { type: 'json' };
import tr from 'i18n-iso-countries/langs/tr.json' with { type: 'json' };
import { matchKey } from '../normalise.ts';
import type { CountryEntry, NameGroupKey, NameGroups } from '../types.ts';

type LocaleNames = Record<string, string | string[]>;

/** The languages whose names we cover, and how their names inflect in running text. */
const LOCALES: ReadonlyArray<{ names: LocaleNames; group: NameGroupKey; wc: string | null }> = [
  { names: en.countries, group: 'name', wc: null },
  { names: de.countries, group: 'name', wc: 'deu' },
  { names: fr.countries, group: 'name', wc: 'fra' },
  { names: az.countries, group: 'name:turkic', wc: null },
  { names: tr.countries, group: 'name:turkic', wc: 'tur' },
  { names: ru.countries, group: 'name:slavic', wc: 'rus' },
  // Serbian Cyrillic; the recogniser transliterates, so the Latin spelling comes free.
  { names: sr.countries, group: 'name:slavic', wc: 'srp' },
];

/**
 * Short all-caps aliases kept from the datasets. Every other two- or three-letter code in
 * world-countries' altSpellings ("IN", "IT", "NO", "ME"…) is an ordinary word in capitals.
 */
const ACRONYMS = new Set(['US', 'USA', 'U.S.', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'DRC', 'DPRK']);

/**
 * What the datasets lack, kept small on purpose. English news says "America" and "Britain"
 * for the US and the UK, "Briton" for a British person, and "Emirati" is missing for the
 * UAE; "Türkiye" is the spelling the seeds use in English text.
 */
const EXTRA: Readonly<Record<string, Partial<Record<NameGroupKey, string[]>>>> = {
  US: { alias: ['America'] },
  GB: { alias: ['Britain'], 'demonym:plural': ['Briton'] },
  RU: { alias: ['Russian Federation'] },
  KR: { alias: ['South Korea'] },
  KP: { alias: ['North Korea'] },
};

/**
 * Dataset forms that are ordinary words or first names far more often than countries in
 * the languages we read: German "Island" (Iceland), French "Maurice" (Mauritius), the
 * Manx "Mann" (Isle of Man), French "Dominique" (Dominica). Found by reading extract's
 * output over real pages and the BBC corpus.
 */
const STOP_FORMS = new Set(['island', 'maurice', 'mann', 'dominique', 'man', 'georgien']);

/**
 * Dependent territories (world-countries' `independent: false`): Gibraltar, Hong Kong,
 * Greenland, Puerto Rico… They stay in the knowledge (a search for "Hong Kong" finds its
 * articles) but a page does not mark them as countries. States with limited recognition,
 * which world-countries also lists as not independent, are countries to a reader.
 */
const LIMITED_RECOGNITION = new Set(['PS', 'TW', 'XK', 'EH']);
const TERRITORIES = new Set(worldCountries.filter((c) => c.independent === false && !LIMITED_RECOGNITION.has(c.cca2)).map((c) => c.cca2));

function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** ISO inverted forms ("Korea, Republic of") and bracketed ones never occur in prose. */
function usable(name: string): boolean {
  if (/[,()]/.test(name)) return false;
  if (STOP_FORMS.has(matchKey(name))) return false;
  const letters = name.replace(/[.\s]/g, '');
  if (letters.length <= 4 && letters === letters.toUpperCase() && /^[A-Z.]+$/.test(name)) return ACRONYMS.has(name);
  return name.length >= 3;
}

interface Candidate {
  code: string;
  surface: string;
  group: NameGroupKey;
  /** Lower wins when two countries claim the same form ("Congo", "Dominican"). */
  rank: number;
}

function regionalIndicatorFlag(code: string): string {
  return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
export { regionalIndicatorFlag as flagEmoji };

/** Every country and dependency in world-countries, with its names in our languages. */
export function buildCountries(): CountryEntry[] {
  const candidates: Candidate[] = [];
  const canonical = new Map<string, string>();
  for (const c of worldCountries) {
    const code = c.cca2;
    const sovereign = c.independent === true ? 0 : 10;
    canonical.set(code, c.name.common);
    const add = (surface: string | undefined, group: NameGroupKey, rank: number): void => {
      if (surface && usable(surface)) candidates.push({ code, surface, group, rank: rank + sovereign });
    };
    add(c.name.common, 'name', 0);
    add(c.name.official, 'name', 1);
    for (const alt of c.altSpellings) add(alt, 'alias', 3);
    const eng = c.demonyms?.eng;
    if (eng) {
      add(eng.m, 'demonym:plural', 2);
      add(eng.f, 'demonym:plural', 2);
    }
    for (const { names, group, wc } of LOCALES) {
      const forms = asList(names[code]);
      forms.forEach((form, i) => add(form, group === 'name' && names === en.countries ? (i === 0 ? 'name' : 'alias') : group, 4));
      const translation = wc ? c.translations[wc] : undefined;
      if (translation) {
        add(translation.common, group, 5);
        add(translation.official, group, 6);
      }
    }
    for (const [group, forms] of Object.entries(EXTRA[code] ?? {})) {
      for (const form of forms ?? []) add(form, group as NameGroupKey, 2);
    }
  }
  return assemble(candidates, canonical);
}

/** Drops forms claimed by two countries at the same rank; the better-ranked claim wins. */
function assemble(candidates: Candidate[], canonical: Map<string, string>): CountryEntry[] {
  const best = new Map<string, { code: string; rank: number; tied: boolean }>();
  for (const c of candidates) {
    const key = matchKey(c.surface);
    const seen = best.get(key);
    if (!seen || c.rank < seen.rank) best.set(key, { code: c.code, rank: c.rank, tied: false });
    else if (seen.code !== c.code && c.rank === seen.rank) seen.tied = true;
  }
  const entries = new Map<string, CountryEntry>();
  const seenInGroup = new Set<string>();
  for (const c of candidates) {
    const key = matchKey(c.surface);
    const winner = best.get(key);
    if (!winner || winner.code !== c.code || winner.tied) continue;
    // Spellings that differ only in diacritics stay apart: "Montenegro" (plain ASCII) must
    // not match the French "Monténégro" (see the recogniser), so both are listed.
    const dedupe = `${c.code}|${c.group}|${c.surface.toLowerCase()}`;
    if (seenInGroup.has(dedupe)) continue;
    seenInGroup.add(dedupe);
    let entry = entries.get(c.code);
    if (!entry) {
      entry = { code: c.code, name: canonical.get(c.code) ?? c.code, names: {}, ...(TERRITORIES.has(c.code) ? { territory: true } : {}) };
      entries.set(c.code, entry);
    }
    const group: NameGroups = entry.names;
    (group[c.group] ??= []).push(c.surface);
  }
  return [...entries.values()].sort((a, b) => a.code.localeCompare(b.code));
}
