/**
 * The user's archive database: its name, version, stores and the upgrade from every earlier
 * version. archive-store/ is the only code that opens it (see archive-store/index.ts).
 */
import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { OfficialEntry } from '../lib/entities/types.ts';
import type { SourceRecord } from '../lib/import/export-format.ts';
import { sortKey, type StoredRecord, type StoredText } from './compact.ts';
import { dedupKey, urlKeyOf } from './dedup.ts';
import { splitTexts } from './split-texts.ts';

export const DB_NAME = 'dossier';

/**
 * 1: articles (by source), sources, meta.
 * 2: articles carry their dedup key and sort date, with indexes on them and on the URL.
 * 3: no `bySource` index: `bySourceSort` answers the same lookups (its keys start with the
 *    source), and each index is one more write per stored article.
 * 4: texts (body, sidebar) in a store of their own, `texts`, keyed by the article's id; the
 *    records in `articles` carry the text's length and near-duplicate key instead, so that the
 *    background reads every record without reading every text (archive-store/split-texts.ts).
 */
export const DB_VERSION = 4;

/** One import batch or the saved pages: what the archive page lists (its shape is the export's). */
export type { SourceKind, SourceRecord } from '../lib/import/export-format.ts';

/** What `meta` holds, by key. */
export interface MetaValues {
  /** Bumped by every change to the user's articles, in the same transaction. */
  changes: number;
  /** Officials learned from one source's articles (key `learned:<sourceId>`). */
  learned: OfficialEntry[];
  /** The background's search index over the bundle and the user's articles, and their records (see entrypoints/background/user-archive.ts). */
  snapshot: unknown;
}

export interface ArchiveDB extends DBSchema {
  articles: {
    key: string;
    value: StoredRecord;
    indexes: { bySourceSort: [string, string]; bySort: string; byUrl: string; byDedup: string };
  };
  /** Key: the article's id; only articles with a text have one. */
  texts: { key: string; value: StoredText };
  sources: { key: string; value: SourceRecord };
  meta: { key: string; value: MetaValues[keyof MetaValues] };
}

export type ArchiveDatabase = IDBPDatabase<ArchiveDB>;
export type UpgradeTransaction = IDBPTransaction<ArchiveDB, StoreNames<ArchiveDB>[], 'versionchange'>;

/** Each step takes the database from version `n - 1` to `n`; a fresh database runs them all. */
const steps: Array<(db: ArchiveDatabase, tx: UpgradeTransaction) => Promise<void> | void> = [
  // 0 → 1
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    // Through the plain store: the index is gone from the current schema's types (3 drops it).
    unwrap(articles).createIndex('bySource', 'sourceId');
    db.createObjectStore('sources', { keyPath: 'id' });
    db.createObjectStore('meta');
  },
  // 1 → 2: dedup and newest-first lookups by index instead of reading every article.
  async (_db, tx) => {
    const articles = tx.objectStore('articles');
    articles.createIndex('bySourceSort', ['sourceId', 'sort']);
    articles.createIndex('bySort', 'sort');
    articles.createIndex('byUrl', 'urlKey');
    articles.createIndex('byDedup', 'dedup');
    for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
      const a = cursor.value;
      await cursor.update({ ...a, ...urlKeyOf(a.url), dedup: dedupKey(a), sort: sortKey(a.date) });
    }
  },
  // 2 → 3: one index fewer to write on every import.
  (_db, tx) => {
    unwrap(tx.objectStore('articles')).deleteIndex('bySource');
  },
  // 3 → 4: reading every record no longer reads every text.
  async (db, tx) => {
    db.createObjectStore('texts');
    await splitTexts(tx);
  },
];

/** Every article of one source, for `bySourceSort` (sort keys are dates or '0', all below U+FFFF). */
export function sourceRange(sourceId: string): IDBKeyRange {
  return IDBKeyRange.bound([sourceId, ''], [sourceId, '\uffff']);
}

/** Opens (creating or upgrading) the database; `version` is for tests that build an older one. */
export function openArchiveDb(version = DB_VERSION, name = DB_NAME): Promise<ArchiveDatabase> {
  return openDB<ArchiveDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) await steps[v]!(db, tx);
    },
  });
}
