/**
 * The bundle's records read from their columns (lib/search/compact-articles.ts writes them)
 * one article at a time. `readArticleColumns` checks every column when the archive loads, so
 * a broken file is refused there as before, but keeps of each article only numbers (where its
 * values are in the columns); `ArticleColumns.at` makes an article's record the first time it
 * is read. A wake's first search then makes the records of the hits it shows, not all of
 * them (all 60,000 headlines' records took 36-89 ms of a Firefox wake). A record is the same plain
 * object `expandMeta` (lib/search/stored-article.ts) gives, made once and kept: answers that
 * key maps on records (lib/search/related.ts) see one object per article.
 */
import type { AltTitle } from '../corpus/article.ts';
import type { ArticleEntity, ArticleMeta } from './archive-types.ts';
import { IntegerReader, IntegerStreamError } from './integer-stream.ts';

export class CompactArticlesError extends Error {
  override name = 'CompactArticlesError';
}

export type TextColumn = 'date' | 'time' | 'timeZone' | 'source' | 'author' | 'section';
export const TEXT_COLUMNS: readonly TextColumn[] = ['date', 'time', 'timeZone', 'source', 'author', 'section'];

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

/**
 * A column of values referred to per article: `refs[i]` is 1 + the place of article i's value
 * in `values`, 0 when it has none. An absent column has no refs.
 */
interface Referred<T> {
  values: readonly T[];
  refs: Uint32Array | null;
}

const ABSENT: Referred<never> = { values: [], refs: null };

function valueOf<T>(column: Referred<T>, i: number): T | null {
  const ref = column.refs === null ? 0 : column.refs[i]!;
  return ref === 0 ? null : column.values[ref - 1]!;
}

/** Reads one dictionary column's refs, checking each. */
function dictionaryColumn(value: unknown, what: string, count: number, ends: Ends): Referred<string> {
  if (value === undefined) return ABSENT;
  if (typeof value !== 'object' || value === null) fail(`${what} is not a column`);
  const values = strings(field(value, 'values'), `${what}'s values`);
  const reader = streamReader(text(field(value, 'refs'), `${what}'s refs`), what, ends);
  const refs = new Uint32Array(count);
  const label = `${what}'s value`;
  for (let i = 0; i < count; i++) refs[i] = reader.readBelow(values.length + 1, label);
  return { values, refs };
}

/** Reads positions stored as gaps: `refs[i]` is 1 + k when article i is the k-th position. */
function positions(at: string, what: string, count: number): { refs: Uint32Array; used: number } {
  const reader = new IntegerReader(at);
  const refs = new Uint32Array(count);
  let used = 0;
  for (let next = -1; !reader.done; ) {
    next += 1 + reader.read();
    // A position past the last article is never reached.
    if (next >= count) fail(`${what} names an article past the last`);
    refs[next] = ++used;
  }
  return { refs, used };
}

/** A field few articles have, or whose values are unique: checks its positions and each value's kind. */
function sparseColumn<T>(value: unknown, what: string, count: number, check: (v: unknown) => v is T): Referred<T> {
  if (value === undefined) return ABSENT;
  if (typeof value !== 'object' || value === null) fail(`${what} is not a column`);
  const values = field(value, 'values');
  if (!Array.isArray(values)) fail(`${what}'s values are not a list`);
  const { refs, used } = positions(text(field(value, 'at'), `${what}'s positions`), what, count);
  if (used > values.length) fail(`${what} has more positions than values`);
  if (values.length !== used) fail(`${what} has ${values.length} values for ${used} positions`);
  for (const v of values) if (!check(v)) fail(`${what} holds a value of the wrong kind`);
  return { values, refs };
}

function numberColumn(value: unknown, what: string, count: number, ends: Ends): Float64Array | null {
  if (value === undefined) return null;
  const reader = streamReader(text(value, what), what, ends);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = reader.read();
  return out;
}

/** Every article's entities end to end: article i's are `start[i]` to `start[i + 1]`, four numbers each. */
interface EntityColumn {
  ids: readonly string[];
  start: Uint32Array;
  /** Per entity: its place in `ids`, count, first, length. */
  numbers: Float64Array;
}

