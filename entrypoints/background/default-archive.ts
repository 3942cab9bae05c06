import type { LoadedArchive } from '../../lib/search/archive.ts';
import type { ArticleMeta } from '../../lib/search/archive-types.ts';
import { bundleSummary, hiddenBundle, newestFirst } from '../../lib/search/bundle-view.ts';
import type { RequestOf } from '../../lib/messages/background-protocol.ts';
import { defaultArchiveHidden } from '../../storage/archive-settings.ts';
import { getArchive } from './archive-loader.ts';

/**
 * The built-in default archive: what the archive page lists of it, and hiding it. The
 * loader passes every bundle it loads through `defaultArchiveView`, which keeps it (the
 * archive page lists it even while hidden) and gives the view to search.
 */

let bundle: LoadedArchive | null = null;

/** How this context reads the setting: the storage item, or (the offscreen document, which has no storage API) a question to the worker. */
let readHidden: () => Promise<boolean> = () => defaultArchiveHidden.getValue();

export function readDefaultArchiveHiddenWith(read: () => Promise<boolean>): void {
  readHidden = read;
}
let sorted: ArticleMeta[] | null = null;

/** Starts reading whether the default archive is hidden (the loader does while it fetches the bundle). */
export function readDefaultArchiveHidden(): Promise<boolean> {
  const hidden = readHidden();
  // Awaited, and a failure reported, by defaultArchiveView: not an unhandled rejection meanwhile.
  hidden.catch(() => {});
  return hidden;
}

export async function defaultArchiveView(loaded: LoadedArchive, hidden: Promise<boolean> = readDefaultArchiveHidden()): Promise<LoadedArchive> {
  bundle = loaded;
  sorted = null;
  return (await hidden) ? hiddenBundle(loaded) : loaded;
}

async function loadedBundle(): Promise<LoadedArchive> {
  await getArchive();
  if (!bundle) throw new Error('the default archive is not loaded');
  return bundle;
}

export async function handleGetDefaultArchive() {
  const [b, hidden] = await Promise.all([loadedBundle(), readHidden()]);
  return { ...bundleSummary(b.file.articles), hidden };
}

export async function handleListDefaultArticles(request: RequestOf<'listDefaultArticles'>) {
  const b = await loadedBundle();
  sorted ??= newestFirst(b.file.articles);
  return sorted.slice(request.offset, request.offset + request.limit).map(({ id, title, date, source }) => ({ id, title, date, source }));
}
