/**
 * The user's own archive in IndexedDB (database `dossier`, opened only here): articles the
 * user imported or saved (records in `articles`, texts in `texts`), their sources, and in
 * `meta` the change counter, what each source taught and the background's snapshot. The bundled archive is never copied here.
 *
 * | module           | job                                                          |
 * |------------------|--------------------------------------------------------------|
 * | schema.ts        | stores, version, upgrade steps                               |
 * | compact.ts       | articles without empty fields, records apart from texts      |
 * | split-texts.ts   | the upgrade that moved texts to a store of their own         |
 * | dedup.ts         | same id / URL / title+date+source                            |
 * | commit.ts        | one chunk in one transaction, duplicates, quota              |
 * | known-keys.ts    | every stored article's dedup keys, read once per import      |
 * | read.ts          | one article, newest-first pages, sources, everything         |
 * | changed.ts       | what changed since the background looked, in small reads     |
 * | sources.ts       | removing a source and what it taught                         |
 * | restore.ts       | removing a source so that Undo can put it back as it was     |
 * | learned.ts       | officials learned per source                                 |
 * | export.ts        | the user's archive as JSON Lines; export-format.ts reads it  |
 * | snapshot.ts      | the background's index snapshot                              |
 *
 * Every writer sends the background `archiveChanged` afterwards (entrypoints/archive does,
 * and so must any other), so that search sees the change at once.
 */
import * as changed from './changed.ts';
import * as commit from './commit.ts';
import * as exporting from './export.ts';
import * as knownKeys from './known-keys.ts';
import * as read from './read.ts';
import { openArchiveDb, type ArchiveDatabase } from './schema.ts';
import * as restore from './restore.ts';
import * as snapshot from './snapshot.ts';
import * as sources from './sources.ts';

export type { CommitInput, CommitOptions, CommitResult, Duplicate } from './commit.ts';
export { CHUNK_SIZE } from './commit.ts';
export type { ArticlePage, LearnedState, ListedArticle, UserArchive, UserArchiveKeys } from './read.ts';
export type { SourceKind, SourceRecord } from './schema.ts';
export { DB_NAME, DB_VERSION } from './schema.ts';
export { dedupKeysOf, type DedupKeys, type DuplicateReason } from './dedup.ts';
export { readExportHeader, readExportLine, type ExportHeader, type ExportLine } from '../lib/import/export-format.ts';
export { mergeLearned } from './learned.ts';

let opening: Promise<ArchiveDatabase> | null = null;

function db(): Promise<ArchiveDatabase> {
  opening ??= openArchiveDb().then((database) => {
    // Another context (a newer extension version's page) upgrading the schema: let it, reopen next time.
    database.addEventListener('versionchange', () => {
      database.close();
      opening = null;
    });
    return database;
  });
  opening.catch(() => (opening = null));
  return opening;
}

export const commitArticles = async (input: commit.CommitInput, options?: commit.CommitOptions) => commit.commitArticles(await db(), input, options);
/** For an import: its chunks then find duplicates in memory (pass the result as `known`). */
export const readKnownKeys = async () => knownKeys.readKnownKeys(await db());
export type { KnownKeys } from './known-keys.ts';
export const readArticle = async (id: string) => read.readArticle(await db(), id);
export const listArticles = async (page: read.ArticlePage) => read.listArticles(await db(), page);
export const listSources = async () => read.listSources(await db());
export const readUserArchive = async () => read.readUserArchive(await db());
export const readAllArticles = async () => read.readAllArticles(await db());
export const readChanges = async () => read.readChanges(await db());
export const readLearned = async () => read.readLearned(await db());
export const readUserArchiveKeys = async () => read.readUserArchiveKeys(await db());
/** The texts of these articles, read when an answer shows them. */
export const readTexts = async (ids: readonly string[]) => read.readTexts(await db(), ids);
/** Every article's record without its text. */
export const readAllRecords = async () => read.readAllRecords(await db());
/** For the background's refresh: what changed against the ids it holds, then the added articles, in small reads (changed.ts). */
export const readStoreChanges = async (held: ReadonlyMap<string, unknown>, skip: (id: string) => boolean) => changed.storeChanges(await db(), held, skip);
export const readArticlesInSlices = async (ids: readonly string[], storedCount: number) => changed.readArticlesInSlices(await db(), ids, storedCount);
export type { StoreChanges } from './changed.ts';
export const removeSource = async (id: string) => sources.removeSource(await db(), id);
/** Removal that can be undone: the archive page keeps what `takeSource` returns and may hand it to `restoreSource`. */
export const takeSource = async (id: string) => restore.takeSource(await db(), id);
export const restoreSource = async (removed: restore.RemovedSource) => restore.restoreSource(await db(), removed);
export type { RemovedSource } from './restore.ts';
export const readSnapshot = async () => snapshot.readSnapshot(await db());
export const writeSnapshot = async (value: unknown) => snapshot.writeSnapshot(await db(), value);

export async function* exportUserArchive(): AsyncGenerator<string> {
  yield* exporting.exportUserArchive(await db());
}

/**
 * Asks the browser to keep the archive when space runs low (Chrome grants it to extensions
 * with unlimited storage or by its own heuristics; Firefox may ask the user). Returns whether it is persisted.
 */
export async function requestPersistence(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  return (await navigator.storage.persisted()) || navigator.storage.persist();
}
