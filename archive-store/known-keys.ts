/**
 * The dedup keys of every stored article, read once when an import starts, so that each
 * chunk's duplicates are found in memory: looking each article up in the store and two
 * indexes cost three IndexedDB requests per article (180,000 for 60,000 headlines), each
 * waited for in the chunk's transaction.
 * The keys hold as long as nobody else writes; `changes` (bumped by every writer in its own
 * transaction, archive-store/schema.ts) tells commit.ts when they no longer do.
 */
import { DedupSet } from './dedup.ts';
import type { ArchiveDatabase } from './schema.ts';

export interface KnownKeys {
  /** Every stored article's keys, and those of the chunks committed since. */
  stored: DedupSet;
  /** The change counter the keys are true for. */
  changes: number;
  /** False once another writer changed the store: from then on, chunks look articles up in the indexes. */
  trusted: boolean;
}

/** One read-only transaction: the primary keys in one request, the URL and title+date+source keys by key cursor. */
export async function readKnownKeys(db: ArchiveDatabase): Promise<KnownKeys> {
  const tx = db.transaction(['articles', 'meta']);
  const articles = tx.objectStore('articles');
  const indexKeys = async (index: 'byUrl' | 'byDedup'): Promise<string[]> => {
    const keys: string[] = [];
    for (let cursor = await articles.index(index).openKeyCursor(); cursor; cursor = await cursor.continue()) keys.push(cursor.key);
    return keys;
  };
  const [ids, urls, keys, changes] = await Promise.all([articles.getAllKeys(), indexKeys('byUrl'), indexKeys('byDedup'), tx.objectStore('meta').get('changes')]);
  return { stored: new DedupSet({ ids, urls, keys }), changes: typeof changes === 'number' ? changes : 0, trusted: true };
}
