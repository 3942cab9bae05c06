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
import type { ArticleMeta, LoadedArchiveFile } from './archive-types.ts';
import type { ReadTexts } from './article-texts.ts';
import type { IndexedDocument } from './index-config.ts';

/**
 * The bundle's articles then the user's, in the order they were added, as a list and by id,
 * changed in place. Views made earlier share them (as they share the index, which a refresh
 * also changes in place): one archive, seen as it is now. Nothing is copied until it is read
 * whole: `byId` looks an id up in the user's records, then in the bundle's, and the list is
 * made when first read, so that a wake whose first answer is a search makes only its hits'
 * records (the user's records from the snapshot are lib/search/lazy-records.ts's, as the
 * bundle's are): decoding all 60,146 headlines' records and joining them to the bundle took
 * 80 ms of a wake in Node, against 7 ms to check their columns.
 */
export class CombinedArticles {
  private list: ArticleMeta[] | null = null;
  /** The bundle's records then the user's, by id (a view: the two maps themselves). */
  readonly byId: Map<string, ArticleMeta>;

  /** `user`: the user's records, none with an id of the bundle's; this changes it in `add` and `remove`. */
  constructor(
    private readonly bundle: LoadedArchive,
    private readonly user: Map<string, ArticleMeta> = new Map(),
  ) {
    this.byId = new JoinedById(bundle.byId, user);
  }

  get articles(): ArticleMeta[] {
    if (!this.list) {
      const list = this.bundle.file.articles.slice();
      for (const a of this.user.values()) list.push(a);
      this.list = list;
    }
    return this.list;
  }

  /** How many articles, without making the list. */
  get count(): number {
    return this.list ? this.list.length : this.bundle.file.articleCount + this.user.size;
  }

  /** Articles the user stored; none shares an id with the bundle or with one added before. */
  add(articles: readonly ArticleMeta[]): void {
    for (const a of articles) {
      this.user.set(a.id, a);
      this.list?.push(a);
    }
  }

  /** The user's articles of these ids (removing is rare: one pass over the list). */
  remove(ids: ReadonlySet<string>): void {
    if (ids.size === 0) return;
    const removed = new Set<string>();
    for (const id of ids) if (this.user.delete(id)) removed.add(id);
    if (!this.list || removed.size === 0) return;
    let kept = 0;
    for (const a of this.list) if (!removed.has(a.id)) this.list[kept++] = a;
    this.list.length = kept;
  }

  get hasUserArticles(): boolean {
    return this.user.size > 0;
  }
}

/**
 * Two maps of distinct ids read as one, without a copy (copying a 100,000-entry map took
 * 40-85 ms). Read-only: the user's map is changed through `CombinedArticles`.
 */
class JoinedById extends Map<string, ArticleMeta> {
  constructor(
    private readonly bundle: ReadonlyMap<string, ArticleMeta>,
    private readonly user: ReadonlyMap<string, ArticleMeta>,
  ) {
    super();
  }

  override get(id: string): ArticleMeta | undefined {
    return this.user.get(id) ?? this.bundle.get(id);
  }

  override has(id: string): boolean {
    return this.user.has(id) || this.bundle.has(id);
  }

  override get size(): number {
    return this.bundle.size + this.user.size;
  }

  override set(): this {
    throw new TypeError('the combined articles are read-only here: change them through CombinedArticles');
  }

  override delete(): boolean {
    throw new TypeError('the combined articles are read-only here: change them through CombinedArticles');
  }

  override clear(): void {
    throw new TypeError('the combined articles are read-only here: change them through CombinedArticles');
  }

  override forEach(callback: (article: ArticleMeta, id: string, map: Map<string, ArticleMeta>) => void, thisArg?: unknown): void {
    for (const [id, article] of this.entries()) callback.call(thisArg, article, id, this);
  }

  override *entries(): MapIterator<[string, ArticleMeta]> {
    yield* this.bundle.entries();
    yield* this.user.entries();
  }

  override *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  override *values(): MapIterator<ArticleMeta> {
    for (const [, article] of this.entries()) yield article;
  }

  override [Symbol.iterator](): MapIterator<[string, ArticleMeta]> {
    return this.entries();
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
  const combined = user.articles;
  const file: LoadedArchiveFile = {
    ...fieldsOf(bundle.file),
    // Pages cache nothing across versions, but the popup and reader key on it: a change must show.
    version: `${bundle.file.version}+${user.changes}`,
    articleCount: combined.count,
    knowledge: withLearned(bundle.file.knowledge, user.learned, user.compiled),
    articles: [],
  };
  // The list made when first read (a spread of the file copies it then, as it did).
  Object.defineProperty(file, 'articles', { enumerable: true, configurable: true, get: () => combined.articles });
  return {
    file,
    index,
    byId: combined.byId,
    texts: bundle.texts.joinedWith((id) => !bundle.byId.has(id), user.readTexts),
  };
}

/**
 * The file's fields but its articles, left unread: a bundle's are made when first read
 * (lib/search/lazy-records.ts), and a spread would read them. Descriptors copied, as a spread
 * copies own enumerable values; the cast says what those descriptors are.
 */
function fieldsOf(file: LoadedArchiveFile): Omit<LoadedArchiveFile, 'articles'> {
  const { articles: _unread, ...fields } = Object.getOwnPropertyDescriptors(file);
  return Object.defineProperties({}, fields) as Omit<LoadedArchiveFile, 'articles'>;
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
