/**
 * The user's own articles (archive-store/, IndexedDB) joined to the bundled archive, kept
 * up to date in place: `archiveChanged` adds and removes only what changed, and an index
 * snapshot in the store lets the next wake load the index instead of rebuilding it.
 * archive-loader.ts calls `withUserArchive` on the bundle it loaded, whatever way it loads it.
 */
import MiniSearch from 'minisearch';
import * as store from '../../archive-store/index.ts';
import type { LoadedArchive } from '../../lib/search/archive.ts';
import type { ArchiveArticle, ArticleMeta, ArticleText } from '../../lib/search/archive-types.ts';
import { combineArchive } from '../../lib/search/combined-archive.ts';
import { indexOptions, toIndexedDocument, type IndexedDocument } from '../../lib/search/index-config.ts';
import { metaOf } from '../../lib/search/stored-article.ts';

interface State {
  bundle: LoadedArchive;
  /** The bundle's index with the user's articles added (the bundle's own object, or a snapshot's). */
  index: MiniSearch<IndexedDocument>;
  /** Without their texts, which are read from the store when shown (`readUserTexts`). */
  user: Map<string, ArticleMeta>;
  changes: number;
}

interface Snapshot {
  bundleVersion: string;
  changes: number;
  /**
   * MiniSearch's JSON as a string: IndexedDB copies a string in one piece, where the same
   * index as objects costs a structured clone of every node (measured in Chromium: 1.8 s
   * for 5,000 headlines as objects).
   */
  index: string;
}

let state: State | null = null;

/**
 * Reading the whole store at once beats one request per new article only when the new ones
 * are most of it: an import stores 1,000 articles per chunk and announces each, so reading
 * everything per chunk made a 100k import quadratic (bench:import: 26 minutes of storing).
 */
function readsAllAtOnce(added: number, stored: number): boolean {
  return added > 200 && added * 2 > stored;
}

function isSnapshot(value: unknown): value is Snapshot {
  return (
    typeof value === 'object' && value !== null &&
    'bundleVersion' in value && typeof value.bundleVersion === 'string' &&
    'changes' in value && typeof value.changes === 'number' &&
    'index' in value && typeof value.index === 'string'
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
  if (keys.ids.length === 0 && keys.learned.length === 0) {
    state = { bundle, index: bundle.index, user: new Map(), changes: keys.changes };
    return bundle;
  }
  const [articles, snapshot] = await Promise.all([store.readAllArticles(), store.readSnapshot()]);
  const own = articles.filter((a) => !bundle.byId.has(a.id));
  const index = snapshotIndex(snapshot, bundle.file.version, keys.changes) ?? indexUser(bundle.index, own);
  const user = new Map(own.map((a) => [a.id, metaOf(a)]));
  state = { bundle, index, user, changes: keys.changes };
  if (index === bundle.index) saveSnapshot();
  return combineArchive(bundle, index, { articles: [...user.values()], learned: keys.learned, changes: keys.changes, readTexts: readUserTexts });
}

/** The texts of the user's articles, read by id from the store when an answer shows them. */
async function readUserTexts(ids: readonly string[]): Promise<ReadonlyMap<string, ArticleText>> {
  return new Map((await store.readArticles(ids)).map((a) => [a.id, { body: a.body, sidebar: a.sidebar }]));
}

function snapshotIndex(snapshot: unknown, bundleVersion: string, changes: number): MiniSearch<IndexedDocument> | null {
  if (!isSnapshot(snapshot) || snapshot.bundleVersion !== bundleVersion || snapshot.changes !== changes) return null;
  try {
    return MiniSearch.loadJSON<IndexedDocument>(snapshot.index, indexOptions);
  } catch {
    return null;
  }
}

function indexUser(index: MiniSearch<IndexedDocument>, user: readonly ArchiveArticle[]): MiniSearch<IndexedDocument> {
  index.addAll(user.map(toIndexedDocument));
  return index;
}

/** Articles indexed per slice after a change: about 10-20 ms of work for headlines on this machine's cores. */
const INDEX_SLICE = 100;

/** After `archiveChanged`: the articles stored since, and without those removed, read by id. */
export async function refreshUserArchive(current: LoadedArchive): Promise<LoadedArchive> {
  if (!state) return current;
  const keys = await store.readUserArchiveKeys();
  const { bundle, index, user } = state;
  const stored = new Set(keys.ids);
  for (const id of [...user.keys()]) {
    if (!stored.has(id)) {
      index.discard(id);
      user.delete(id);
    }
  }
  const addedIds = keys.ids.filter((id) => !user.has(id) && !bundle.byId.has(id));
  // New articles that are most of the store are read in one request, otherwise by id in one transaction.
  const added = readsAllAtOnce(addedIds.length, keys.ids.length) ? (await store.readAllArticles()).filter((a) => !user.has(a.id) && !bundle.byId.has(a.id)) : await store.readArticles(addedIds);
  // In slices with a pause between (MiniSearch's addAllAsync): the offscreen document shares
  // its renderer with the archive page, which must stay responsive while an import runs.
  await index.addAllAsync(added.map(toIndexedDocument), { chunkSize: INDEX_SLICE });
  for (const a of added) user.set(a.id, metaOf(a));
  state.changes = keys.changes;
  saveSnapshot();
  return combineArchive(bundle, index, { articles: [...user.values()], learned: keys.learned, changes: keys.changes, readTexts: readUserTexts });
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
    saving = saving.then(async () => {
      if (!state) return;
      const snapshot: Snapshot = { bundleVersion: state.bundle.file.version, changes: state.changes, index: JSON.stringify(state.index) };
      await store.writeSnapshot(snapshot);
    });
  }, SNAPSHOT_DELAY_MS);
}
