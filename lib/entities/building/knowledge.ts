/**
 * Builds the knowledge at index time: countries from the datasets, officials from the
 * curated base and from the archive's own articles (dated by the article).
 */
import type { Article } from '../../corpus/article.ts';
import { buildCountries } from './countries.ts';
import { slugify } from '../normalise.ts';
import { enoughToLearn, introductionEvidence, type IntroductionEvidence } from './learning-evidence.ts';
import { markedGivenName, sameOfficial } from './name-variants.ts';
import { englishUse } from './name-shape.ts';
import { nameKeys } from './person-names.ts';
import { surnameKey } from '../recognition/known-names.ts';
import { createRecogniser, introductionsIn } from '../recognition/recogniser.ts';
import { compileNames } from './compile-names.ts';
import { compareRoles } from './role-order.ts';

export { compareRoles };
import type { CuratedOfficials, Knowledge, OfficialEntry, OfficialRole, SurnameUse } from '../types.ts';

export interface BuildKnowledgeInput {
  articles: readonly Article[];
  curated: CuratedOfficials;
}

interface Person {
  /** Spellings with how often each was seen; the curated (Wikidata) label counts most. */
  spellings: Map<string, number>;
  keys: string[][];
  roles: OfficialRole[];
  articleIds: string[];
  wikidata?: string;
  /** Introductions in the archive; a person only the archive knows needs enough of them. */
  evidence: IntroductionEvidence[];
  curated: boolean;
  /** A spelling's given name carries diacritics: close spellings of it are other names (`markedGivenName`). */
  marked: boolean;
}

/** The same article calling someone "Minister" and "Foreign Minister" keeps the latter. */
function dropVaguerRoles(roles: OfficialRole[]): OfficialRole[] {
  return roles.filter(
    (r) =>
      !roles.some(
        (o) =>
          o !== r &&
          o.articleId === r.articleId &&
          o.origin === r.origin &&
          o.role.length > r.role.length &&
          (` ${o.role.toLowerCase()} `.includes(` ${r.role.toLowerCase()} `) ) &&
          (r.country === null || o.country === r.country),
      ),
  );
}

function findPerson(people: Person[], keys: string[], name: string): Person | undefined {
  const marked = markedGivenName(name);
  return people.find((p) => p.keys.some((k) => sameOfficial(k, keys, marked || p.marked)));
}