function entityColumn(value: unknown, count: number, ends: Ends): EntityColumn | null {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null) fail('entities is not a column');
  const ids = strings(field(value, 'ids'), "entities' ids");
  const reader = streamReader(text(field(value, 'stream'), "entities' stream"), 'entities', ends);
  const start = new Uint32Array(count + 1);
  const numbers: number[] = [];
  for (let i = 0; i < count; i++) {
    start[i] = numbers.length / 4;
    const n = reader.read();
    for (let j = 0; j < n; j++) numbers.push(reader.readBelow(ids.length, 'entity'), reader.read(), reader.read(), reader.read());
  }
  start[count] = numbers.length / 4;
  return { ids, start, numbers: Float64Array.from(numbers) };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isAltTitles = (v: unknown): v is AltTitle[] =>
  Array.isArray(v) && v.every((t: unknown) => typeof t === 'object' && t !== null && typeof field(t, 'lang') === 'string' && typeof field(t, 'title') === 'string');

interface Columns {
  count: number;
  id: readonly string[];
  title: readonly string[];
  lang: Referred<string>;
  file: Referred<string>;
  titleDerived: Uint32Array | null;
  texts: Record<TextColumn, Referred<string>>;
  altTitles: Referred<AltTitle[]>;
  url: Referred<string>;
  entities: EntityColumn | null;
  bodyLength: Float64Array | null;
  bodyKey: Referred<string>;
  chunk: Float64Array | null;
}

export function isCompactArticles(value: unknown): value is { columns: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'columns' in value;
}

/** The columns, checked in full; throws CompactArticlesError on any column that does not fit. */
export function readArticleColumns(value: unknown): ArticleColumns {
  if (typeof value !== 'object' || value === null || field(value, 'columns') !== 1) fail('not the columns of format 4');
  const count = field(value, 'count');
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) fail('the article count is not a count');
  try {
    return new ArticleColumns(checkedColumns(value, count));
  } catch (error) {
    if (error instanceof IntegerStreamError) fail(error.message);
    throw error;
  }
}

function checkedColumns(value: object, count: number): Columns {
  const id = strings(field(value, 'id'), 'id', count);
  const title = strings(field(value, 'title'), 'title', count);
  const ends: Ends = [];
  const dict = (name: 'lang' | 'file' | TextColumn) => dictionaryColumn(field(value, name), name, count, ends);
  const lang = dict('lang');
  const file = dict('file');
  const missing = (column: Referred<string>, i: number): boolean => column.refs === null || column.refs[i] === 0;
  for (let i = 0; i < count; i++) {
    if (missing(lang, i) || missing(file, i)) fail(`article ${i + 1} has no ${missing(lang, i) ? 'lang' : 'file'}`);
  }
  const derivedAt = field(value, 'titleDerived');
  const titleDerived = derivedAt === undefined ? null : positions(text(derivedAt, 'titleDerived'), 'titleDerived', count).refs;
  const texts = { date: dict('date'), time: dict('time'), timeZone: dict('timeZone'), source: dict('source'), author: dict('author'), section: dict('section') };
  const columns: Columns = {
    count,
    id,
    title,
    lang,
    file,
    titleDerived,
    texts,
    altTitles: sparseColumn(field(value, 'altTitles'), 'altTitles', count, isAltTitles),
    url: sparseColumn(field(value, 'url'), 'url', count, isString),
    entities: entityColumn(field(value, 'entities'), count, ends),
    bodyLength: numberColumn(field(value, 'bodyLength'), 'bodyLength', count, ends),
    bodyKey: sparseColumn(field(value, 'bodyKey'), 'bodyKey', count, isString),
    chunk: numberColumn(field(value, 'chunk'), 'chunk', count, ends),
  };
  for (const end of ends) end();
  return columns;
}

