/**
 * Records by id over columns whose records are made when read (lib/search/article-columns.ts):
 * a loaded bundle's `file.articles` and `byId` (lib/search/archive.ts `LoadedArchive`), and the
 * user's records a wake takes from the background's snapshot (in parts of a few thousand,
 * entrypoints/background/user-archive.ts). Every reader keeps the plain array and Map it had:
 * the list is made the first time it is read, and the Map answers `get`, `has` and `size`
 * record by record until something reads it whole (iterates it, copies it, changes it), when
 * it fills itself. A wake's first search then makes only the records of its hits. A subclass
 * of Map rather than a type of our own: the readers of `byId` (search, related, cards, the
 * user's archive joined to the bundle) keep their types.
 */
import type { ArticleMeta } from './archive-types.ts';
import type { ArticleColumns } from './article-columns.ts';

/** Where a `RecordsById` finds its records before it is filled. */
export interface RecordSource {
  find(id: string): ArticleMeta | undefined;
  /** Every record, in order. */
  all(): readonly ArticleMeta[];
  /** How many distinct ids it holds, when known without reading them (a Map's `size`). */
  distinct?: number;
}

/** One bundle's columns; the last record of an id wins, as in a Map made from the list. */
export function columnsSource(columns: ArticleColumns): RecordSource {
  return {
    find: (id) => {
      const i = columns.indexOf(id);
      return i === undefined ? undefined : columns.at(i);
    },
    all: () => columns.all(),
  };
}

/**
 * Parts of columns whose ids are all distinct (the snapshot's parts of the user's records, written
 * from a Map): each part finds its ids with a Map of its own, made when first asked.
 */
export function partsSource(parts: readonly ArticleColumns[]): RecordSource {
  return {
    find: (id) => {
      for (const part of parts) {
        const i = part.indexOf(id);
        if (i !== undefined) return part.at(i);
      }
      return undefined;
    },
    all: () => parts.flatMap((part) => part.all()),
    distinct: parts.reduce((sum, part) => sum + part.count, 0),
  };
}

/** The records by id, found in their source until the Map is read whole or changed. */
export class RecordsById extends Map<string, ArticleMeta> {
  #source: RecordSource | null;

  constructor(source: RecordSource) {
    super();
    this.#source = source;
  }

  override get(id: string): ArticleMeta | undefined {
    return this.#source ? this.#source.find(id) : super.get(id);
  }

  override has(id: string): boolean {
    return this.#source ? this.#source.find(id) !== undefined : super.has(id);
  }

  override get size(): number {
    if (this.#source?.distinct !== undefined) return this.#source.distinct;
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
    this.#source = null;
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
    const source = this.#source;
    if (!source) return;
    this.#source = null;
    for (const article of source.all()) super.set(article.id, article);
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
