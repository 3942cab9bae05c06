/**
 * What an import teaches: officials introduced in its articles ("Foreign Minister X"),
 * learned as `dossier build-index` learns them (lib/search/build-archive.ts), and each
 * article's entities found with the knowledge that includes them.
 */
import type { Article } from '../corpus/article.ts';
import type { Knowledge, OfficialEntry } from '../entities/types.ts';
import type { ArticleAnnotator } from '../search/archive.ts';
import { learnFrom } from '../search/build-archive.ts';

export interface Learning {
  annotate: ArticleAnnotator;
  /** Officials with at least one office learned from these articles, with only those offices. */
  learned: OfficialEntry[];
}

export function learnFromImport(articles: readonly Article[]): Learning {
  const { knowledge, annotate } = learnFrom(articles);
  return { annotate, learned: learnedOfficials(knowledge) };
}

/** The offices a knowledge learned from articles (origin `archive`), without the curated base's. */
export function learnedOfficials(knowledge: Knowledge | null): OfficialEntry[] {
  return (knowledge?.officials ?? []).flatMap((o) => {
    const roles = o.roles.filter((r) => r.origin === 'archive');
    return roles.length ? [{ ...o, roles }] : [];
  });
}
