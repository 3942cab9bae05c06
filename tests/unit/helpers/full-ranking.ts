/**
 * The search order as MiniSearch's own `search()` gives it, every hit scored and sorted: the
 * reference lib/search/ranked-hits.ts must match (tests/unit/search/ranked-hits.test.ts).
 * This was the product's path before the top-k ranking. Its typo variants are
 * lib/search/typo-variants.ts's (MiniSearch's `fuzzyGet` answers with them while it searches),
 * which tests/unit/search/typo-variants.test.ts checks against `fuzzyGet` itself.
 */
import type { Query, SearchOptions, SearchResult } from 'minisearch';
import type MiniSearch from 'minisearch';
import { ENTITY_FIELD, type IndexedDocument } from '../../../lib/search/index-config.ts';
import { queryOptionsFor } from '../../../lib/search/posting-scores.ts';
import { normaliseTerm, tokenizeWords } from '../../../lib/search/tokenize.ts';
import { typoVariants } from '../../../lib/search/typo-variants.ts';

/** lib/search/search.ts's query: the text OR the entities it names, in the entity field with boost 2. */
export function archiveQuery(text: string, entityIds: readonly string[], textOptions: SearchOptions): Query {
  const queries: Query[] = [];
  if (text.trim()) queries.push({ ...textOptions, queries: [text] });
  if (entityIds.length) {
    queries.push({
      queries: [entityIds.join(' ')],
      fields: [ENTITY_FIELD],
      tokenize: (s: string) => s.split(' '),
      processTerm: (t: string) => t,
      prefix: false,
      fuzzy: false,
      boost: { [ENTITY_FIELD]: 2 },
      combineWith: 'OR',
    });
  }
  return { combineWith: 'OR', queries };
}

/** Every hit of the query in search order, by MiniSearch's `search()` and `rankByCoverage`. */
export function fullRanking(index: MiniSearch<IndexedDocument>, text: string, entityIds: readonly string[], filter?: (r: SearchResult) => boolean): SearchResult[] {
  const query = archiveQuery(text, entityIds, queryOptionsFor(index));
  return rankByCoverage(withTypoVariants(index, () => index.search(query, filter ? { filter } : {})), text);
}

/** Runs `search` with the index's `fuzzyGet` answering lib/search/typo-variants.ts's variants. */
function withTypoVariants<T>(index: MiniSearch<IndexedDocument>, search: () => T): T {
  const tree = index['_index'];
  const fuzzyGet = tree.fuzzyGet;
  const own = { fuzzyGet: fuzzyGet.bind(tree), atPrefix: (prefix: string) => tree.atPrefix(prefix) };
  tree.fuzzyGet = (word, distance) => typoVariants(own, word, distance);
  try {
    return search();
  } finally {
    tree.fuzzyGet = fuzzyGet;
  }
}

/**
 * Search order beyond MiniSearch's score, which sums per-word BM25 (OR): articles with
 * more of the query's words come first ("Jack Straw": both words before either one), then
 * those naming an entity the query names (the name's own articles), then those with more
 * of the words exactly as typed ("gas" before its prefix expansion "Gaston"), then score.
 * The tiers are what users expect of a search box; the score orders within a tier.
 */
export function rankByCoverage(results: readonly SearchResult[], query: string): SearchResult[] {
  const words = new Set(tokenizeWords(query).flatMap((w) => normaliseTerm(w) ?? []));
  // Results come sorted by score, and a query has few tiers: a stable bucket pass keeps
  // the score order inside each tier without sorting thousands of hits again.
  const tiers = new Map<number, SearchResult[]>();
  for (const r of results) {
    let matched = 0;
    let entity = 0;
    for (const t of r.queryTerms) {
      if (t.includes(':')) entity = 1;
      else matched++;
    }
    let exact = 0;
    for (const w of words) if (w in r.match) exact++;
    // Both counts stay below 1,000 (a query is cut at 500 characters).
    const tier = matched * 1_000_000 + entity * 1_000 + exact;
    const bucket = tiers.get(tier);
    if (bucket) bucket.push(r);
    else tiers.set(tier, [r]);
  }
  return [...tiers.keys()].sort((a, b) => b - a).flatMap((tier) => tiers.get(tier)!);
}
