import type { LoadedArchive } from './archive.ts';
import type { ArchiveArticle } from './archive-types.ts';

/** What the related ranking and the suggestions read about the archive as a whole. */
export interface ArchiveStats {
  entityDf: Map<string, number>;
  avgTitle: number;
  avgBody: number;
}

const statsCache = new WeakMap<LoadedArchive, ArchiveStats>();

/** Entity document frequencies and average field lengths, once per loaded archive. */
export function archiveStats(archive: LoadedArchive): ArchiveStats {
  let stats = statsCache.get(archive);
  if (!stats) {
    const entityDf = new Map<string, number>();
    let title = 0;
    let body = 0;
    for (const a of archive.file.articles) {
      for (const e of a.entities) entityDf.set(e.id, (entityDf.get(e.id) ?? 0) + 1);
      title += a.title.length;
      body += bodyLength(a);
    }
    const n = Math.max(1, archive.file.articles.length);
    statsCache.set(archive, (stats = { entityDf, avgTitle: title / n, avgBody: body / n }));
  }
  return stats;
}

export function bodyLength(article: ArchiveArticle): number {
  let length = 0;
  for (const p of article.body) length += p.length + 2;
  return length;
}

