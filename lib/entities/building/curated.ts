/**
 * Converts the every-politician Wikidata exports in ../shared/data/leaders (CC0, as of
 * 2022–23) into the curated base of office-holders, assets/entities/officials.json.
 * Pure: the CLI command `curate-officials` reads the files and writes the result.
 *
 * Only current holders are kept (rows without an end). Every role keeps an "as of" date:
 * the newest start date in its file, the latest moment the file is known to describe
 * (year-only in the world-leaders file). That is a lower bound of the snapshot date,
 * never an invented one.
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
    if (!entry.roles.some((r) => r.role === role.role && r.country === role.country)) entry.roles.push(role);
  };

  for (const file of files) {
    const rows = parseCsv(file.text);
    if (file.name.includes('world-leaders') && file.name.includes('wikidata')) {
      const asOf = newest(rows.map((r) => r.start_year ?? ''));
      for (const r of rows) {
        if (r.end_year) continue;
        const country = countryOf(r.country ?? '');
        add(r.officeholderLabel ?? '', r.officeholder, { role: roleWithoutCountry(r.positionLabel ?? '', namesOf(countries, country, r.country ?? '')), country, asOf, since: r.start_year || null });
      }
    } else if (file.name.includes('foreign-ministers') && file.name.includes('wikidata')) {
      const asOf = newest(rows.map((r) => r.start ?? ''));
      for (const r of rows) {
        if (!r.name) continue;
        const country = countryOf(r.countryLabel ?? '');
        add(r.name, r.person, { role: roleWithoutCountry(r.positionLabel ?? '', namesOf(countries, country, r.countryLabel ?? '')), country, asOf, since: r.start || null });
      }
    } else {
      const cabinet = /epscr_([a-z]+)-/.exec(file.name)?.[1];
      const country = cabinet ? CABINET_COUNTRY[cabinet] : undefined;
      if (!country) continue;
      const label = countries.find((c) => c.code === country)?.name ?? '';
      const asOf = newest(rows.map((r) => r.start ?? ''));
      for (const r of rows) {
        if (!r.person) continue;
        add(r.person, r.personID, { role: roleWithoutCountry(r.position ?? '', namesOf(countries, country, label)), country, asOf, since: r.start || null });
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
