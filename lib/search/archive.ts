import MiniSearch from 'minisearch';
import type { Article } from '../corpus/article.ts';
import type { Knowledge } from '../entities/types.ts';
import { ARCHIVE_FORMAT, COMPACT_ARTICLES_SINCE, COMPACT_INDEX_SINCE, READABLE_ARCHIVE_FORMATS, type ArchiveArticle, type ArchiveFile, type ArticleEntity, type ArticleMeta, type ArticleText, type LoadedArchiveFile, type StoredArchiveFile, type StoredIndex } from './archive-types.ts';
import { CompactArticlesError, isCompactArticles, readArticleColumns, type ArticleColumns } from './article-columns.ts';
import { currentCompactIndex, encodeIndex, loadCompactIndex, type IndexSource } from './compact-index.ts';
import { ArticleTexts } from './article-texts.ts';
import { chunkedTexts, type ReadTextChunk } from './bundle-files.ts';
import { columnsSource, RecordsById, withLazyArticles } from './lazy-records.ts';
import { hash53 } from './hash.ts';
import { indexOptions, toIndexedDocument, type IndexedDocument } from './index-config.ts';
import { isKnowledge, knowledgeProblem } from './knowledge-schema.ts';
import { expandMeta, fullArticle, storedArticle, type StoredArticle } from './stored-article.ts';

/** Finds the entities of one article; supplied by lib/entities at build time. */
export type ArticleAnnotator = (article: Article) => ArticleEntity[];

export interface BuildArchiveInput {
  articles: readonly Article[];
  knowledge: Knowledge | null;
  annotate?: ArticleAnnotator;
  onProgress?: (done: number, total: number) => void;
}

/** Builds the archive file: articles with their entities, the serialized index, a version. */
export function buildArchive(input: BuildArchiveInput): ArchiveFile {
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
    index: encodeIndex(index.toJSON()),
    knowledge,
  };
}

/** The archive file's text: articles without their empty fields (lib/search/stored-article.ts). */
export function serializeArchive(archive: ArchiveFile): string {
  const stored: StoredArchiveFile = { ...archive, index: currentCompactIndex(archive.index), articles: archive.articles.map(storedArticle) };
  return JSON.stringify(stored);
}

export interface LoadedArchive {
  file: LoadedArchiveFile;
  index: MiniSearch<IndexedDocument>;
  byId: Map<string, ArticleMeta>;
  /** The articles' texts, read when an answer shows them (lib/search/article-texts.ts). */
  texts: ArticleTexts;
  /**
   * The record of the article the index numbers `doc`, if that is the article of this id: a
   * bundle's index numbers its articles in their order, so a search's hits need no lookup by
   * id, whose map (MiniSearch's own, made when first used: lib/search/compact-index.ts) took
   * 16-25 ms of a Firefox wake at 60,146 articles. Absent: look the id up in `byId`.
   */
  recordAt?: (doc: number, id: string) => ArticleMeta | undefined;
}

export class ArchiveFormatError extends Error {
  override name = 'ArchiveFormatError';
}

/**
 * Checks the shape of a parsed archive file without trusting it: the top level, and the
 * entity knowledge in full (about 3 ms for the bundled archive's 250 countries and 656
 * officials, once per worker wake), so that nothing downstream needs to check or cast it.
 * Articles and the index are not walked: the index loader rejects a broken index, and
 * walking every article would cost a large archive's wake more than it protects.
 */
export function assertArchiveFile(value: unknown): asserts value is StoredArchiveFile {
  if (typeof value !== 'object' || value === null) throw new ArchiveFormatError('not an archive: expected a JSON object');
  const v: Partial<Record<keyof ArchiveFile, unknown>> = value;
  if (typeof v.format !== 'number' || !READABLE_ARCHIVE_FORMATS.includes(v.format)) {
    throw new ArchiveFormatError(`not a Dossier archive of format ${ARCHIVE_FORMAT} (format: ${String(v.format)})`);
  }
  const columns = v.format >= COMPACT_ARTICLES_SINCE && isCompactArticles(v.articles);
  if (!(Array.isArray(v.articles) || columns) || typeof v.index !== 'object' || v.index === null || typeof v.version !== 'string') {
    throw new ArchiveFormatError('archive is missing its articles, index or version');
  }
  if ('textChunks' in value && typeof value.textChunks !== 'number') throw new ArchiveFormatError('archive names its text files wrongly');
  // The quick check (no copy, no issue list) runs at every wake; the detailed one only to word an error.
  const problem = v.knowledge === null || v.knowledge === undefined || isKnowledge(v.knowledge) ? null : knowledgeProblem(v.knowledge);
  if (problem) throw new ArchiveFormatError(`archive's entity knowledge is malformed ${problem}`);
}

