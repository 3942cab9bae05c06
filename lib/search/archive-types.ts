import type { AsPlainObject } from 'minisearch';
import type { Article } from '../corpus/article.ts';
import type { Knowledge } from '../entities/types.ts';

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
 * Its knowledge is checked against lib/search/knowledge-schema.ts when it is loaded.
 */
export interface ArchiveFile {
  format: typeof ARCHIVE_FORMAT;
  /** Content hash of the articles and knowledge: changes whenever the archive does. */
  version: string;
  articleCount: number;
  articles: ArchiveArticle[];
  index: AsPlainObject;
  knowledge: Knowledge | null;
}
