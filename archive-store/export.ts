/**
 * Everything the user added, as JSON Lines: a first line of metadata (format, sources,
 * what each source taught), then one compact article a line with its source's id.
 * lib/import/export-format.ts reads it back.
 */
import { exportedArticle } from './compact.ts';
import { learnedKey } from './learned.ts';
import type { ArchiveDatabase } from './schema.ts';
import { EXPORT_KIND, EXPORT_FORMAT, type ExportHeader } from '../lib/import/export-format.ts';

/** Articles read per transaction: a transaction cannot stay open while the consumer writes. */
const PAGE = 500;

export async function* exportUserArchive(db: ArchiveDatabase): AsyncGenerator<string> {
  const tx = db.transaction(['sources', 'meta']);
  const sources = await tx.objectStore('sources').getAll();
  const learnedLists = await Promise.all(sources.map((s) => tx.objectStore('meta').get(learnedKey(s.id))));
  const header: ExportHeader = {
    dossier: EXPORT_KIND,
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    articleCount: await db.count('articles'),
    sources,
    learned: Object.fromEntries(sources.flatMap((s, i) => (Array.isArray(learnedLists[i]) ? [[s.id, learnedLists[i]]] : []))),
  };
  yield JSON.stringify(header);
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const tx = db.transaction(['articles', 'texts']);
    const page = await tx.objectStore('articles').getAll(range, PAGE);
    const texts = await Promise.all(page.map((record) => tx.objectStore('texts').get(record.id)));
    for (const [i, record] of page.entries()) yield JSON.stringify(exportedArticle({ record, text: texts[i] ?? null }));
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.id;
  }
}
