/**
 * Articles as stored: a record without the fields that are empty, which are most of a
 * headline's (the same rule as the archive file's, lib/search/stored-article.ts), plus the few
 * fields the store's indexes need; and apart from it, in `texts` under the same id, the text
 * (body, sidebar) when there is one. A record carries what every answer needs of the text
 * (its length and near-duplicate key), so the background holds the records and reads a text
 * only when an answer shows it. `expandArticle` gives back exactly the article that was compacted.
 */
import type { ArchiveArticle, ArticleMeta, ArticleText } from '../lib/search/archive-types.ts';
import { bodyLengthOf } from '../lib/search/article-text.ts';
import { bodyKeyOf } from '../lib/search/near-duplicates.ts';
import { expandMeta, fullArticle, storedArticle, type StoredArticle as ArticleFields } from '../lib/search/stored-article.ts';
import { dedupKey, urlKeyOf } from './dedup.ts';

/** A stored record: the article's non-empty fields but its text, its source and its index keys. */
export type StoredRecord = Omit<ArticleFields, 'body' | 'sidebar' | 'chunk'> & {
  sourceId: string;
  /** Index keys (archive-store/schema.ts): normalised title+date+source, sort date, normalised URL. */
  dedup: string;
  sort: string;
  urlKey?: string;
};

/** An article's text in the `texts` store (key: the article's id); articles without one have none stored. */
export type StoredText = Partial<ArticleText>;

/** An article as the store splits it: its record, and its text (null when it has none). */
export interface StoredArticle {
  record: StoredRecord;
  text: StoredText | null;
}

/** Undated articles sort before every date, so they come last newest-first. */
export function sortKey(date: string | null | undefined): string {
  return date ?? '0';
}

export function compactArticle(article: ArchiveArticle, sourceId: string): StoredArticle {
  const { body, sidebar, ...fields } = storedArticle(article);
  const { kept, text } = splitText(body, sidebar);
  return { record: { ...fields, sourceId, dedup: dedupKey(article), sort: sortKey(article.date), ...urlKeyOf(article.url), ...kept }, text };
}

/**
 * What a record keeps of a text (its length and near-duplicate key, each left out when empty
 * as every field is), and the text itself, stored apart (null when it has none).
 */
export function splitText(body: string[] | undefined, sidebar: string[] | undefined): { kept: Pick<StoredRecord, 'bodyLength' | 'bodyKey'>; text: StoredText | null } {
  const kept: Pick<StoredRecord, 'bodyLength' | 'bodyKey'> = {};
  const bodyLength = bodyLengthOf(body ?? []);
  if (bodyLength) kept.bodyLength = bodyLength;
  const bodyKey = bodyKeyOf(body ?? []);
  if (bodyKey !== null) kept.bodyKey = bodyKey;
  return { kept, text: body || sidebar ? { ...(body ? { body } : {}), ...(sidebar ? { sidebar } : {}) } : null };
}

/** The record an answer holds (the index keys and source left out). */
export function recordMeta(record: StoredRecord): ArticleMeta {
  const { sourceId: _source, dedup: _dedup, sort: _sort, urlKey: _url, ...fields } = record;
  return expandMeta(fields);
}

export function textOf(text: StoredText | null | undefined): ArticleText {
  return { body: text?.body ?? [], sidebar: text?.sidebar ?? [] };
}

/** The article a stored record and its text hold. */
export function expandArticle({ record, text }: StoredArticle): ArchiveArticle {
  return fullArticle(recordMeta(record), textOf(text));
}

/** The article's own fields as exported (as they were stored before texts had a store of their own), with its source. */
export function exportedArticle(stored: StoredArticle): ArticleFields & { sourceId: string } {
  return { ...storedArticle(expandArticle(stored)), sourceId: stored.record.sourceId };
}
