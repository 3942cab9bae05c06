/**
 * Articles as stored: without the fields that are empty (null, '', [], false), which are
 * most of a headline's, plus the few fields the store's indexes need. `expandArticle`
 * gives back exactly the article that was compacted.
 */
import type { ArchiveArticle } from '../lib/search/archive-types.ts';
import { dedupKey, urlKeyOf } from './dedup.ts';

type Optional = Exclude<keyof ArchiveArticle, 'id' | 'title' | 'lang' | 'file'>;

/** A stored article: the article's non-empty fields, its source and its index keys. */
export type StoredArticle = Pick<ArchiveArticle, 'id' | 'title' | 'lang' | 'file'> &
  Partial<Pick<ArchiveArticle, Optional>> & {
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

const EMPTY: { [K in Optional]: ArchiveArticle[K] } = {
  titleDerived: false,
  date: null,
  time: null,
  timeZone: null,
  source: null,
  author: null,
  section: null,
  altTitles: [],
  url: null,
  body: [],
  sidebar: [],
  entities: [],
};

const OPTIONAL_KEYS = Object.keys(EMPTY).filter((key): key is Optional => key in EMPTY);

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === false || value === '' || (Array.isArray(value) && value.length === 0);
}

export function compactArticle(article: ArchiveArticle, sourceId: string): StoredArticle {
  const stored: StoredArticle = {
    id: article.id,
    title: article.title,
    lang: article.lang,
    file: article.file,
    sourceId,
    dedup: dedupKey(article),
    sort: sortKey(article.date),
    ...urlKeyOf(article.url),
  };
  for (const key of OPTIONAL_KEYS) {
    if (!isEmpty(article[key])) Object.assign(stored, { [key]: article[key] });
  }
  return stored;
}

/** The article a stored record holds (the index keys and source left out). */
export function expandArticle(stored: StoredArticle): ArchiveArticle {
  const { sourceId: _source, dedup: _dedup, sort: _sort, urlKey: _url, ...fields } = stored;
  return { ...EMPTY, ...fields };
}

/** The article's own fields as exported (no index keys), with its source. */
export function exportedArticle(stored: StoredArticle): Omit<StoredArticle, 'dedup' | 'sort' | 'urlKey'> {
  const { dedup: _dedup, sort: _sort, urlKey: _url, ...fields } = stored;
  return fields;
}
