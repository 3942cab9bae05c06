/**
 * The user's own articles (archive-store/, IndexedDB) joined to the bundled archive, kept
 * up to date in place: `archiveChanged` adds and removes only what changed, and a snapshot
 * in the store (the index and the articles' records) lets the next wake load both instead of
 * reading every article and indexing it again. No wake reads a text but those an answer shows.
 * archive-loader.ts calls `withUserArchive` on the bundle it loaded, whatever way it loads it.
 */
import type MiniSearch from 'minisearch';
import * as store from '../../archive-store/index.ts';
import type { CompiledNames } from '../../lib/entities/types.ts';
import type { LoadedArchive } from '../../lib/search/archive.ts';
import type { ArchiveArticle, ArticleMeta, ArticleText } from '../../lib/search/archive-types.ts';
import { CombinedArticles, combineArchive } from '../../lib/search/combined-archive.ts';
import { readArticleColumns, type ArticleColumns } from '../../lib/search/article-columns.ts';
import { encodeArticles, type CompactArticles } from '../../lib/search/compact-articles.ts';
import { compactIndexInSlices, loadCompactIndex, type CompactIndex } from '../../lib/search/compact-index.ts';
import { addInSlices, nextTask } from '../../lib/search/index-in-slices.ts';
import { indexOptions, toIndexedDocument, type IndexedDocument } from '../../lib/search/index-config.ts';
import { partsSource, RecordsById } from '../../lib/search/lazy-records.ts';
import { metaOf } from '../../lib/search/stored-article.ts';

interface State {
  bundle: LoadedArchive;
  /** The bundle's index with the user's articles added (the bundle's own object, or a snapshot's). */
  index: MiniSearch<IndexedDocument>;
  /**
   * Without their texts, which are read from the store when shown (`readUserTexts`); from a
   * snapshot, each record made when first read. Changed only through `combined`.
   */
  user: Map<string, ArticleMeta>;
  /** The bundle's and the user's articles: `user` joined to the bundle's. */
  combined: CombinedArticles;
  changes: number;
  /** The compiled names of the knowledge with what the user's articles taught (null: they taught nothing). */
  names: CompiledNames | null;
}

interface Snapshot {
  bundleVersion: string;
  changes: number;
  /**
   * The compact index (lib/search/compact-index.ts): a few strings, which IndexedDB copies in
   * one piece, where MiniSearch's index as objects costs a structured clone of every node
   * (measured in Chromium: 1.8 s for 5,000 headlines as objects). A snapshot of the earlier
   * shape (MiniSearch's JSON as a string) is not one of these: the next wake re-indexes.
   */
  index: CompactIndex;
  /**
   * The user's articles' records (`State.user`) column by column, in parts of RECORDS_PER_PART:
   * a few values, where the records store is one structured clone per article (read in Chromium
   * and Firefox: 1.0-2.9 s for 60,000 records as objects, 0.05-0.25 s as columns). Absent from
   * snapshots written before they were kept: the wake then reads the records store.
   */
  records?: CompactArticles[];
  /** `State.names`, for the same counter (absent: nothing learned, or written before they were kept). */
  names?: CompiledNames;
}

let state: State | null = null;

function isSnapshot(value: unknown): value is Snapshot {
  return (
    typeof value === 'object' && value !== null &&
    'bundleVersion' in value && typeof value.bundleVersion === 'string' &&
    'changes' in value && typeof value.changes === 'number' &&
    'index' in value && typeof value.index === 'object' && value.index !== null
  );
}

/** Starts reading the store's keys (the loader does while it fetches the bundle); `withUserArchive` awaits them. */
export function readUserKeys(): Promise<store.UserArchiveKeys> {
  const keys = store.readUserArchiveKeys();
  // Awaited, and a failure handled, by withUserArchive: not an unhandled rejection meanwhile.
  keys.catch(() => {});
  return keys;
}