function canonicalName(person: Person): string {
  let best = '';
  let bestScore = -1;
  for (const [spelling, count] of person.spellings) {
    // Prefer the most seen spelling, then the one that keeps its diacritics (Dačić over Dacic).
    const score = count * 10 + (/[^\x00-\x7f]/.test(spelling) ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [spelling, score];
  }
  return best;
}

export function buildKnowledge(input: BuildKnowledgeInput): Knowledge {
  const countries = buildCountries();
  const people: Person[] = [];
  for (const c of input.curated.officials) {
    const keys = nameKeys(c.name);
    if (keys.length < 2) continue;
    const roles: OfficialRole[] = c.roles.map((r) => ({
      role: r.role,
      country: r.country,
      asOf: r.asOf,
      origin: 'curated',
      ...(r.since ? { since: r.since } : {}),
      ...(r.until ? { until: r.until } : {}),
      ...(r.source === 'headlines' ? { source: 'headlines' as const } : {}),
    }));
    const existing = (c.wikidata && people.find((p) => p.wikidata === c.wikidata)) || findPerson(people, keys, c.name);
    if (existing) {
      existing.marked ||= markedGivenName(c.name);
      existing.roles.push(...roles);
      existing.spellings.set(c.name, (existing.spellings.get(c.name) ?? 0) + 100);
      existing.keys.push(keys);
    } else people.push({ spellings: new Map([[c.name, 100]]), keys: [keys], roles, articleIds: [], ...(c.wikidata ? { wikidata: c.wikidata } : {}), evidence: [], curated: true, marked: markedGivenName(c.name) });
  }

  const countriesOnly = createRecogniser({ format: 1, countries, officials: [] });
  for (const article of input.articles) {
    // The body only: sidebars are other stories, with other dates.
    for (const block of [article.title, ...article.body]) {
      for (const intro of introductionsIn(countriesOnly, block)) {
        const evidence = introductionEvidence(intro.name, block, article.id);
        if (!evidence) continue;
        const keys = nameKeys(intro.name);
        let person = findPerson(people, keys, intro.name);
        if (!person) people.push((person = { spellings: new Map(), keys: [], roles: [], articleIds: [], evidence: [], curated: false, marked: false }));
        person.marked ||= markedGivenName(intro.name);
        person.evidence.push(evidence);
        person.spellings.set(intro.name, (person.spellings.get(intro.name) ?? 0) + 1);
        if (!person.keys.some((k) => k.join(' ') === keys.join(' '))) person.keys.push(keys);
        person.roles.push({ role: intro.role, country: intro.country, asOf: article.date, origin: 'archive', articleId: article.id });
        if (!person.articleIds.includes(article.id)) person.articleIds.push(article.id);
      }
    }
  }

  const slugs = new Set<string>();
  const officials: OfficialEntry[] = people.filter((p) => p.curated || enoughToLearn(p.evidence)).map((p) => {
    const name = canonicalName(p);
    let slug = slugify(name);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(name)}-${n}`;
    slugs.add(slug);
    // Spellings that folding does not already equate ("Ivitsa" for "Ivica").
    const seenKeys = new Set([nameKeys(name).join(' ')]);
    const aliases: string[] = [];
    for (const spelling of p.spellings.keys()) {
      const key = nameKeys(spelling).join(' ');
      if (!seenKeys.has(key)) {
        seenKeys.add(key);
        aliases.push(spelling);
      }
    }
    const roles = dedupeRoles(dropVaguerRoles(dropOlderCurated(p.roles))).sort(compareRoles);
    return { slug, name, aliases, roles, articleIds: p.articleIds, ...(p.wikidata ? { wikidata: p.wikidata } : {}) };
  });
  const knowledge: Knowledge = { format: 1, countries, officials, surnameUse: surnameUses(officials) };
  return { ...knowledge, compiled: compileNames(knowledge) };
}

/** How English uses each official's surname, where it is not distinctive (see `Knowledge.surnameUse`). */
function surnameUses(officials: readonly OfficialEntry[]): Record<string, SurnameUse> {
  const uses: Record<string, SurnameUse> = {};
  for (const o of officials) {
    for (const spelling of [o.name, ...o.aliases]) {
      const key = surnameKey(nameKeys(spelling), spelling);
      const use = key ? englishUse(key) : null;
      if (key && use) uses[key] = use;
    }
  }
  return uses;
}

/**
 * Two curated sources naming one office (Wikidata as of 2022, the headlines as of 2026)
 * keep the newer as-of date, with the start date Wikidata knows.
 */
function dropOlderCurated(roles: OfficialRole[]): OfficialRole[] {
  const key = (r: OfficialRole): string => `${r.role.toLowerCase()}|${r.country}`;
  const current = (r: OfficialRole): boolean => r.origin === 'curated' && !r.until;
  const groups = new Map<string, OfficialRole[]>();
  for (const r of roles) if (current(r)) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  const kept: OfficialRole[] = [];
  for (const r of roles) {
    if (!current(r)) {
      kept.push(r);
      continue;
    }
    const group = groups.get(key(r));
    if (!group) continue;
    groups.delete(key(r));
    const newest = [...group].sort(compareRoles)[0]!;
    const since = group.find((g) => g.since)?.since;
    kept.push(since && !newest.since ? { ...newest, since } : newest);
  }
  return kept;
}

function dedupeRoles(roles: OfficialRole[]): OfficialRole[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const key = `${r.role}|${r.country}|${r.asOf}|${r.origin}|${r.articleId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
