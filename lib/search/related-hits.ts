import { entityInfo } from '../entities/info.ts';
import type { Knowledge } from '../entities/types.ts';
import type { LoadedArchive } from './archive.ts';
import type { Duplicate } from './near-duplicates.ts';
import { MAX_REASONS, type RelatedArticle } from './related.ts';

export { MAX_REASONS };

/** An archive article related to a page or article, with why (display labels). */
export interface RelatedHit {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  score: number;
  /** What it shares, strongest first: "Serbia", "Ivica Dačić", "gas". */
  reasons: string[];
  /** Near-duplicates folded into this entry, for "also in: …". */
  duplicates: Duplicate[];
}


/** The display name of an entity: the knowledge's canonical name, else what the page said. */
export function entityLabel(knowledge: Knowledge | null, id: string, fallback?: string): string {
  const info = knowledge ? entityInfo(knowledge, id) : null;
  return info?.name ?? fallback ?? id.slice(id.indexOf(':') + 1);
}

/** Related articles as the popup, the reader and the CLI show them. */
export function toRelatedHits(
  archive: LoadedArchive,
  ranked: readonly RelatedArticle[],
  names: ReadonlyMap<string, string> = new Map(),
): RelatedHit[] {
  const knowledge = archive.file.knowledge;
  return ranked.map(({ article, score, reasons, duplicates }) => ({
    id: article.id,
    title: article.title,
    date: article.date,
    source: article.source,
    score,
    reasons: reasons
      .slice(0, MAX_REASONS)
      .map((r) => (r.kind === 'entity' ? entityLabel(knowledge, r.key, names.get(r.key)) : (r.label ?? r.key))),
    duplicates,
  }));
}
