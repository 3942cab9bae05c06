/**
 * The articles' records of the bundle's archive.json (lib/search/bundle-files.ts), column by
 * column: one array or string per field instead of one JSON object per article. A headline's
 * record as an object cost about 255 bytes, mostly its field names and values that repeat
 * across articles (language, corpus file, source, dates, times, entity ids); here repeated
 * values are stored once and referred to by number, numbers are VLQ text
 * (lib/search/integer-stream.ts), and a field no article has costs nothing.
 * `decodeArticles` gives back exactly what `expandMeta` (lib/search/stored-article.ts) gives
 * for the same records, and checks every column as it reads it. Over 300 lines: the writer
 * and the checking reader of each column are kept side by side, as they must agree.
 */
import type { AltTitle } from '../corpus/article.ts';
import type { ArticleEntity, ArticleMeta } from './archive-types.ts';
import { IntegerReader, IntegerStreamError, IntegerWriter } from './integer-stream.ts';

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

export type TextColumn = 'date' | 'time' | 'timeZone' | 'source' | 'author' | 'section';
const TEXT_COLUMNS: readonly TextColumn[] = ['date', 'time', 'timeZone', 'source', 'author', 'section'];

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

export class CompactArticlesError extends Error {
  override name = 'CompactArticlesError';
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

export function isCompactArticles(value: unknown): value is { columns: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'columns' in value;
}

function fail(message: string): never {
  throw new CompactArticlesError(`the articles' records are malformed: ${message}`);
}

function field(value: object, name: string): unknown {
  return Object.getOwnPropertyDescriptor(value, name)?.value;
}

function strings(value: unknown, what: string, length?: number): string[] {
  if (!Array.isArray(value)) fail(`${what} is not a list`);
  if (length !== undefined && value.length !== length) fail(`${what} has ${value.length} values for ${length} articles`);
  for (const v of value) if (typeof v !== 'string') fail(`${what} holds a value that is not text`);
  return value;
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string') fail(`${what} is not a VLQ string`);
  return value;
}

/** Checks run once every article is read: each column was used up, no more and no less. */
type Ends = Array<() => void>;

function streamReader(value: string, what: string, ends: Ends): IntegerReader {
  const reader = new IntegerReader(value);
  ends.push(() => reader.done || fail(`${what} holds more values than there are articles`));
  return reader;
}

/** Reads one dictionary column article by article; an absent column reads null throughout. */
function dictionaryReader(value: unknown, what: string, ends: Ends): () => string | null {
  if (value === undefined) return () => null;
  if (typeof value !== 'object' || value === null) fail(`${what} is not a column`);
  const values = strings(field(value, 'values'), `${what}'s values`);
  const refs = streamReader(text(field(value, 'refs'), `${what}'s refs`), what, ends);
  return () => {
    const ref = refs.readBelow(values.length + 1, `${what}'s value`);
    return ref === 0 ? null : values[ref - 1]!;
  };
}

/** Reads one sparse column in article order: `at(i)` gives article i's value or null. */
function sparseReader<T>(value: unknown, what: string, check: (v: unknown) => v is T, ends: Ends): (i: number) => T | null {
  if (value === undefined) return () => null;
  if (typeof value !== 'object' || value === null) fail(`${what} is not a column`);
  const values = field(value, 'values');
  if (!Array.isArray(values)) fail(`${what}'s values are not a list`);
  let used = 0;
  const read = positions(text(field(value, 'at'), `${what}'s positions`), what, ends, (k) => {
    used = k + 1;
    if (k >= values.length) fail(`${what} has more positions than values`);
    const v: unknown = values[k];
    if (!check(v)) fail(`${what} holds a value of the wrong kind`);
    return v;
  });
  ends.push(() => values.length === used || fail(`${what} has ${values.length} values for ${used} positions`));
  return read;
}

/** Walks positions stored as gaps: article i's value is `valueAt(k)` when i is the k-th position. */
function positions<T>(at: string, what: string, ends: Ends, valueAt: (k: number) => T): (i: number) => T | null {
  const reader = new IntegerReader(at);
  let k = 0;
  let next = reader.done ? Infinity : reader.read();
  // A position past the last article is never reached: the stream is then not used up.
  ends.push(() => next === Infinity || fail(`${what} names an article past the last`));
  return (i) => {
    if (i !== next) return null;
    const value = valueAt(k++);
    next = reader.done ? Infinity : next + 1 + reader.read();
    return value;
  };
}

function numberReader(value: unknown, what: string, ends: Ends): () => number {
  if (value === undefined) return () => 0;
  const reader = streamReader(text(value, what), what, ends);
  return () => reader.read();
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isAltTitles = (v: unknown): v is AltTitle[] =>
  Array.isArray(v) && v.every((t: unknown) => typeof t === 'object' && t !== null && typeof field(t, 'lang') === 'string' && typeof field(t, 'title') === 'string');

export interface DecodedArticles {
  articles: ArticleMeta[];
  /** The text file of each article that has a text. */
  chunkOf: Map<string, number>;
}

/** The records back from their columns; throws CompactArticlesError on any column that does not fit. */
export function decodeArticles(value: unknown): DecodedArticles {
  if (typeof value !== 'object' || value === null || field(value, 'columns') !== 1) fail('not the columns of format 4');
  const count = field(value, 'count');
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) fail('the article count is not a count');
  try {
    return readColumns(value, count);
  } catch (error) {
    if (error instanceof IntegerStreamError) fail(error.message);
    throw error;
  }
}

function readColumns(value: object, count: number): DecodedArticles {
  const ids = strings(field(value, 'id'), 'id', count);
  const titles = strings(field(value, 'title'), 'title', count);
  const ends: Ends = [];
  const dict = (name: 'lang' | 'file' | TextColumn) => dictionaryReader(field(value, name), name, ends);
  const lang = dict('lang');
  const file = dict('file');
  const derivedAt = field(value, 'titleDerived');
  const derived = derivedAt === undefined ? () => null : positions(text(derivedAt, 'titleDerived'), 'titleDerived', ends, () => true);
  const [date, time, timeZone, source, author, section] = [dict('date'), dict('time'), dict('timeZone'), dict('source'), dict('author'), dict('section')];
  const altTitles = sparseReader(field(value, 'altTitles'), 'altTitles', isAltTitles, ends);
  const url = sparseReader(field(value, 'url'), 'url', isString, ends);
  const entities = entityReader(field(value, 'entities'), ends);
  const bodyLength = numberReader(field(value, 'bodyLength'), 'bodyLength', ends);
  const bodyKey = sparseReader(field(value, 'bodyKey'), 'bodyKey', isString, ends);
  const chunk = numberReader(field(value, 'chunk'), 'chunk', ends);
  const articles: ArticleMeta[] = new Array<ArticleMeta>(count);
  const chunkOf = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const langValue = lang();
    const fileValue = file();
    if (langValue === null || fileValue === null) fail(`article ${i + 1} has no ${langValue === null ? 'lang' : 'file'}`);
    // Field by field in the order expandMeta (lib/search/stored-article.ts) gives them.
    articles[i] = {
      id: ids[i]!,
      title: titles[i]!,
      titleDerived: derived(i) ?? false,
      date: date(),
      time: time(),
      timeZone: timeZone(),
      source: source(),
      author: author(),
      section: section(),
      lang: langValue,
      altTitles: altTitles(i) ?? [],
      url: url(i),
      file: fileValue,
      entities: entities(),
      bodyLength: bodyLength(),
      bodyKey: bodyKey(i),
    };
    const c = chunk();
    if (c > 0) chunkOf.set(ids[i]!, c - 1);
  }
  for (const end of ends) end();
  return { articles, chunkOf };
}

function entityReader(value: unknown, ends: Ends): () => ArticleEntity[] {
  if (value === undefined) return () => [];
  if (typeof value !== 'object' || value === null) fail('entities is not a column');
  const ids = strings(field(value, 'ids'), "entities' ids");
  const reader = streamReader(text(field(value, 'stream'), "entities' stream"), 'entities', ends);
  return () => {
    const n = reader.read();
    const list: ArticleEntity[] = [];
    for (let j = 0; j < n; j++) {
      const id = ids[reader.readBelow(ids.length, 'entity')]!;
      list.push({ id, count: reader.read(), first: reader.read(), length: reader.read() });
    }
    return list;
  };
}
