import { scoreAll, workspaceFor, type Index, type Met } from './posting-scores.ts';

/**
 * The search order, for the page shown only. Users expect of a search box: articles with more
 * of the query's words first ("Jack Straw": both words before either one), then those naming
 * an entity the query names (the name's own articles), then those with more of the words
 * exactly as typed ("gas" before its prefix expansion "Gaston"), then MiniSearch's score
 * (which sums per-word BM25), then the order MiniSearch met them in (its sort is stable).
 *
 * Every hit is scored (lib/search/posting-scores.ts, without an object per hit), but only the
 * first n are selected, with a bounded heap, not a sort of every hit: a common word at 60,000
 * headlines ("Trump") has 11,700 hits to show 20. Only the hits returned get their matched
 * terms. The order and scores are those of MiniSearch's `search()` with the tiers above
 * (tests/unit/helpers/full-ranking.ts, the reference the tests compare against).
 */

export interface RankedHit {
  id: string;
  /** The index's number for the article (MiniSearch's short id): a bundle finds its record by it (`LoadedArchive.recordAt`). */
  doc: number;
  score: number;
  /** The index terms it matched (the query's words and their expansions), for snippets. */
  terms: string[];
}

export interface Ranking {
  /** Hits that pass the filter. */
  total: number;
  /** The first `n` hits in search order. */
  top(n: number): RankedHit[];
}

export type RankingOrder = 'relevance' | 'date';

export interface RankingOptions {
  /** Keeps a hit by article id (filters); all are kept without it. */
  accept?: (id: string) => boolean;
  /** With 'date', newest first by `dateOf`, then by score, then as 'relevance'. */
  order?: RankingOrder;
  dateOf?: (id: string) => string | null;
}

/** Ranks a query's hits (see the module comment); `entityIds` are the entities the query names. */
export function rankHits(index: Index, text: string, entityIds: readonly string[], options: RankingOptions = {}): Ranking {
  const space = workspaceFor(index);
  const scorer = scoreAll(index, space, text, entityIds);
  const { touched, met } = scorer;
  const idOf = (doc: number): string => scorer.idOf(doc);

  const n = touched.length;
  const docs: number[] = [];
  const tier = new Float64Array(n);
  const score = new Float64Array(n);
  const dates: Array<string | null> = [];
  for (let i = 0; i < n; i++) {
    const doc = touched[i]!;
    if (options.accept && !options.accept(idOf(doc))) continue;
    const words = space.words[doc]!;
    const entities = space.entities[doc]!;
    const slot = docs.length;
    docs.push(doc);
    // As MiniSearch: the score times the number of the query's terms (words and entity ids) matched.
    score[slot] = space.total[doc]! * (words + entities || 1);
    // Both counts stay below 1,000 (a query is cut at 500 characters).
    tier[slot] = words * 1_000_000 + (entities > 0 ? 1_000 : 0) + space.exact[doc]!;
    if (options.order === 'date') dates.push(options.dateOf?.(idOf(doc)) ?? null);
  }
  space.clear(touched);

  // The slot is the order MiniSearch met the hit in: its sort is stable.
  const byRelevance = (a: number, b: number): number => tier[b]! - tier[a]! || score[b]! - score[a]! || a - b;
  const before =
    options.order === 'date'
      ? (a: number, b: number): number => {
          const da = dates[a]!;
          const db = dates[b]!;
          if (da !== db) {
            if (da === null) return 1;
            if (db === null) return -1;
            return da < db ? 1 : -1;
          }
          return score[b]! - score[a]! || byRelevance(a, b);
        }
      : byRelevance;

  return {
    total: docs.length,
    top(count) {
      return firstSlots(docs.length, count, before).map((slot) => {
        const doc = docs[slot]!;
        return { id: idOf(doc), doc, score: score[slot]!, terms: matchedTerms(doc, met) };
      });
    },
  };
}

/** The terms a hit matched, in MiniSearch's order (its `terms`: the keys of its `match` object). */
function matchedTerms(doc: number, met: readonly Met[]): string[] {
  const match: Record<string, true> = {};
  for (const { term, data } of met) {
    if (term in match) continue;
    for (const freqs of data.values()) {
      if (freqs.has(doc)) {
        match[term] = true;
        break;
      }
    }
  }
  return Object.keys(match);
}

/**
 * The first `count` of `size` slots under `before`, in order: a bounded max-heap keeps the
 * best `count` seen (O(size · log count)) instead of sorting every hit. Hand-written: a dozen
 * lines, and the packages that offer one sort or copy the whole input.
 */
function firstSlots(size: number, count: number, before: (a: number, b: number) => number): number[] {
  if (count <= 0) return [];
  if (count >= size) return Array.from({ length: size }, (_, i) => i).sort(before);
  // heap[0] is the worst of the kept slots.
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => before(a, b) > 0;
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(heap[l]!, heap[top]!)) top = l;
      if (r < heap.length && worse(heap[r]!, heap[top]!)) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top]!, heap[i]!];
      i = top;
    }
  };
  for (let slot = 0; slot < size; slot++) {
    if (heap.length < count) {
      heap.push(slot);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (before(slot, heap[0]!) < 0) {
      heap[0] = slot;
      siftDown(0);
    }
  }
  return heap.sort(before);
}
