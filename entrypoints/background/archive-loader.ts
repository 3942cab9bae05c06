import { loadArchive, type LoadedArchive } from '../../lib/search/archive.ts';
import { textChunkPath } from '../../lib/search/bundle-files.ts';
import { UserFacingError } from '../../lib/messages/user-error.ts';
import { readUserKeys, refreshUserArchive, withUserArchive } from './user-archive.ts';
import { defaultArchiveView, readDefaultArchiveHidden } from './default-archive.ts';
import { keepAwakeWhile, stillAwake } from './keep-awake.ts';
import { markStage } from './wake-timeline.ts';

export const ARCHIVE_PATH = '/archive.json';

let loading: Promise<LoadedArchive> | null = null;

/**
 * The bundled archive, loaded once per service-worker life on first use. MV3 stops an
 * idle worker after ~30 s, so this runs at most once per wake and only when a message
 * needs it; the index is deserialised, never rebuilt. The user's own articles are joined
 * to it (user-archive.ts). In Firefox the event page is kept awake while it loads (keep-awake.ts).
 */
export function getArchive(): Promise<LoadedArchive> {
  loading ??= keepAwakeWhile(loadArchiveNow()).catch((error: unknown) => {
    // A failed load must not poison the worker for its whole life: retry next time.
    loading = null;
    throw error;
  });
  return loading;
}

/** The bundle, as the setting shows or hides it, joined to the user's articles. */
async function loadArchiveNow(): Promise<LoadedArchive> {
  // The setting and the store's keys are read while the bundle is fetched and parsed: in
  // Firefox, where every wake loads the archive, opening IndexedDB is part of the wake.
  const hidden = readDefaultArchiveHidden();
  const userKeys = readUserKeys();
  const bundle = await fetchArchive();
  stillAwake();
  const loaded = await withUserArchive(await defaultArchiveView(bundle, hidden), userKeys);
  stillAwake();
  return loaded;
}

/** A file of the extension's bundle. */
async function fetchFile(file: string): Promise<Response> {
  // The archive is generated at build time, so WXT's PublicPath type may not list it yet.
  const url = (browser.runtime.getURL as (path: string) => string)(file);
  const response = await fetch(url);
  if (!response.ok) throw new UserFacingError(`The archive could not be read (${response.status}). Rebuild Dossier.`);
  return response;
}

/** A file of the extension's bundle, parsed. */
async function fetchBundled(file: string): Promise<unknown> {
  return (await fetchFile(file)).json();
}

/**
 * The articles' records and the index; their texts are fetched when first shown
 * (lib/search/bundle-files.ts). Read as text, then parsed, so that a wake's timeline
 * (wake-timeline.ts) tells the file's reading from its parsing.
 */
async function fetchArchive(): Promise<LoadedArchive> {
  const text = await (await fetchFile(ARCHIVE_PATH)).text();
  markStage('fetched');
  stillAwake();
  const parsed: unknown = JSON.parse(text);
  markStage('parsed');
  stillAwake();
  // The extension's own file: its index's checksum is not taken again at every load.
  const bundle = loadArchive(parsed, (chunk) => fetchBundled(`/${textChunkPath(chunk)}`), 'packaged');
  markStage('bundle');
  return bundle;
}

/** The default archive was hidden or shown again (default-archive.ts): the next message loads afresh. */
export function forgetArchive(): void {
  loading = null;
}

let refreshing: Promise<LoadedArchive> | null = null;
/** The refresh that starts once `refreshing` ends, shared by every change announced meanwhile. */
let queued: Promise<LoadedArchive> | null = null;

/**
 * After `archiveChanged`: the next answers see the user's archive as it is stored now. One
 * refresh runs at a time; changes announced while it runs share the one after it, which picks
 * up everything stored since (an import announces its chunks as it stores them, and a refresh
 * per announcement queued work the archive page's thread shares in Chrome). A refresh that
 * started before a change may have read the store before it, hence the next one.
 */
export function reloadUserArchive(): Promise<LoadedArchive> {
  if (!loading) return getArchive();
  if (queued) return queued;
  if (!refreshing) return startRefresh(loading);
  const next = refreshing
    .catch(() => undefined)
    .then(() => {
      queued = null;
      return loading ? startRefresh(loading) : getArchive();
    });
  queued = next;
  return next;
}

function startRefresh(current: Promise<LoadedArchive>): Promise<LoadedArchive> {
  const next = keepAwakeWhile(current.then(refreshUserArchive));
  loading = next;
  refreshing = next;
  // A failed refresh costs the next message a full load, never a stale or broken archive.
  next.then(
    () => {
      if (refreshing === next) refreshing = null;
    },
    () => {
      if (refreshing === next) refreshing = null;
      if (loading === next) loading = null;
    },
  );
  return next;
}
