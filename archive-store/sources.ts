/** Removing a source: its articles with their texts, its record and what it taught go in one transaction. */
import { learnedKey } from './learned.ts';
import { sourceRange, type ArchiveDatabase } from './schema.ts';

/** Returns how many articles went; 0 when there was no such source. */
export async function removeSource(db: ArchiveDatabase, id: string): Promise<number> {
  const tx = db.transaction(['articles', 'texts', 'sources', 'meta'], 'readwrite');
  const articles = tx.objectStore('articles');
  const texts = tx.objectStore('texts');
  const keys = await articles.index('bySourceSort').getAllKeys(sourceRange(id));
  const meta = tx.objectStore('meta');
  const changes = await meta.get('changes');
  await Promise.all([
    ...keys.flatMap((key) => [articles.delete(key), texts.delete(key)]),
    tx.objectStore('sources').delete(id),
    meta.delete(learnedKey(id)),
    meta.put((typeof changes === 'number' ? changes : 0) + 1, 'changes'),
    tx.done,
  ]);
  return keys.length;
}