/** The bundle and the user's articles, searched together. Without a readable store, the bundle alone. */
export async function withUserArchive(bundle: LoadedArchive, keysRead: Promise<store.UserArchiveKeys> = readUserKeys()): Promise<LoadedArchive> {
  let keys: store.UserArchiveKeys;
  try {
    keys = await keysRead;
  } catch (error) {
    console.warn('Dossier: the imported articles could not be read; searching the bundled archive only.', error);
    return bundle;
  }
  if (keys.count === 0 && keys.learned.length === 0) {
    const user = new Map<string, ArticleMeta>();
    state = { bundle, index: bundle.index, user, combined: new CombinedArticles(bundle, user), changes: keys.changes, names: null };
    return bundle;
  }
  const snapshot = await store.readSnapshot();
  const loaded = snapshotIndex(snapshot, bundle.file.version, keys.changes);
  const own = <T extends { id: string }>(articles: T[]) => articles.filter((a) => !bundle.byId.has(a.id));
  let index: MiniSearch<IndexedDocument>;
  let user: Map<string, ArticleMeta>;
  // No snapshot of this state, or one without the records (written before they were kept in it): write one.
  let stale = !loaded;
  if (loaded) {
    // The snapshot is of this very state: its records, when it has them, are the stored ones.
    index = loaded;
    const held = snapshotRecords(snapshot);
    stale = held === null;
    // The snapshot's records were written from `State.user`, the bundle's left out.
    user = held ? new RecordsById(partsSource(held)) : byId(own(await store.readAllRecords()));
  } else {
    // Indexing needs every text: read whole once, then held without them.
    const articles = own(await store.readAllArticles());
    index = indexUser(bundle.index, articles);
    user = byId(articles.map(metaOf));
  }
  const combined = new CombinedArticles(bundle, user);
  const compiled = loaded ? snapshotNames(snapshot) : undefined;
  const archive = combineArchive(bundle, index, { articles: combined, learned: keys.learned, changes: keys.changes, readTexts: readUserTexts, ...(compiled ? { compiled } : {}) });
  state = { bundle, index, user, combined, changes: keys.changes, names: namesOf(archive, keys.learned) };
  if (stale) saveSnapshot();
  return archive;
}

/** The texts of the user's articles, read by id from the store when an answer shows them. */
async function readUserTexts(ids: readonly string[]): Promise<ReadonlyMap<string, ArticleText>> {
  return store.readTexts(ids);
}

function byId(records: readonly ArticleMeta[]): Map<string, ArticleMeta> {
  return new Map(records.map((a) => [a.id, a]));
}

/**
 * The records a snapshot holds (`snapshotIndex` said it is of the current state), or null:
 * each part's columns checked now, each record made when first read (lib/search/lazy-records.ts).
 */
function snapshotRecords(snapshot: unknown): ArticleColumns[] | null {
  if (!isSnapshot(snapshot) || snapshot.records === undefined) return null;
  try {
    if (!Array.isArray(snapshot.records)) throw new TypeError('the records are not a list of parts');
    return snapshot.records.map((part) => readArticleColumns(part));
  } catch (error) {
    console.warn('Dossier: the stored records snapshot is unreadable; reading the records instead.', error);
    return null;
  }
}

function snapshotIndex(snapshot: unknown, bundleVersion: string, changes: number): MiniSearch<IndexedDocument> | null {
  if (!isSnapshot(snapshot) || snapshot.bundleVersion !== bundleVersion || snapshot.changes !== changes) return null;
  try {
    return loadCompactIndex<IndexedDocument>(snapshot.index, indexOptions);
  } catch (error) {
    // A snapshot of another format, or corrupt: indexing again is the safe answer.
    console.warn('Dossier: the stored index snapshot is unreadable; indexing the imported articles again.', error);
    return null;
  }
}

function indexUser(index: MiniSearch<IndexedDocument>, user: readonly ArchiveArticle[]): MiniSearch<IndexedDocument> {
  index.addAll(user.map(toIndexedDocument));
  return index;
}

/**
 * After `archiveChanged`: the articles stored since, and without those removed. Every step
 * reads or works in small pieces (archive-store/changed.ts, lib/search/index-in-slices.ts,
 * CombinedArticles): the offscreen document shares its renderer with the archive page, which
 * must stay responsive while an import runs.
 */
export async function refreshUserArchive(current: LoadedArchive): Promise<LoadedArchive> {
  if (!state) return current;
  const { bundle, index, user, combined } = state;
  // The counter first, then the ids: the ids then hold at least the state the counter names.
  const { learned, changes } = await store.readLearned();
  const diff = await store.readStoreChanges(user, (id) => bundle.byId.has(id));
  for (const id of diff.removed) index.discard(id);
  combined.remove(new Set(diff.removed));
  const read = await store.readArticlesInSlices(diff.added, diff.storedCount);
  await addInSlices(index, read.map(toIndexedDocument));
  // Held without their texts, as at a wake: an answer reads the shown ones (readUserTexts).
  combined.add(read.map(metaOf));
  state.changes = changes;
  saveSnapshot();
  // A task of its own: compiling newly learned names (combineArchive) takes tens of ms.
  await nextTask();
  const archive = combineArchive(bundle, index, { articles: combined, learned, changes, readTexts: readUserTexts });
  state.names = namesOf(archive, learned);
  return archive;
}

