/**
 * What the knowledge learned from the user's archive, with the evidence for each person:
 * the offices the archive gave them and the articles that did. `dossier officials --learned`
 * prints it, so a user can see why Dossier calls someone an official.
 */
import type { Knowledge, OfficialEntry } from '../types.ts';

export interface LearnedOfficial {
  id: string;
  name: string;
  /** Whether the curated base (Wikidata, mined headlines) knows the person too. */
  curated: boolean;
  /** Learned offices, newest first, each with the article that named it. */
  roles: Array<{ role: string; country: string | null; asOf: string | null; articleId: string | null }>;
  articleIds: string[];
}

function asLearned(o: OfficialEntry): LearnedOfficial {
  return {
    id: `official:${o.slug}`,
    name: o.name,
    curated: o.roles.some((r) => r.origin === 'curated'),
    roles: o.roles.filter((r) => r.origin === 'archive').map((r) => ({ role: r.role, country: r.country, asOf: r.asOf, articleId: r.articleId ?? null })),
    articleIds: o.articleIds,
  };
}

/** Officials with an office learned from the archive; those only the archive knows first, then by name. */
export function learnedOfficials(knowledge: Knowledge): LearnedOfficial[] {
  return knowledge.officials
    .filter((o) => o.roles.some((r) => r.origin === 'archive'))
    .map(asLearned)
    .sort((a, b) => Number(a.curated) - Number(b.curated) || a.name.localeCompare(b.name));
}
