/**
 * The articles' records of the bundle's archive.json (lib/search/bundle-files.ts), column by
 * column: one array or string per field instead of one JSON object per article. A headline's
 * record as an object cost about 255 bytes, mostly its field names and values that repeat
 * across articles (language, corpus file, source, dates, times, entity ids); here repeated
 * values are stored once and referred to by number, numbers are VLQ text
 * (lib/search/integer-stream.ts), and a field no article has costs nothing.
 * `decodeArticles` gives back exactly what `expandMeta` (lib/search/stored-article.ts) gives
 * for the same records, and checks every column as it reads it; the checking reader, which
 * makes each record only when it is read, is lib/search/article-columns.ts.
 */
import type { AltTitle } from '../corpus/article.ts';
import type { ArticleMeta } from './archive-types.ts';
import { readArticleColumns, TEXT_COLUMNS, type TextColumn } from './article-columns.ts';
import { IntegerWriter } from './integer-stream.ts';

/** Strings repeated across articles: the distinct values, and per article 1 + its value's index (0: none). */
export interface DictionaryColumn {
  values: string[];
  refs: string;
}

/** A field few articles have, or whose values are unique: the gaps between their positions, and their values. */
export interface SparseColumn<T> {
  at: string;
  values: T[];
}

export interface CompactArticles extends Partial<Record<TextColumn, DictionaryColumn>> {
  /** Marks the shape (an archive of format 3 or earlier has an array of records instead). */
  columns: 1;
  count: number;
  id: string[];
  title: string[];
  lang: DictionaryColumn;
  file: DictionaryColumn;
  /** Positions (as gaps) of the articles whose title was derived from the body. */
  titleDerived?: string;
  altTitles?: SparseColumn<AltTitle[]>;
  url?: SparseColumn<string>;
  /** Per article: how many entities, then each one's index in `ids`, count, first and length. */
  entities?: { ids: string[]; stream: string };
  /** Per article, as VLQ. */
  bodyLength?: string;
  bodyKey?: SparseColumn<string>;
  /** Per article: 1 + the text file holding its text (lib/search/bundle-files.ts), 0 when it has none. */
  chunk?: string;
}

// ---------------------------------------------------------------- writing

function dictionary(values: ReadonlyArray<string | null>): DictionaryColumn | undefined {
  if (values.every((v) => v === null)) return undefined;
  const indexOf = new Map<string, number>();
  const refs = new IntegerWriter();
  for (const value of values) {
    if (value === null) {
      refs.write(0);
      continue;
    }
    let i = indexOf.get(value);
    if (i === undefined) indexOf.set(value, (i = indexOf.size));
    refs.write(i + 1);
  }
  return { values: [...indexOf.keys()], refs: refs.text() };
}

function sparse<T>(values: ReadonlyArray<T | null>): SparseColumn<T> | undefined {
  const at = new IntegerWriter();
  const kept: T[] = [];
  let last = -1;
  values.forEach((value, i) => {
    if (value === null) return;
    at.write(i - last - 1);
    last = i;
    kept.push(value);
  });
  return kept.length ? { at: at.text(), values: kept } : undefined;
}

function numbers(values: readonly number[]): string | undefined {
  if (values.every((v) => v === 0)) return undefined;
  const out = new IntegerWriter();
  for (const v of values) out.write(v);
  return out.text();
}

/** The columns of `articles`; `chunks[i]` is the text file of article i (null: none). */
export function encodeArticles(articles: readonly ArticleMeta[], chunks: ReadonlyArray<number | null>): CompactArticles {
  const column = <T>(get: (a: ArticleMeta) => T): T[] => articles.map(get);
  const compact: CompactArticles = {
    columns: 1,
    count: articles.length,
    id: column((a) => a.id),
    title: column((a) => a.title),
    lang: dictionary(column((a) => a.lang)) ?? { values: [], refs: '' },
    file: dictionary(column((a) => a.file)) ?? { values: [], refs: '' },
  };
  const derived = sparse(column((a) => (a.titleDerived ? true : null)));
  if (derived) compact.titleDerived = derived.at;
  for (const name of TEXT_COLUMNS) {
    const dict = dictionary(column((a) => a[name]));
    if (dict) compact[name] = dict;
  }
  const altTitles = sparse(column((a) => (a.altTitles.length ? a.altTitles : null)));
  if (altTitles) compact.altTitles = altTitles;
  const url = sparse(column((a) => a.url));
  if (url) compact.url = url;
  if (articles.some((a) => a.entities.length)) compact.entities = encodeEntities(articles);
  const bodyLength = numbers(column((a) => a.bodyLength));
  if (bodyLength) compact.bodyLength = bodyLength;
  const bodyKey = sparse(column((a) => a.bodyKey));
  if (bodyKey) compact.bodyKey = bodyKey;
  const chunk = numbers(chunks.map((c) => (c === null ? 0 : c + 1)));
  if (chunk) compact.chunk = chunk;
  return compact;
}

function encodeEntities(articles: readonly ArticleMeta[]): { ids: string[]; stream: string } {
  const indexOf = new Map<string, number>();
  const out = new IntegerWriter();
  for (const a of articles) {
    out.write(a.entities.length);
    for (const e of a.entities) {
      let i = indexOf.get(e.id);
      if (i === undefined) indexOf.set(e.id, (i = indexOf.size));
      out.write(i);
      out.write(e.count);
      out.write(e.first);
      out.write(e.length);
    }
  }
  return { ids: [...indexOf.keys()], stream: out.text() };
}

// ---------------------------------------------------------------- reading

export { CompactArticlesError, isCompactArticles, readArticleColumns, type ArticleColumns } from './article-columns.ts';

export interface DecodedArticles {
  articles: ArticleMeta[];
  /** The text file of each article that has a text. */
  chunkOf: Map<string, number>;
}

/**
 * Every record back from the columns at once (the loader reads them one by one when asked:
 * lib/search/article-columns.ts); throws CompactArticlesError on any column that does not fit.
 */
export function decodeArticles(value: unknown): DecodedArticles {
  const columns = readArticleColumns(value);
  const articles = columns.all();
  const chunkOf = new Map<string, number>();
  articles.forEach((a, i) => {
    const chunk = columns.chunkAt(i);
    if (chunk !== null) chunkOf.set(a.id, chunk);
  });
  return { articles, chunkOf };
}
