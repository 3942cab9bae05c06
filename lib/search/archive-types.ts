import type { AsPlainObject } from 'minisearch';
import type { Article } from '../corpus/article.ts';
import type { Knowledge } from '../entities/types.ts';
import type { CompactArticles } from './compact-articles.ts';
import type { ReadableCompactIndex } from './compact-index-format.ts';
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

/** The text of an article that is read only when shown (lib/search/article-texts.ts). */
export type ArticleText = Pick<Article, 'body' | 'sidebar'>;

/**
 * An article as a loaded archive holds it: everything but its text, plus what the answers
 * need of the text for every article (the related ranking's body length, the near-duplicate
 * key). The text is read on demand from `LoadedArchive.texts`.
 */
export interface ArticleMeta extends Omit<ArchiveArticle, keyof ArticleText> {
  /** `bodyLength` of lib/search/archive-stats.ts: the paragraphs' lengths plus 2 each. */
  bodyLength: number;
  /** A hash of the body's near-duplicate key (lib/search/near-duplicates.ts), null when the body is too short to have one. */
  bodyKey: string | null;
}

/**
 * 2: articles are stored without their empty fields (lib/search/stored-article.ts);
 * 3: the index is compact (lib/search/compact-index.ts); 4: the bundle's articles are stored
 * column by column (lib/search/compact-articles.ts; the CLI's file keeps records with inline
 * texts); 5: the compact index keeps each term's postings apart, read when first used (its
 * format 2, lib/search/compact-index-format.ts). 1 and 2 (MiniSearch's own JSON), 3 and 4 are
 * still read.
 */
export const ARCHIVE_FORMAT = 5;
export const READABLE_ARCHIVE_FORMATS: readonly number[] = [1, 2, 3, 4, ARCHIVE_FORMAT];
/** The first format whose articles may be `CompactArticles`. */
export const COMPACT_ARTICLES_SINCE = 4;
/** The first format whose index is a `CompactIndex`. */
export const COMPACT_INDEX_SINCE = 3;

/**
 * The index as stored: compact, as `buildArchive` makes it (of compact format 1 when the file was
 * loaded from an archive of format 3 or 4); MiniSearch's own JSON when it was loaded from an
 * archive of format 1 or 2 (`serializeArchive` writes either in the current compact format).
 */
export type StoredIndex = ReadableCompactIndex | AsPlainObject;

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

/**
 * The archive file as written: articles without their empty fields (`serializeArchive`,
 * lib/search/archive.ts), or in the bundle, column by column (from format 4).
 */
export interface StoredArchiveFile extends Omit<ArchiveFile, 'format' | 'articles'> {
  format: number;
  articles: StoredArticle[] | CompactArticles;
  /**
   * Present in the extension's bundle (lib/search/bundle-files.ts): the articles' texts are
   * in this many files of their own, and each article with a text names its file (`chunk`).
   */
  textChunks?: number;
}

/** The archive as loaded: articles without their text. */
export interface LoadedArchiveFile extends Omit<ArchiveFile, 'articles'> {
  articles: ArticleMeta[];
}
