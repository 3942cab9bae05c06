import MiniSearch from 'minisearch';
import type { Article } from '../corpus/article.ts';
import { ARCHIVE_FORMAT, type ArchiveArticle, type ArchiveFile, type ArticleEntity } from './archive-types.ts';
import { hash53 } from './hash.ts';
import { indexOptions, toIndexedDocument, type IndexedDocument } from './index-config.ts';

/** Finds the entities of one article; supplied by lib/entities at build time. */
export type ArticleAnnotator = (article: Article) => ArticleEntity[];

export interface BuildArchiveInput<K> {
  articles: readonly Article[];
  knowledge: K | null;
  annotate?: ArticleAnnotator;
  onProgress?: (done: number, total: number) => void;
}

/** Builds the archive file: articles with their entities, the serialized index, a version. */
export function buildArchive<K>(input: BuildArchiveInput<K>): ArchiveFile<K> {
  const { articles, knowledge, annotate, onProgress } = input;
  const annotated: ArchiveArticle[] = [];
  const index = new MiniSearch<IndexedDocument>(indexOptions);
  const step = Math.max(1, Math.floor(articles.length / 100));
  articles.forEach((article, i) => {
    const withEntities: ArchiveArticle = { ...article, entities: annotate ? annotate(article) : [] };
    annotated.push(withEntities);
    index.add(toIndexedDocument(withEntities));
    if (onProgress && (i % step === 0 || i === articles.length - 1)) onProgress(i + 1, articles.length);
  });
  const version = hash53(JSON.stringify(annotated) + JSON.stringify(knowledge));
  return {
    format: ARCHIVE_FORMAT,
    version,
    articleCount: annotated.length,
    articles: annotated,
    index: index.toJSON(),
    knowledge,
  };
}

export interface LoadedArchive<K = unknown> {
  file: ArchiveFile<K>;
  index: MiniSearch<IndexedDocument>;
  byId: Map<string, ArchiveArticle>;
}

export class ArchiveFormatError extends Error {
  override name = 'ArchiveFormatError';
}

/** Checks the shape of a parsed archive file without trusting it. */
export function assertArchiveFile(value: unknown): asserts value is ArchiveFile {
  if (typeof value !== 'object' || value === null) throw new ArchiveFormatError('not an archive: expected a JSON object');
  const v = value as Partial<ArchiveFile>;
  if (v.format !== ARCHIVE_FORMAT) {
    throw new ArchiveFormatError(`not a Dossier archive of format ${ARCHIVE_FORMAT} (format: ${String(v.format)})`);
  }
  if (!Array.isArray(v.articles) || typeof v.index !== 'object' || v.index === null || typeof v.version !== 'string') {
    throw new ArchiveFormatError('archive is missing its articles, index or version');
  }
}

/** Loads a parsed archive file: deserialises the prebuilt index, never re-indexes. */
export function loadArchive<K>(value: unknown): LoadedArchive<K> {
  assertArchiveFile(value);
  const file = value as ArchiveFile<K>;
  let index: MiniSearch<IndexedDocument>;
  try {
    index = MiniSearch.loadJS<IndexedDocument>(file.index, indexOptions);
  } catch (error) {
    throw new ArchiveFormatError(`archive index is unreadable: ${error instanceof Error ? error.message : String(error)}`);
  }
  const byId = new Map(file.articles.map((a) => [a.id, a]));
  return { file, index, byId };
}
