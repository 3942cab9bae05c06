import type { AsPlainObject } from 'minisearch';
import type { Article } from '../corpus/article.ts';

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

export const ARCHIVE_FORMAT = 1;

/**
 * The archive file bundled with the extension (and written by `dossier build-index`).
 * `Knowledge` is typed loosely here so this module does not depend on lib/entities'
 * internals; lib/search/archive.ts narrows it.
 */
export interface ArchiveFile<K = unknown> {
  format: typeof ARCHIVE_FORMAT;
  /** Content hash of the articles and knowledge: changes whenever the archive does. */
  version: string;
  articleCount: number;
  articles: ArchiveArticle[];
  index: AsPlainObject;
  knowledge: K | null;
}
