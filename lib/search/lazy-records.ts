/**
 * A loaded bundle's `file.articles` and `byId` (lib/search/archive.ts `LoadedArchive`) over
 * columns whose records are made when read (lib/search/article-columns.ts). Every reader
 * keeps the plain array and Map it had: the list is made the first time it is read, and the
 * Map answers `get` and `has` record by record until something reads it whole (iterates it,
 * copies it, asks its size), when it fills itself. A wake's first search then makes only the
 * records of its hits. A subclass of Map rather than a type of our own: the readers of `byId`
 * (search, related, cards, the user's archive joined to the bundle) keep their types.
 */
import type { ArticleMeta } from './archive-types.ts';
import type { ArticleColumns } from './article-columns.ts';

/** The records by id; the last of an id wins, as in a Map made from the list. */
export class RecordsById extends Map<string, ArticleMeta> {
  #columns: ArticleColumns | null;

  constructor(columns: ArticleColumns) {
    super();
    this.#columns = columns;
  }

  override get(id: string): ArticleMeta | undefined {
    if (!this.#columns) return super.get(id);
    const i = this.#columns.indexOf(id);
    return i === undefined ? undefined : this.#columns.at(i);
  }

  override has(id: string): boolean {
    return this.#columns ? this.#columns.indexOf(id) !== undefined : super.has(id);
  }

  override get size(): number {
    this.fill();
    return super.size;
  }

  override set(id: string, article: ArticleMeta): this {
    this.fill();
    return super.set(id, article);
  }

  override delete(id: string): boolean {
    this.fill();
    return super.delete(id);
  }

  override clear(): void {
    this.#columns = null;
    super.clear();
  }

  override forEach(callback: (article: ArticleMeta, id: string, map: Map<string, ArticleMeta>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[string, ArticleMeta]> {
    this.fill();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.fill();
    return super.keys();
  }

  override values(): MapIterator<ArticleMeta> {
    this.fill();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, ArticleMeta]> {
    this.fill();
    return super.entries();
  }

  /** Puts every record in: from here on a plain Map. */
  private fill(): void {
    const columns = this.#columns;
    if (!columns) return;
    this.#columns = null;
    for (const article of columns.all()) super.set(article.id, article);
  }
}

/**
 * Gives `target` an `articles` property that makes every record the first time it is read,
 * then holds the list as a plain value. Enumerable, so a spread of the file (`{ ...file }`)
 * copies the list as it did.
 */
export function withLazyArticles<T extends { articles: ArticleMeta[] }>(target: T, columns: ArticleColumns): T {
  Object.defineProperty(target, 'articles', {
    enumerable: true,
    configurable: true,
    get: () => {
      const articles = columns.all();
      Object.defineProperty(target, 'articles', { value: articles, enumerable: true, configurable: true, writable: true });
      return articles;
    },
  });
  return target;
}
