/**
 * What changed in the store since the background last looked, read in small pieces. The
 * background's refresh after `archiveChanged` runs in Chrome's offscreen document, which shares
 * its renderer's main thread with the archive page, and the browser hands an IndexedDB reply to
 * the page in one task: all 60,000 keys in one reply, or the replies to 7,500 `get`s issued
 * together, made tasks of 75-180 ms on the archive page while an import ran (bench:import's
 * trace). Each page or slice below is one request or one small transaction, awaited before the
 * next, so each reply's task stays small.
 */
import type { ArchiveArticle } from '../lib/search/archive-types.ts';
import { expandArticle, type StoredRecord, type StoredText } from './compact.ts';
import { textsIn } from './read.ts';
import type { ArchiveDatabase } from './schema.ts';

/** Keys per request: about 6 ms of a reply's work in Chromium on this machine's cores. */
export const ID_PAGE = 5000;
/** Articles per request or transaction: a few ms of replies for headlines, under 20 ms for long articles. */
export const ARTICLE_SLICE = 250;

export interface StoreChanges {
  /** Stored ids the caller does not hold (nor `skip`s), in key order. */
  added: string[];
  /** Ids the caller holds that are no longer stored. */
  removed: string[];
  /** Articles stored in all. */
  storedCount: number;
}

/**
 * Every stored article's id, in pages of `ID_PAGE` keys, each its own request. Pages are read
 * in separate transactions: a writer committing between two of them shows in the later pages
 * only, so a caller that must name the state it read (the change counter) reads the counter
 * before the ids: it then holds at least that state.
 */
export async function* storedIdPages(db: ArchiveDatabase, pageSize = ID_PAGE): AsyncGenerator<string[]> {
  let after: string | null = null;
  for (;;) {
    const ids: string[] = await db.getAllKeys('articles', after === null ? null : IDBKeyRange.lowerBound(after, true), pageSize);
    if (ids.length > 0) yield ids;
    const last = ids[ids.length - 1];
    if (ids.length < pageSize || last === undefined) return;
    after = last;
  }
}

/** Compares the stored ids with the ones `held` (a map keyed by id) without copying either whole. */
export async function storeChanges(db: ArchiveDatabase, held: ReadonlyMap<string, unknown>, skip: (id: string) => boolean, pageSize = ID_PAGE): Promise<StoreChanges> {
  const added: string[] = [];
  const pages: string[][] = [];
  let stillStored = 0;
  for await (const ids of storedIdPages(db, pageSize)) {
    pages.push(ids);
    for (const id of ids) {
      if (held.has(id)) stillStored++;
      else if (!skip(id)) added.push(id);
    }
  }
  // Every held id seen again: nothing was removed (the usual case, an import), no set built.
  const storedCount = pages.reduce((sum, ids) => sum + ids.length, 0);
  if (stillStored === held.size) return { added, removed: [], storedCount };
  const stored = new Set(pages.flat());
  return { added, removed: [...held.keys()].filter((id) => !stored.has(id)), storedCount };
}

/**
 * The stored articles of these ids, in slices of `ARTICLE_SLICE`. When they are most of the
 * store, pages of the whole store are read instead: one `getAll` costs far less than as many
 * `get`s (read.ts: 0.2 s against 3 s for 5,000 in Chromium). Only then: an import announces
 * its chunks as it stores them, and reading everything for each made a 100k import quadratic
 * (bench:import: 26 minutes of storing).
 */
export async function readArticlesInSlices(db: ArchiveDatabase, ids: readonly string[], storedCount: number, slice = ARTICLE_SLICE): Promise<ArchiveArticle[]> {
  if (ids.length > 200 && ids.length * 2 > storedCount) return readWanted(db, new Set(ids), slice);
  const found: ArchiveArticle[] = [];
  for (let start = 0; start < ids.length; start += slice) {
    const tx = db.transaction(['articles', 'texts']);
    const some = ids.slice(start, start + slice);
    const [records, texts] = await Promise.all([
      Promise.all(some.map((id) => tx.objectStore('articles').get(id))),
      Promise.all(some.map((id) => tx.objectStore('texts').get(id))),
    ]);
    records.forEach((record, i) => record && found.push(expandArticle({ record, text: texts[i] ?? null })));
  }
  return found;
}

/** Pages of the whole store, each with the texts of the same key range, in one transaction. */
async function readWanted(db: ArchiveDatabase, wanted: ReadonlySet<string>, slice: number): Promise<ArchiveArticle[]> {
  const found: ArchiveArticle[] = [];
  let after: string | null = null;
  for (;;) {
    const tx = db.transaction(['articles', 'texts']);
    const page: StoredRecord[] = await tx.objectStore('articles').getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), slice);
    const last = page[page.length - 1];
    const texts = last === undefined ? new Map<string, StoredText>() : await textsIn(tx.objectStore('texts'), IDBKeyRange.bound(page[0]!.id, last.id));
    for (const record of page) if (wanted.has(record.id)) found.push(expandArticle({ record, text: texts.get(record.id) ?? null }));
    if (page.length < slice || last === undefined) return found;
    after = last.id;
  }
}
