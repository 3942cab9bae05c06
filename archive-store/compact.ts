/**
 * Articles as stored: without the fields that are empty, which are most of a headline's
 * (the same rule as the archive file's, lib/search/stored-article.ts), plus the few fields
 * the store's indexes need. `expandArticle` gives back exactly the article that was compacted.
 */
import type { ArchiveArticle } from '../lib/search/archive-types.ts';
import { expandArticle as expandStoredArticle, storedArticle, type StoredArticle as ArticleFields } from '../lib/search/stored-article.ts';
import { dedupKey, urlKeyOf } from './dedup.ts';

/** A stored article: the article's non-empty fields, its source and its index keys. */
export type StoredArticle = ArticleFields & {
    sourceId: string;
    /** Index keys (archive-store/schema.ts): normalised title+date+source, sort date, normalised URL. */
    dedup: string;
    sort: string;
    urlKey?: string;
  };

/** Undated articles sort before every date, so they come last newest-first. */
export function sortKey(date: string | null | undefined): string {
  return date ?? '0';
}

export function compactArticle(article: ArchiveArticle, sourceId: string): StoredArticle {
  return {
    ...storedArticle(article),
    sourceId,
    dedup: dedupKey(article),
    sort: sortKey(article.date),
    ...urlKeyOf(article.url),
  };
}

/** The article a stored record holds (the index keys and source left out). */
export function expandArticle(stored: StoredArticle): ArchiveArticle {
  const { sourceId: _source, dedup: _dedup, sort: _sort, urlKey: _url, ...fields } = stored;
  return expandStoredArticle(fields);
}

/** The article's own fields as exported (no index keys), with its source. */
export function exportedArticle(stored: StoredArticle): Omit<StoredArticle, 'dedup' | 'sort' | 'urlKey'> {
  const { dedup: _dedup, sort: _sort, urlKey: _url, ...fields } = stored;
  return fields;
}
