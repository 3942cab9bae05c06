/**
 * Databases as earlier versions of Dossier left them (archive-store/schema.ts), written
 * without the current code: what an extension update finds in the browser profile.
 */
import { openDB } from 'idb';
import { dedupKey, urlKeyOf } from '../../../archive-store/dedup.ts';
import { openArchiveDb } from '../../../archive-store/schema.ts';
import type { ArchiveArticle } from '../../../lib/search/archive-types.ts';
import { storedArticle } from '../../../lib/search/stored-article.ts';

/** An article as versions 2 and 3 stored it: its non-empty fields with its text, its source and its index keys. */
export function recordWithText(article: ArchiveArticle, sourceId: string): object {
  return { ...storedArticle(article), sourceId, dedup: dedupKey(article), sort: article.date ?? '0', ...urlKeyOf(article.url) };
}

export interface OldContents {
  articles: object[];
  sources?: object[];
  /** `meta` values by key. */
  meta?: Record<string, unknown>;
}

/** Creates the database at `version` with these contents, and closes it. */
export async function oldDatabase(name: string, version: number, contents: OldContents): Promise<void> {
  (await openArchiveDb(version, name)).close();
  const db = await openDB(name);
  const tx = db.transaction(['articles', 'sources', 'meta'], 'readwrite');
  await Promise.all([
    ...contents.articles.map((a) => tx.objectStore('articles').put(a)),
    ...(contents.sources ?? []).map((s) => tx.objectStore('sources').put(s)),
    ...Object.entries(contents.meta ?? {}).map(([key, value]) => tx.objectStore('meta').put(value, key)),
    tx.done,
  ]);
  db.close();
}
