import { textSearchOptions } from './index-config.ts';

/**
 * BM25+ exactly as MiniSearch 7 scores words (its defaults k = 1.2, b = 0.7, d = 0.5, and
 * the field boosts of lib/search/index-config.ts), so that entities scored here and words
 * scored by MiniSearch are on one scale. Written out because MiniSearch scores only the
 * words of its own index, and an article's entities are counted in the archive file.
 */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** The fields a related-article query reads, with their boosts (the search's own). */
export const RELATED_FIELD_BOOST = { title: textSearchOptions.boost?.title ?? 1, body: 1 } as const;

/**
 * The highest score one feature can reach in one article: present, with saturated
 * frequency, in the title and in the body. Dividing by it puts every feature's strength
 * in an article on [0, 1).
 */
export const MAX_FEATURE_SCORE = (BM25.d + BM25.k + 1) * (RELATED_FIELD_BOOST.title + RELATED_FIELD_BOOST.body);

/** BM25's idf, as MiniSearch computes it. */
export function idf(total: number, df: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

/** BM25+'s frequency part for one field: d + saturated, length-normalised term frequency. */
export function fieldStrength(tf: number, fieldLength: number, avgFieldLength: number): number {
  if (tf <= 0) return 0;
  const norm = avgFieldLength > 0 ? fieldLength / avgFieldLength : 1;
  return BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + BM25.b * norm));
}

/**
 * How strongly an article carries one feature, on [0, 1): title and body strengths with
 * their boosts, over MAX_FEATURE_SCORE.
 */
export function featureStrength(title: { tf: number; length: number; avg: number }, body: { tf: number; length: number; avg: number }): number {
  const score =
    RELATED_FIELD_BOOST.title * fieldStrength(title.tf, title.length, title.avg) +
    RELATED_FIELD_BOOST.body * fieldStrength(body.tf, body.length, body.avg);
  return score / MAX_FEATURE_SCORE;
}

/**
 * The strength of one mention in the body of an article of average length: the unit in
 * which the related threshold is stated (lib/search/related.ts).
 */
export const ONE_BODY_MENTION = fieldStrength(1, 1, 1) / MAX_FEATURE_SCORE;
