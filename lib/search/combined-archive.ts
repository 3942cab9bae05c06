/**
 * The bundled archive and the user's own articles as one `LoadedArchive`, the view every
 * search, card and related-articles function takes. The background keeps the pieces
 * (entrypoints/background/user-archive.ts) and calls `combineArchive` after each change.
 *
 * After each change is after each chunk of an import (1,000 articles) in the offscreen
 * document, which shares its thread with the archive page (Chrome): what is combined must
 * not cost in proportion to the whole archive every time. So the articles list and map are
 * kept up to date in place (`CombinedArticles`: copying a 100,000-entry map took 40-85 ms),
 * and the learned names are compiled again only when what was learned changed.
 */
import type MiniSearch from 'minisearch';
import { compileNames } from '../entities/building/compile-names.ts';
import { mergeLearned } from '../entities/building/merge-officials.ts';
import type { CompiledNames, Knowledge, OfficialEntry } from '../entities/types.ts';
import type { LoadedArchive } from './archive.ts';
import type { ArticleMeta } from './archive-types.ts';
import type { ReadTexts } from './article-texts.ts';
import type { IndexedDocument } from './index-config.ts';

/**
 * The bundle's articles then the user's, in the order they were added, as a list and by id,
 * changed in place. Views made earlier share them (as they share the index, which a refresh
 * also changes in place): one archive, seen as it is now.
 */
export class CombinedArticles {
  private list: ArticleMeta[] | null = null;
  private map: Map<string, ArticleMeta> | null = null;
  private userCount = 0;

  /** Copies the bundle's list and map when first read: a wake with no user article never reads them (lib/search/lazy-records.ts). */
  constructor(private readonly bundle: LoadedArchive) {}

  get articles(): ArticleMeta[] {
    return (this.list ??= [...this.bundle.file.articles]);
  }

  get byId(): Map<string, ArticleMeta> {
    return (this.map ??= new Map(this.bundle.byId));
  }

  /** Articles the user stored; none shares an id with the bundle or with one added before. */
  add(articles: readonly ArticleMeta[]): void {
    for (const a of articles) {
      this.articles.push(a);
      this.byId.set(a.id, a);
    }
    this.userCount += articles.length;
  }

  /** The user's articles of these ids (removing is rare: one pass over the list). */
  remove(ids: ReadonlySet<string>): void {
    if (ids.size === 0) return;
    let kept = 0;
    for (const a of this.articles) if (!ids.has(a.id) || !this.byId.delete(a.id)) this.articles[kept++] = a;
    this.userCount -= this.articles.length - kept;
    this.articles.length = kept;
  }

  get hasUserArticles(): boolean {
    return this.userCount > 0;
  }
}

export interface UserPart {
  articles: CombinedArticles;
  /** Reads the user's articles' texts (from the store) when an answer shows them. */
  readTexts: ReadTexts;
  /** Officials the user's articles taught (archive-store/learned.ts). */
  learned: readonly OfficialEntry[];
  /** The store's change counter: it names this state of the user's archive. */
  changes: number;
  /**
   * The names of the bundle's knowledge with `learned` joined, compiled before (the background's
   * snapshot keeps them, for the same counter): compiling them took 43-59 ms of every Firefox
   * wake with 2,000 BBC articles imported. The recogniser checks that they fit the names.
   */
  compiled?: CompiledNames;
}

/**
 * `index` holds the bundle's and the user's articles. With no user article and nothing
 * learned, the bundle itself is returned, untouched.
 */
export function combineArchive(bundle: LoadedArchive, index: MiniSearch<IndexedDocument>, user: UserPart): LoadedArchive {
  if (!user.articles.hasUserArticles && user.learned.length === 0) return { ...bundle, index };
  const { articles, byId } = user.articles;
  return {
    file: {
      ...bundle.file,
      // Pages cache nothing across versions, but the popup and reader key on it: a change must show.
      version: `${bundle.file.version}+${user.changes}`,
      articleCount: articles.length,
      articles,
      knowledge: withLearned(bundle.file.knowledge, user.learned, user.compiled),
    },
    index,
    byId,
    texts: bundle.texts.joinedWith((id) => !bundle.byId.has(id), user.readTexts),
  };
}

/** The last knowledge `withLearned` made, and from what: an import's chunks all teach the same officials. */
let lastLearned: { knowledge: Knowledge; learned: string; result: Knowledge } | null = null;

/** The bundle's knowledge with the officials the user's articles taught joined in by slug (their names compiled unless given). */
export function withLearned(knowledge: Knowledge | null, learned: readonly OfficialEntry[], compiled?: CompiledNames): Knowledge | null {
  if (knowledge === null || learned.length === 0) return knowledge;
  const key = JSON.stringify(learned);
  if (lastLearned?.knowledge === knowledge && lastLearned.learned === key) return lastLearned.result;
  const merged: Knowledge = { format: 1, countries: knowledge.countries, officials: mergeLearned(knowledge.officials, learned) };
  const result = { ...merged, compiled: compiled ?? compileNames(merged) };
  lastLearned = { knowledge, learned: key, result };
  return result;
}