/** The checked columns, read article by article. */
export class ArticleColumns {
  private readonly made: Array<ArticleMeta | undefined>;
  private everyRecord: ArticleMeta[] | null = null;
  private positionOf: Map<string, number> | null = null;
  private placeHint: ((id: string) => number | undefined) | null = null;
  /**
   * Where the records made so far are: an answer makes its hits' records first (by the index's
   * numbers, `recordAt`), then asks for them by id (their texts, their copies), which must not
   * make a map of every id. Ids are distinct in every writer's columns (MiniSearch refuses a
   * second document of an id).
   */
  private readonly madeAt = new Map<string, number>();

  constructor(private readonly columns: Columns) {
    this.made = new Array<ArticleMeta | undefined>(columns.count);
  }

  get count(): number {
    return this.columns.count;
  }

  /** Article i's record, made on first read. */
  at(i: number): ArticleMeta {
    let record = this.made[i];
    if (!record) {
      record = this.made[i] = this.record(i);
      this.madeAt.set(record.id, i);
    }
    return record;
  }

  /** Every record, in order (one array, made once). */
  all(): ArticleMeta[] {
    if (!this.everyRecord) {
      const all = new Array<ArticleMeta>(this.count);
      for (let i = 0; i < all.length; i++) all[i] = this.at(i);
      this.everyRecord = all;
    }
    return this.everyRecord;
  }

  /**
   * Where another map of the same ids says an article is: the bundle's index numbers its
   * articles in their order (lib/search/archive.ts), and a Map of 60,000 ids of our own took
   * 17-53 ms in Firefox. `indexOf` checks each answer, and falls back on its own Map.
   */
  usePlaces(hint: (id: string) => number | undefined): void {
    this.placeHint = hint;
  }

  /** The place of the article of this id (the last one, as a Map of the records keeps). */
  indexOf(id: string): number | undefined {
    const made = this.madeAt.get(id);
    if (made !== undefined) return made;
    const hinted = this.positionOf ? undefined : this.placeHint?.(id);
    if (hinted !== undefined && this.columns.id[hinted] === id) return hinted;
    if (!this.positionOf) {
      const positions = new Map<string, number>();
      const ids = this.columns.id;
      for (let i = 0; i < ids.length; i++) positions.set(ids[i]!, i);
      this.positionOf = positions;
    }
    return this.positionOf.get(id);
  }

  /** Article i's record if it is the article of this id. */
  recordAt(i: number, id: string): ArticleMeta | undefined {
    return Number.isInteger(i) && i >= 0 && i < this.columns.count && this.columns.id[i] === id ? this.at(i) : undefined;
  }

  /** The text file holding article i's text, null when it has none. */
  chunkAt(i: number): number | null {
    const c = this.columns.chunk?.[i] ?? 0;
    return c > 0 ? c - 1 : null;
  }

  private record(i: number): ArticleMeta {
    const c = this.columns;
    const { date, time, timeZone, source, author, section } = c.texts;
    // Field by field in the order expandMeta (lib/search/stored-article.ts) gives them.
    return {
      id: c.id[i]!,
      title: c.title[i]!,
      titleDerived: (c.titleDerived?.[i] ?? 0) > 0,
      date: valueOf(date, i),
      time: valueOf(time, i),
      timeZone: valueOf(timeZone, i),
      source: valueOf(source, i),
      author: valueOf(author, i),
      section: valueOf(section, i),
      lang: valueOf(c.lang, i)!,
      altTitles: valueOf(c.altTitles, i) ?? [],
      url: valueOf(c.url, i),
      file: valueOf(c.file, i)!,
      entities: this.entitiesAt(i),
      bodyLength: c.bodyLength?.[i] ?? 0,
      bodyKey: valueOf(c.bodyKey, i),
    };
  }

  private entitiesAt(i: number): ArticleEntity[] {
    const e = this.columns.entities;
    if (!e) return [];
    const list: ArticleEntity[] = [];
    for (let k = e.start[i]! * 4; k < e.start[i + 1]! * 4; k += 4) {
      list.push({ id: e.ids[e.numbers[k]!]!, count: e.numbers[k + 1]!, first: e.numbers[k + 2]!, length: e.numbers[k + 3]! });
    }
    return list;
  }
}
