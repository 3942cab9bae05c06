import type { LoadedArchive } from './archive.ts';
import type { ArticleEntity, ArticleMeta } from './archive-types.ts';

/** What the related ranking and the suggestions read about the archive as a whole. */
export interface ArchiveStats {
  entityDf: Map<string, number>;
  /** Per entity, the articles naming it, with the article's own count and first position. */
  entityArticles: Map<string, Array<{ article: ArticleMeta; entity: ArticleEntity }>>;
  avgTitle: number;
  avgBody: number;
}

const statsCache = new WeakMap<LoadedArchive, ArchiveStats>();

/** Entity document frequencies and average field lengths, once per loaded archive. */
export function archiveStats(archive: LoadedArchive): ArchiveStats {
  let stats = statsCache.get(archive);
  if (!stats) {
    const entityDf = new Map<string, number>();
    const entityArticles = new Map<string, Array<{ article: ArticleMeta; entity: ArticleEntity }>>();
    let title = 0;
    let body = 0;
    for (const a of archive.file.articles) {
      for (const entity of a.entities) {
        entityDf.set(entity.id, (entityDf.get(entity.id) ?? 0) + 1);
        let list = entityArticles.get(entity.id);
        if (!list) entityArticles.set(entity.id, (list = []));
        list.push({ article: a, entity });
      }
      title += a.title.length;
      body += bodyLength(a);
    }
    const n = Math.max(1, archive.file.articles.length);
    statsCache.set(archive, (stats = { entityDf, entityArticles, avgTitle: title / n, avgBody: body / n }));
  }
  return stats;
}

/** Kept with the article's record (lib/search/stored-article.ts): the ranking reads no body. */
export function bodyLength(article: ArticleMeta): number {
  return article.bodyLength;
}

