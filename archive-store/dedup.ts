/**
 * When two articles are the same: the same id, or the same URL, or the same title, date and
 * source once normalised (case, accents, punctuation and spacing do not count).
 */
import type { ArchiveArticle } from '../lib/search/archive-types.ts';

export type DuplicateReason = 'id' | 'url' | 'title-date-source';

interface DedupFields {
  title: string;
  date?: string | null;
  source?: string | null;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function dedupKey(article: DedupFields): string {
  return `${fold(article.title)}|${article.date ?? ''}|${fold(article.source ?? '')}`;
}

/** The URL without its fragment, default port, trailing slash or letter case of the host; unparsable ones as given. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = '';
    return u.href.replace(/\/$/, '');
  } catch {
    return url.trim();
  }
}

/** The stored `urlKey` field (absent when the article has no URL: IndexedDB skips it in the index). */
export function urlKeyOf(url: string | null | undefined): { urlKey?: string } {
  return url ? { urlKey: normaliseUrl(url) } : {};
}

/** The dedup keys of a set of articles (the bundled archive's), as plain arrays that cross messages. */
export interface DedupKeys {
  ids: string[];
  urls: string[];
  keys: string[];
}

export function dedupKeysOf(articles: ReadonlyArray<DedupFields & { id: string; url: string | null }>): DedupKeys {
  return {
    ids: articles.map((a) => a.id),
    urls: articles.flatMap((a) => (a.url ? [normaliseUrl(a.url)] : [])),
    keys: articles.map(dedupKey),
  };
}

/** Answers "is this article already here, and why" for a set of keys that grows as articles are accepted. */
export class DedupSet {
  private readonly ids: Set<string>;
  private readonly urls: Set<string>;
  private readonly keys: Set<string>;

  constructor(keys: DedupKeys = { ids: [], urls: [], keys: [] }) {
    this.ids = new Set(keys.ids);
    this.urls = new Set(keys.urls);
    this.keys = new Set(keys.keys);
  }

  reasonFor(article: ArchiveArticle): DuplicateReason | null {
    if (this.ids.has(article.id)) return 'id';
    if (article.url && this.urls.has(normaliseUrl(article.url))) return 'url';
    if (this.keys.has(dedupKey(article))) return 'title-date-source';
    return null;
  }

  add(article: ArchiveArticle): void {
    this.ids.add(article.id);
    if (article.url) this.urls.add(normaliseUrl(article.url));
    this.keys.add(dedupKey(article));
  }
}
