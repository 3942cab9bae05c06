import type { SearchResult } from 'minisearch';
import { normaliseTerm, tokenizeWords } from './tokenize.ts';

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
