import type { ArticleMeta } from './archive-types.ts';
import { hash53 } from './hash.ts';

/** A copy of an article folded into another's entry: the UI shows "also in: <source>". */
export interface Duplicate {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
}

/**
 * Two articles are near-duplicates when they share their headline or their whole body
 * text: the same story filed twice, or re-headlined (the BBC set has 98 pairs with the same
 * body and 129 with the same headline). A shared opening alone is not enough: templated
 * bulletins open alike and are different stories. Headlines shorter than MIN_TITLE_KEY and
 * bodies shorter than MIN_BODY_KEY are too generic to identify a story.
 */
const MIN_TITLE_KEY = 20;
const MIN_BODY_KEY = 500;

/** Letters and digits only, lower case: keys survive punctuation and spacing edits. Hand-written: two string operations, no library needed. */
function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The body's key as a hash, kept with the article's record (lib/search/stored-article.ts) so
 * that folding copies never reads a body: a 53-bit hash compared only within one result list.
 */
export function bodyKeyOf(body: readonly string[]): string | null {
  const text = key(body.join(' '));
  return text.length >= MIN_BODY_KEY ? hash53(text) : null;
}

function keysOf(article: ArticleMeta): string[] {
  const keys: string[] = [];
  const title = key(article.title);
  if (title.length >= MIN_TITLE_KEY) keys.push(`t:${title}`);
  if (article.bodyKey !== null) keys.push(`b:${article.bodyKey}`);
  return keys;
}

const keyCache = new WeakMap<ArticleMeta, string[]>();

/** An article's keys, computed once per article while it is loaded. */
function cachedKeys(article: ArticleMeta): string[] {
  let keys = keyCache.get(article);
  if (!keys) keyCache.set(article, (keys = keysOf(article)));
  return keys;
}

/**
 * Folds near-duplicates in a ranked list into the first (best-ranked) of their group,
 * keeping the order of the rest. Only the listed articles are compared, never the whole
 * archive: a copy of a story matches a query or a page as the story does, so it is in the
 * same list. With `groups`, stops at the item that would start one more entry (a page
 * of results needs only the groups up to its end); `copies` counts what was folded.
 */
export function collapseDuplicates<T>(
  items: readonly T[],
  articleOf: (item: T) => ArticleMeta | undefined,
  groups = Infinity,
): { entries: Array<{ item: T; duplicates: Duplicate[] }>; copies: number } {
  const entries: Array<{ item: T; duplicates: Duplicate[] }> = [];
  const byKey = new Map<string, { item: T; duplicates: Duplicate[] }>();
  let copies = 0;
  for (const item of items) {
    // The item's own record, not a lookup by id: a bundle makes its id map only when first used.
    const article = articleOf(item);
    const keys = article ? cachedKeys(article) : [];
    let entry: { item: T; duplicates: Duplicate[] } | undefined;
    for (const k of keys) entry ??= byKey.get(k);
    if (entry && article) {
      entry.duplicates.push({ id: article.id, title: article.title, source: article.source, date: article.date });
      copies++;
    } else {
      if (entries.length >= groups) break;
      entries.push((entry = { item, duplicates: [] }));
    }
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, entry);
  }
  return { entries, copies };
}
