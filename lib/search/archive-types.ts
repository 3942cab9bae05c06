import type { AsPlainObject } from 'minisearch';
import type { Article } from '../corpus/article.ts';
import type { Knowledge } from '../entities/types.ts';
import type { CompactIndex } from './compact-index-format.ts';
import type { StoredArticle } from './stored-article.ts';

/** Where and how often an entity occurs in one article. */
export interface ArticleEntity {
  id: string;
  count: number;
  /** Offset (UTF-16) of the first mention in `articleText(article)`, and its length. */
  first: number;
  length: number;
}

export interface ArchiveArticle extends Article {
  entities: ArticleEntity[];
}

/**
 * 2: articles are stored without their empty fields (lib/search/stored-article.ts);
 * 3: the index is compact (lib/search/compact-index.ts). 1 and 2 (MiniSearch's own JSON) are still read.
 */
export const ARCHIVE_FORMAT = 3;
export const READABLE_ARCHIVE_FORMATS: readonly number[] = [1, 2, ARCHIVE_FORMAT];
/** The first format whose index is a `CompactIndex`. */
export const COMPACT_INDEX_SINCE = 3;

/**
 * The index as stored: compact, as `buildArchive` makes it; MiniSearch's own JSON when the file
 * was loaded from an archive of format 1 or 2 (`serializeArchive` writes it compact again).
 */
export type StoredIndex = CompactIndex | AsPlainObject;

/**
 * The archive bundled with the extension (and written by `dossier build-index`), as built and
 * as loaded; on disk its articles are `StoredArticle`s (see `StoredArchiveFile`).
 * Its knowledge is checked against lib/search/knowledge-schema.ts when it is loaded.
 */
export interface ArchiveFile {
  format: typeof ARCHIVE_FORMAT;
  /** Content hash of the articles and knowledge: changes whenever the archive does. */
  version: string;
  articleCount: number;
  articles: ArchiveArticle[];
  index: StoredIndex;
  knowledge: Knowledge | null;
}

/** The archive file as written: articles without their empty fields (`serializeArchive`, lib/search/archive.ts). */
export interface StoredArchiveFile extends Omit<ArchiveFile, 'format' | 'articles'> {
  format: number;
  articles: StoredArticle[];
}
