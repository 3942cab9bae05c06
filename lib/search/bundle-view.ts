/**
 * The bundled default archive as the archive page lists it, and the view of it the
 * background searches when the user hides it. Pure: entrypoints/background/default-archive.ts
 * keeps the loaded bundle and calls these.
 */
import MiniSearch from 'minisearch';
import type { LoadedArchive } from './archive.ts';
import type { ArticleMeta } from './archive-types.ts';
import { ArticleTexts } from './article-texts.ts';
import { indexOptions, type IndexedDocument } from './index-config.ts';

/**
 * The bundle with no articles (an empty index): what is searched while it is hidden. Its
 * knowledge stays, so pages are still highlighted; its version changes, so that nothing
 * kept for the full bundle (the background's index snapshot) is taken for this one.
 */
export function hiddenBundle(bundle: LoadedArchive): LoadedArchive {
  return {
    file: { ...bundle.file, version: `${bundle.file.version}-hidden`, articleCount: 0, articles: [], index: new MiniSearch<IndexedDocument>(indexOptions).toJSON() },
    index: new MiniSearch<IndexedDocument>(indexOptions),
    byId: new Map(),
    texts: ArticleTexts.inMemory([]),
  };
}

export interface BundleSummary {
  articleCount: number;
  /** Earliest and latest dates, or null when no article is dated. */
  dateRange: [string, string] | null;
}

export function bundleSummary(articles: readonly ArticleMeta[]): BundleSummary {
  let min: string | null = null;
  let max: string | null = null;
  for (const a of articles) {
    if (!a.date) continue;
    if (min === null || a.date < min) min = a.date;
    if (max === null || a.date > max) max = a.date;
  }
  return { articleCount: articles.length, dateRange: min !== null && max !== null ? [min, max] : null };
}

/** Newest first, undated last (as the store lists the user's articles: archive-store/compact.ts `sortKey`). */
export function newestFirst(articles: readonly ArticleMeta[]): ArticleMeta[] {
  return [...articles].sort((a, b) => (b.date ?? '0').localeCompare(a.date ?? '0') || a.id.localeCompare(b.id));
}
