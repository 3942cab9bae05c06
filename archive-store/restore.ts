/**
 * Removing a source so that it can be put back (the archive page's Undo): the removal
 * takes everything of the source in one transaction and hands it back, and restoring
 * puts exactly those records back in one transaction, so the source returns as it was
 * (its date of import, its errors, what it taught), not as a new import.
 */
import type { OfficialEntry } from '../lib/entities/types.ts';
import type { StoredArticle } from './compact.ts';
import { learnedKey } from './learned.ts';
import { sourceRange, type ArchiveDatabase, type SourceRecord } from './schema.ts';

/** A removed source, as it was stored. Held by the page that removed it, for Undo. */
export interface RemovedSource {
  source: SourceRecord;
  articles: StoredArticle[];
  learned: OfficialEntry[] | null;
}

async function bumpChanges(meta: { get(key: string): Promise<unknown>; put(value: number, key: string): Promise<unknown> }): Promise<void> {
  const changes = await meta.get('changes');
  await meta.put((typeof changes === 'number' ? changes : 0) + 1, 'changes');
}

/** Removes a source with its articles and what it taught; returns them, or null when there is no such source. */
export async function takeSource(db: ArchiveDatabase, id: string): Promise<RemovedSource | null> {
  const tx = db.transaction(['articles', 'texts', 'sources', 'meta'], 'readwrite');
  const articles = tx.objectStore('articles');
  const texts = tx.objectStore('texts');
  const meta = tx.objectStore('meta');
  const [source, records, learned] = await Promise.all([tx.objectStore('sources').get(id), articles.index('bySourceSort').getAll(sourceRange(id)), meta.get(learnedKey(id))]);
  if (!source) {
    await tx.done;
    return null;
  }
  const stored = await Promise.all(records.map(async (record): Promise<StoredArticle> => ({ record, text: (await texts.get(record.id)) ?? null })));
  await Promise.all([
    ...records.flatMap((a) => [articles.delete(a.id), texts.delete(a.id)]),
    tx.objectStore('sources').delete(id),
    meta.delete(learnedKey(id)),
    bumpChanges(meta),
    tx.done,
  ]);
  return { source, articles: stored, learned: Array.isArray(learned) ? learned : null };
}

/**
 * Puts a removed source back. An article stored again meanwhile under the same id (the
 * user re-imported it) keeps the newer copy.
 */
export async function restoreSource(db: ArchiveDatabase, removed: RemovedSource): Promise<void> {
  const tx = db.transaction(['articles', 'texts', 'sources', 'meta'], 'readwrite');
  const articles = tx.objectStore('articles');
  const texts = tx.objectStore('texts');
  const meta = tx.objectStore('meta');
  const taken = await Promise.all(removed.articles.map(({ record }) => articles.getKey(record.id)));
  await Promise.all([
    ...removed.articles.flatMap(({ record, text }, i) => (taken[i] !== undefined ? [] : [articles.put(record), ...(text ? [texts.put(text, record.id)] : [])])),
    tx.objectStore('sources').put(removed.source),
    ...(removed.learned ? [meta.put(removed.learned, learnedKey(removed.source.id))] : []),
    bumpChanges(meta),
    tx.done,
  ]);
}
