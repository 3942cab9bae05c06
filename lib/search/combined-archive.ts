/**
 * The bundled archive and the user's own articles as one `LoadedArchive`, the view every
 * search, card and related-articles function takes. Pure: the background keeps the
 * pieces (entrypoints/background/user-archive.ts) and calls this after each change.
 */
import type MiniSearch from 'minisearch';
import { compileNames } from '../entities/building/compile-names.ts';
import { mergeLearned } from '../entities/building/merge-officials.ts';
import type { Knowledge, OfficialEntry } from '../entities/types.ts';
import type { LoadedArchive } from './archive.ts';
import type { ArticleMeta } from './archive-types.ts';
import type { ReadTexts } from './article-texts.ts';
import type { IndexedDocument } from './index-config.ts';

export interface UserPart {
  /** In the order they were stored; none shares an id with the bundle. */
  articles: readonly ArticleMeta[];
  /** Reads their texts (from the store) when an answer shows them. */
  readTexts: ReadTexts;
  /** Officials the user's articles taught (archive-store/learned.ts). */
  learned: readonly OfficialEntry[];
  /** The store's change counter: it names this state of the user's archive. */
  changes: number;
}

/**
 * `index` holds the bundle's and the user's articles. With no user article and nothing
 * learned, the bundle itself is returned, untouched.
 */
export function combineArchive(bundle: LoadedArchive, index: MiniSearch<IndexedDocument>, user: UserPart): LoadedArchive {
  if (user.articles.length === 0 && user.learned.length === 0) return { ...bundle, index };
  const articles = [...bundle.file.articles, ...user.articles];
  const byId = new Map(bundle.byId);
  for (const a of user.articles) byId.set(a.id, a);
  return {
    file: {
      ...bundle.file,
      // Pages cache nothing across versions, but the popup and reader key on it: a change must show.
      version: `${bundle.file.version}+${user.changes}`,
      articleCount: articles.length,
      articles,
      knowledge: withLearned(bundle.file.knowledge, user.learned),
    },
    index,
    byId,
    texts: bundle.texts.joinedWith((id) => !bundle.byId.has(id), user.readTexts),
  };
}

/** The bundle's knowledge with the officials the user's articles taught joined in by slug. */
export function withLearned(knowledge: Knowledge | null, learned: readonly OfficialEntry[]): Knowledge | null {
  if (knowledge === null || learned.length === 0) return knowledge;
  const merged: Knowledge = { format: 1, countries: knowledge.countries, officials: mergeLearned(knowledge.officials, learned) };
  return { ...merged, compiled: compileNames(merged) };
}