/**
 * Loads a parsed archive file: deserialises the prebuilt index, never re-indexes. `source`:
 * 'packaged' for the extension's own bundle, whose index is not hashed again at each load
 * (lib/search/compact-index-format.ts `IndexSource`); any other archive is checked in full. The
 * articles' texts stay where they are: in the file's records (kept in memory as they are),
 * or, in the extension's bundle, in files of their own that `readChunk` reads when a text
 * is first shown (lib/search/bundle-files.ts). A bundle's records are checked here and made
 * when first read (lib/search/lazy-records.ts).
 */
export function loadArchive(value: unknown, readChunk?: ReadTextChunk, source: IndexSource = 'stored'): LoadedArchive {
  assertArchiveFile(value);
  const { articles: stored, textChunks, ...fields } = value;
  const { file, byId, chunkOf, columns } = Array.isArray(stored) ? expandRecords(fields, stored) : lazyRecords(fields, readColumns(stored));
  let texts: ArticleTexts;
  if (textChunks === undefined) {
    const inline: Array<[string, ArticleText]> = [];
    if (Array.isArray(stored)) for (const a of stored) if (a.body || a.sidebar) inline.push([a.id, { body: a.body ?? [], sidebar: a.sidebar ?? [] }]);
    texts = ArticleTexts.inMemory(inline);
  } else {
    if (!readChunk) throw new ArchiveFormatError('archive keeps its texts in files of their own, and none was given to read them');
    texts = new ArticleTexts(chunkedTexts(chunkOf, readChunk));
  }
  let index: MiniSearch<IndexedDocument>;
  try {
    index = loadIndex(value.format, file.index, source);
  } catch (error) {
    throw new ArchiveFormatError(`archive index is unreadable: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The index numbers the bundle's articles in their order (buildArchive adds them so); read
  // at each call, as the index's own map, not a copy.
  columns?.usePlaces((id) => index['_idToShortId'].get(id));
  return { file, index, byId, texts, ...(columns ? { recordAt: (doc: number, id: string) => columns.recordAt(doc, id) } : {}) };
}

type FileFields = Omit<StoredArchiveFile, 'articles' | 'textChunks'>;

interface Records {
  file: LoadedArchiveFile;
  byId: Map<string, ArticleMeta>;
  /** The text file of an article that has a text. */
  chunkOf: (id: string) => number | undefined;
  /** A bundle's columns, whose records are made when read. */
  columns?: ArticleColumns;
}

/** Records as one JSON object each (the CLI's file, and every archive before format 4). */
function expandRecords(fields: FileFields, stored: readonly StoredArticle[]): Records {
  const chunks = new Map<string, number>();
  for (const a of stored) if (a.chunk !== undefined) chunks.set(a.id, a.chunk);
  const file: LoadedArchiveFile = { ...fields, format: ARCHIVE_FORMAT, articles: stored.map(expandMeta) };
  return { file, byId: new Map(file.articles.map((a) => [a.id, a])), chunkOf: (id) => chunks.get(id) };
}

/** A bundle's columns: each record made when first read. */
function lazyRecords(fields: FileFields, columns: ArticleColumns): Records {
  const file = withLazyArticles<LoadedArchiveFile>({ ...fields, format: ARCHIVE_FORMAT, articles: [] }, columns);
  const chunkOf = (id: string): number | undefined => {
    const i = columns.indexOf(id);
    return i === undefined ? undefined : (columns.chunkAt(i) ?? undefined);
  };
  return { file, byId: new RecordsById(columnsSource(columns)), chunkOf, columns };
}

function readColumns(stored: unknown): ArticleColumns {
  try {
    return readArticleColumns(stored);
  } catch (error) {
    if (error instanceof CompactArticlesError) throw new ArchiveFormatError(error.message);
    throw error;
  }
}

/** The archive file back from a loaded archive whose texts are all in memory (as the CLI reads one). */
export function archiveFileOf(archive: LoadedArchive): ArchiveFile {
  return { ...archive.file, articles: archive.file.articles.map((a) => fullArticle(a, archive.texts.text(a.id))) };
}

/** From format 3 the compact index (lib/search/compact-index.ts), before it MiniSearch's own JSON. */
function loadIndex(format: number, index: StoredIndex, source: IndexSource): MiniSearch<IndexedDocument> {
  if (format >= COMPACT_INDEX_SINCE) return loadCompactIndex(index, indexOptions, source);
  if ('compactIndex' in index) throw new Error(`a compact index in an archive of format ${format}`);
  return MiniSearch.loadJS<IndexedDocument>(index, indexOptions);
}
