import type { Knowledge } from '../entities/types.ts';

/**
 * Ids of the officials known only from the user's archive: every role they hold was learned
 * from an archive article (origin `archive`), none comes from the bundled curated list, and
 * they have no Wikidata id (curated officials do, even without a role). A
 * page may read the browser's highlight registry (`CSS.highlights`), so such names are
 * never registered there: which of them are in the archive is the archive's secret.
 * Countries and curated officials are public knowledge, shipped with the extension.
 */
export function archiveOnlyOfficials(knowledge: Knowledge): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const o of knowledge.officials) {
    if (o.wikidata === undefined && !o.roles.some((r) => r.origin !== 'archive')) ids.add(`official:${o.slug}`);
  }
  return ids;
}
