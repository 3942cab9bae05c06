/** Reading the user's archive: one article, a page of articles newest first, the sources, everything. */
import type { OfficialEntry } from '../lib/entities/types.ts';
import type { ArchiveArticle, ArticleMeta, ArticleText } from '../lib/search/archive-types.ts';
import { expandArticle, recordMeta, textOf, type StoredRecord, type StoredText } from './compact.ts';
import { learnedKey, mergeLearned } from './learned.ts';
import { sourceRange, type ArchiveDatabase, type SourceRecord } from './schema.ts';

export async function readArticle(db: ArchiveDatabase, id: string): Promise<ArchiveArticle | null> {
  const tx = db.transaction(['articles', 'texts']);
  const [record, text] = await Promise.all([tx.objectStore('articles').get(id), tx.objectStore('texts').get(id)]);
  return record ? expandArticle({ record, text: text ?? null }) : null;
}

export interface ArticlePage {
  sourceId?: string;
  offset: number;
  limit: number;
}

export interface ListedArticle {
  article: ArchiveArticle;
  sourceId: string;
}

/** Newest first (undated last), optionally of one source; reads only the page asked for. */
export async function listArticles(db: ArchiveDatabase, page: ArticlePage): Promise<ListedArticle[]> {
  const tx = db.transaction(['articles', 'texts']);
  const articles = tx.objectStore('articles');
  const cursorStart =
    page.sourceId === undefined
      ? articles.index('bySort').openCursor(null, 'prev')
      : articles.index('bySourceSort').openCursor(sourceRange(page.sourceId), 'prev');
  let cursor = await cursorStart;
  if (cursor && page.offset > 0) cursor = await cursor.advance(page.offset);
  const records: StoredRecord[] = [];
  for (; cursor && records.length < page.limit; cursor = await cursor.continue()) records.push(cursor.value);
  const texts = await Promise.all(records.map((r) => tx.objectStore('texts').get(r.id)));
  return records.map((record, i) => ({ article: expandArticle({ record, text: texts[i] ?? null }), sourceId: record.sourceId }));
}

/** Newest first. */
export async function listSources(db: ArchiveDatabase): Promise<SourceRecord[]> {
  const sources = await db.getAll('sources');
  return sources.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export interface UserArchive {
  articles: ArchiveArticle[];
  /** Officials learned from every source, merged. */
  learned: OfficialEntry[];
  /** The store's change counter: equal counters mean equal contents. */
  changes: number;
}

/** Everything the background searches: all user articles and what they taught. */
export async function readUserArchive(db: ArchiveDatabase): Promise<UserArchive> {
  const [keys, articles] = await Promise.all([readUserArchiveKeys(db), readAllArticles(db)]);
  return { articles, learned: keys.learned, changes: keys.changes };
}

/**
 * Every article with its text, for indexing them all. One request per store for all: far
 * faster than one `get` per article (3 s against 0.2 s for 5,000 in Chromium); the texts'
 * keys and values come in the same key order, in the same transaction.
 */
export async function readAllArticles(db: ArchiveDatabase): Promise<ArchiveArticle[]> {
  const tx = db.transaction(['articles', 'texts']);
  const [records, texts] = await Promise.all([tx.objectStore('articles').getAll(), textsIn(tx.objectStore('texts'), null)]);
  return records.map((record) => expandArticle({ record, text: texts.get(record.id) ?? null }));
}

interface TextStore {
  getAll(range: IDBKeyRange | null): Promise<StoredText[]>;
  getAllKeys(range: IDBKeyRange | null): Promise<string[]>;
}

/** The texts stored in a key range (null: all), by id, in two requests: keys and values come in the same order. */
export async function textsIn(texts: TextStore, range: IDBKeyRange | null): Promise<Map<string, StoredText>> {
  const [ids, values] = await Promise.all([texts.getAllKeys(range), texts.getAll(range)]);
  return new Map(ids.map((id, i) => [id, values[i]!]));
}

/** Every article's record without its text, in one request (what a wake holds when it has no records snapshot). */
export async function readAllRecords(db: ArchiveDatabase): Promise<ArticleMeta[]> {
  return (await db.getAll('articles')).map(recordMeta);
}

export async function readChanges(db: ArchiveDatabase): Promise<number> {
  const changes = await db.get('meta', 'changes');
  return typeof changes === 'number' ? changes : 0;
}

export interface UserArchiveKeys {
  /** How many articles are stored. */
  count: number;
  learned: OfficialEntry[];
  changes: number;
}

/**
 * What a wake needs to know first: whether there is anything, what it taught, and the change
 * counter. A count, not the ids: all 60,000 keys took 120-460 ms to read in Chromium and Firefox.
 */
export async function readUserArchiveKeys(db: ArchiveDatabase): Promise<UserArchiveKeys> {
  const tx = db.transaction(['articles', 'sources', 'meta']);
  const [count, sources, changes] = await Promise.all([tx.objectStore('articles').count(), tx.objectStore('sources').getAll(), tx.objectStore('meta').get('changes')]);
  const learned = await learnedOf(sources, (key) => tx.objectStore('meta').get(key));
  return { count, learned, changes: typeof changes === 'number' ? changes : 0 };
}

export interface LearnedState {
  learned: OfficialEntry[];
  changes: number;
}

/** What the user's sources taught, without reading any article (the page's knowledge needs only this). */
export async function readLearned(db: ArchiveDatabase): Promise<LearnedState> {
  const tx = db.transaction(['sources', 'meta']);
  const [sources, changes] = await Promise.all([tx.objectStore('sources').getAll(), tx.objectStore('meta').get('changes')]);
  return { learned: await learnedOf(sources, (key) => tx.objectStore('meta').get(key)), changes: typeof changes === 'number' ? changes : 0 };
}

/** Every source's learned officials, merged; read inside the caller's transaction. */
async function learnedOf(sources: readonly SourceRecord[], getMeta: (key: string) => Promise<unknown>): Promise<OfficialEntry[]> {
  const lists = await Promise.all(sources.map((s) => getMeta(learnedKey(s.id))));
  let learned: OfficialEntry[] = [];
  for (const list of lists) if (Array.isArray(list)) learned = mergeLearned(learned, list);
  return learned;
}

/** The texts of these ids, in one transaction (an article stored without a text has an empty one). */
export async function readTexts(db: ArchiveDatabase, ids: readonly string[]): Promise<Map<string, ArticleText>> {
  const tx = db.transaction('texts');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  return new Map(ids.map((id, i) => [id, textOf(found[i])]));
}