function namesOf(archive: LoadedArchive, learned: readonly unknown[]): CompiledNames | null {
  return learned.length ? (archive.file.knowledge?.compiled ?? null) : null;
}

/** The compiled names a snapshot holds (`snapshotIndex` said it is of the current state); a malformed value is compiled again. */
function snapshotNames(snapshot: unknown): CompiledNames | undefined {
  if (!isSnapshot(snapshot) || snapshot.names === undefined) return undefined;
  const n: unknown = snapshot.names;
  const fits =
    typeof n === 'object' && n !== null &&
    'format' in n && n.format === 1 && 'names' in n && typeof n.names === 'number' && 'chars' in n && typeof n.chars === 'number' &&
    'keys' in n && typeof n.keys === 'string' && 'words' in n && Array.isArray(n.words) && n.words.every((w) => Number.isInteger(w));
  return fits ? snapshot.names : undefined;
}

/** What counts as already in the archive for an import: the bundle's articles. */
export function bundleDedupKeys(archive: LoadedArchive): store.DedupKeys {
  return store.dedupKeysOf(state?.bundle.file.articles ?? archive.file.articles);
}

/** Quiet time before a snapshot is written: an import changes the archive once per chunk, and a snapshot of a big index costs a second. */
const SNAPSHOT_DELAY_MS = 2000;
let snapshotTimer: ReturnType<typeof setTimeout> | null = null;
let saving: Promise<void> = Promise.resolve();

/**
 * Stores the index snapshot once the archive stopped changing for a moment (writes one at a
 * time). A worker stopped before it is written only costs the next wake a re-index.
 */
function saveSnapshot(): void {
  if (snapshotTimer !== null) clearTimeout(snapshotTimer);
  snapshotTimer = setTimeout(() => {
    snapshotTimer = null;
    saving = saving.then(writeSnapshot);
  }, SNAPSHOT_DELAY_MS);
}

/**
 * Encodes the index in time slices (in Chrome the offscreen document shares its thread with
 * the archive page), and stores it only if nothing changed meanwhile: a refresh that changed
 * the index or the counter mid-way scheduled the next snapshot itself.
 */
async function writeSnapshot(): Promise<void> {
  // A store that moved on (an import still storing chunks) makes a snapshot no wake would
  // take (its counter must match the store's): the refresh that follows schedules the next one.
  const current = state;
  if (!current || (await store.readChanges()) !== current.changes) return;
  const changes = current.changes;
  const started = performance.now();
  const compact = await compactIndexInSlices(current.index);
  if (!compact || state !== current || current.changes !== changes) return;
  // Copied in the same task as the check above: the records of the index just encoded.
  const records = await recordsInParts([...current.user.values()]);
  if (state !== current || current.changes !== changes) return;
  const encoded = performance.now();
  const snapshot: Snapshot = { bundleVersion: current.bundle.file.version, changes, index: compact, records, ...(current.names ? { names: current.names } : {}) };
  await store.writeSnapshot(snapshot);
  // For bench:import (tests/bench/import.bench.ts), and visible in the DevTools performance panel.
  performance.measure(SNAPSHOT_ENCODED, { start: started, end: encoded });
  performance.measure(SNAPSHOT_STORED, { start: encoded });
}

/**
 * Records per part of the snapshot, each part encoded in a task of its own, as the index is:
 * all 60,000 headlines in one task made a 181 ms task on the archive page (bench:import, load 18-23).
 */
const RECORDS_PER_PART = 4000;

async function recordsInParts(records: readonly ArticleMeta[]): Promise<CompactArticles[]> {
  const parts: CompactArticles[] = [];
  for (let start = 0; start < records.length; start += RECORDS_PER_PART) {
    if (start > 0) await nextTask();
    const part = records.slice(start, start + RECORDS_PER_PART);
    parts.push(encodeArticles(part, part.map(() => null)));
  }
  return parts;
}

/** User-timing names of the last snapshot's encoding (from the first slice to the last) and its storing. */
export const SNAPSHOT_ENCODED = 'dossier:snapshot-encoded';
export const SNAPSHOT_STORED = 'dossier:snapshot-stored';
