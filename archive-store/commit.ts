/**
 * Adds one chunk of articles to the user's archive in a single IndexedDB transaction: the
 * chunk is stored whole or not at all. A big import is several chunks; each one that
 * returns was committed.
 */
import type { ParseError } from '../lib/corpus/article.ts';
import type { OfficialEntry } from '../lib/entities/types.ts';
import type { ArchiveArticle } from '../lib/search/archive-types.ts';
import { compactArticle } from './compact.ts';
import { DedupSet, dedupKey, normaliseUrl, type DedupKeys, type DuplicateReason } from './dedup.ts';
import type { KnownKeys } from './known-keys.ts';
import { learnedKey, mergeLearned } from './learned.ts';
import type { ArchiveDatabase, SourceKind, SourceRecord } from './schema.ts';

/** Articles in one chunk (one transaction); imports split bigger batches. */
export const CHUNK_SIZE = 1000;
/** Problems kept on a source's record (the import screen lists them all as they come). */
export const MAX_SOURCE_ERRORS = 200;

export interface CommitInput {
  source: { id: string; kind: SourceKind; label: string };
  articles: readonly ArchiveArticle[];
  errors: readonly ParseError[];
  /** Officials these articles taught (lib/entities/building/learned.ts), kept with the source. */
  learned?: readonly OfficialEntry[];
}

export interface Duplicate {
  id: string;
  title: string;
  reason: DuplicateReason;
}

export interface CommitResult {
  added: number;
  duplicates: Duplicate[];
  /** Why nothing of this chunk was stored when the disk or the browser's quota is full; null when it was. */
  quota: string | null;
}

export interface CommitOptions {
  /** Keys of articles outside the store that count as already present (the bundled archive). */
  bundle?: DedupKeys;
  /**
   * The stored articles' keys read once for a whole import (known-keys.ts): duplicates are
   * then found in memory instead of by index lookups, and the keys grow with each chunk.
   */
  known?: KnownKeys;
}

export async function commitArticles(db: ArchiveDatabase, input: CommitInput, options: CommitOptions = {}): Promise<CommitResult> {
  const bundle = new DedupSet(options.bundle);
  const chunk = new DedupSet();
  // Relaxed: the commit is reported once the browser has the data, not once the disk has
  // flushed it; the chunk is still stored whole or not at all (a browser restart keeps it).
  const tx = db.transaction(['articles', 'texts', 'sources', 'meta'], 'readwrite', { durability: 'relaxed' });
  const articles = tx.objectStore('articles');
  const texts = tx.objectStore('texts');
  const meta = tx.objectStore('meta');
  const known = options.known;
  // Every request, so that a failed chunk can wait for all of them to settle (none left unhandled).
  const writes: Array<Promise<unknown>> = [];
  try {
    const changes = await meta.get('changes');
    const counter = typeof changes === 'number' ? changes : 0;
    // Another writer since the keys were read (a saved page, a removed source): look up instead.
    if (known && known.changes !== counter) known.trusted = false;
    const stored = known?.trusted
      ? input.articles.map((a) => known.stored.reasonFor(a))
      : // Lookups are issued together: IndexedDB answers them in order within the transaction.
        await Promise.all(
          input.articles.map(async (a): Promise<DuplicateReason | null> => {
            if (await articles.getKey(a.id)) return 'id';
            if (a.url && (await articles.index('byUrl').getKey(normaliseUrl(a.url)))) return 'url';
            if (await articles.index('byDedup').getKey(dedupKey(a))) return 'title-date-source';
            return null;
          }),
        );
    const duplicates: Duplicate[] = [];
    const accepted: ArchiveArticle[] = [];
    input.articles.forEach((article, i) => {
      const reason = bundle.reasonFor(article) ?? stored[i] ?? chunk.reasonFor(article);
      if (reason) duplicates.push({ id: article.id, title: article.title, reason });
      else (chunk.add(article), accepted.push(article));
    });
    const sources = tx.objectStore('sources');
    const [previous, learned] = await Promise.all([
      sources.get(input.source.id),
      input.learned?.length ? meta.get(learnedKey(input.source.id)) : undefined,
    ]);
    for (const a of accepted) {
      const { record, text } = compactArticle(a, input.source.id);
      writes.push(articles.put(record));
      if (text) writes.push(texts.put(text, record.id));
    }
    writes.push(sources.put(updatedSource(previous, input, accepted)));
    writes.push(meta.put(counter + 1, 'changes'));
    if (input.learned?.length) writes.push(meta.put(mergeLearned(Array.isArray(learned) ? learned : [], input.learned), learnedKey(input.source.id)));
    await Promise.all([...writes, tx.done]);
    if (known) {
      for (const a of accepted) known.stored.add(a);
      known.changes = counter + 1;
    }
    return { added: accepted.length, duplicates, quota: null };
  } catch (error) {
    // Whatever failed, nothing of this chunk stays: the transaction is rolled back.
    abortQuietly(tx);
    await Promise.allSettled([...writes, tx.done]);
    const quota = quotaMessage(error);
    if (quota === null) throw error;
    return { added: 0, duplicates: [], quota };
  }
}

function updatedSource(previous: SourceRecord | undefined, input: CommitInput, accepted: readonly ArchiveArticle[]): SourceRecord {
  let range = previous?.dateRange ?? null;
  for (const { date } of accepted) {
    if (!date) continue;
    range = range ? [date < range[0] ? date : range[0], date > range[1] ? date : range[1]] : [date, date];
  }
  const errors = [...(previous?.errors ?? []), ...input.errors].slice(0, MAX_SOURCE_ERRORS);
  return {
    id: input.source.id,
    kind: input.source.kind,
    label: input.source.label,
    createdAt: previous?.createdAt ?? new Date().toISOString(),
    articleCount: (previous?.articleCount ?? 0) + accepted.length,
    dateRange: range,
    errorCount: (previous?.errorCount ?? 0) + input.errors.length,
    errors,
  };
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the browser (a quota error aborts it).
  }
}

/** A readable message for a full disk or quota, or null for any other error. */
export function quotaMessage(error: unknown): string | null {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name !== 'QuotaExceededError') return null;
  return 'The browser has no more room for Dossier’s archive (disk or storage quota full).';
}
