/**
 * Converts the every-politician Wikidata exports in ../shared/data/leaders (CC0, as of
 * 2022–23) into the curated base of office-holders, assets/entities/officials.json.
 * Pure: the CLI command `curate-officials` reads the files and writes the result.
 *
 * Current holders (rows without an end) keep an "as of" date: the newest start date in
 * their file, the latest moment the file is known to describe (year-only in the
 * world-leaders file), a lower bound of the snapshot date, never an invented one. Holders
 * whose term ended (world-leaders rows with an end year) are kept too, as of and `until`
 * that year, so a title can be read with its date. Every role says its source and, where
 * the file has them, `since` and `until`.
 */
import { parseCsv } from './csv.ts';
import { matchKey } from '../normalise.ts';
import type { CountryEntry, CuratedOfficials } from '../types.ts';

export interface LeadersFile {
  name: string;
  text: string;
}

type Curated = CuratedOfficials['officials'][number];

/** Cabinet files name their country only in the file name. */
const CABINET_COUNTRY: Readonly<Record<string, string>> = { armenia: 'AM', azerbaijan: 'AZ', montenegro: 'ME', serbia: 'RS' };

function countryResolver(countries: readonly CountryEntry[]): (label: string) => string | null {
  const byKey = new Map<string, string>();
  for (const c of countries) {
    for (const list of [c.names.name, c.names.alias, [c.name]]) for (const n of list ?? []) byKey.set(matchKey(n), c.code);
  }
  return (label) => byKey.get(matchKey(label.replace(/^the /i, ''))) ?? null;
}

/** "President of Albania" → "President"; "Prime Minister of the United Kingdom" → "Prime Minister". */
function roleWithoutCountry(position: string, countryNames: readonly string[]): string {
  let role = position;
  for (const name of countryNames) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    role = role.replace(new RegExp(`\\s+of\\s+(?:the\\s+)?${escaped}$`, 'i'), '').trim();
  }
  // Wikidata labels some offices in lower case ("monarch").
  return role ? role[0]!.toUpperCase() + role.slice(1) : role;
}

function namesOf(countries: readonly CountryEntry[], code: string | null, label: string): string[] {
  const c = code ? countries.find((x) => x.code === code) : undefined;
  return [label, ...(c ? [c.name, ...(c.names.name ?? []), ...(c.names.alias ?? [])] : [])].filter(Boolean);
}

/** Wikipedia-style disambiguation: "João Lourenço (politician)". */
function cleanName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

function newest(dates: string[]): string | null {
  const valid = dates.filter((d) => /^\d{4}/.test(d)).sort();
  return valid.at(-1) ?? null;
}

export function curateOfficials(files: readonly LeadersFile[], countries: readonly CountryEntry[]): CuratedOfficials {
  const countryOf = countryResolver(countries);
  const byKey = new Map<string, Curated>();
  const add = (name: string, wikidata: string | undefined, role: Curated['roles'][number]): void => {
    const clean = cleanName(name);
    if (!clean || /^Q\d+$/.test(clean) || !role.role) return;
    const key = wikidata || matchKey(clean);
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { name: clean, ...(wikidata ? { wikidata } : {}), roles: [] }));
    const same = entry.roles.findIndex((r) => r.role === role.role && r.country === role.country);
    if (same < 0) entry.roles.push(role);
    // A current term outranks an ended one of the same office.
    else if (entry.roles[same]!.until && !role.until) entry.roles[same] = role;
  };

  for (const file of files) {
    const rows = parseCsv(file.text);
    if (file.name.includes('world-leaders') && file.name.includes('wikidata')) {
      const asOf = newest(rows.map((r) => r.start_year ?? ''));
      for (const r of rows) {
        const country = countryOf(r.country ?? '');
        const role = roleWithoutCountry(r.positionLabel ?? '', namesOf(countries, country, r.country ?? ''));
        const until = r.end_year || null;
        add(r.officeholderLabel ?? '', r.officeholder, { role, country, asOf: until ?? asOf, since: r.start_year || null, ...(until ? { until } : {}), source: 'wikidata' });
      }
    } else if (file.name.includes('foreign-ministers') && file.name.includes('wikidata')) {
      const asOf = newest(rows.map((r) => r.start ?? ''));
      for (const r of rows) {
        if (!r.name) continue;
        const country = countryOf(r.countryLabel ?? '');
        add(r.name, r.person, { role: roleWithoutCountry(r.positionLabel ?? '', namesOf(countries, country, r.countryLabel ?? '')), country, asOf, since: r.start || null, source: 'wikidata' });
      }
    } else {
      const cabinet = /epscr_([a-z]+)-/.exec(file.name)?.[1];
      const country = cabinet ? CABINET_COUNTRY[cabinet] : undefined;
      if (!country) continue;
      const label = countries.find((c) => c.code === country)?.name ?? '';
      const asOf = newest(rows.map((r) => r.start ?? ''));
      for (const r of rows) {
        if (!r.person) continue;
        add(r.person, r.personID, { role: roleWithoutCountry(r.position ?? '', namesOf(countries, country, label)), country, asOf, since: r.start || null, source: 'wikidata' });
      }
    }
  }
  const officials = [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
  return {
    source:
      'Wikidata (CC0) via every-politician-scrapers: world-leaders-2021, world foreign ministers, cabinets of Armenia, Azerbaijan, Montenegro and Serbia (2022-23). Generated by `dossier curate-officials`.',
    officials,
  };
}
