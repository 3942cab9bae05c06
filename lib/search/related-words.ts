import type { SearchOptions } from 'minisearch';
import type { LoadedArchive } from './archive.ts';
import { BM25, MAX_FEATURE_SCORE, RELATED_FIELD_BOOST } from './bm25.ts';

/** One word's postings as MiniSearch scores them: per article, idf · strength. */
export interface WordPostings {
  df: number;
  articles: Array<{ id: string; score: number }>;
}

/**
 * Words already read, per loaded archive: their document frequency, and for the words a
 * ranking used, their scored postings. Scoring a word walks every article that has it
 * ("said": nine in ten articles), and pages keep sharing the same common words, so a word
 * is read once per archive and from here after; the oldest go first past MAX_CACHED_WORDS
 * (the cache is a bound, not a store: a miss only costs one walk).
 */
interface ReadWords {
  df: Map<string, number>;
  postings: Map<string, WordPostings>;
}
const readWords = new WeakMap<LoadedArchive, ReadWords>();
const MAX_CACHED_WORDS = 5000;

function wordsOf(archive: LoadedArchive): ReadWords {
  let words = readWords.get(archive);
  if (!words) readWords.set(archive, (words = { df: new Map(), postings: new Map() }));
  return words;
}

function remember<T>(cache: Map<string, T>, term: string, value: T): T {
  if (cache.size >= MAX_CACHED_WORDS) cache.delete(cache.keys().next().value!);
  cache.set(term, value);
  return value;
}

/** The word exactly as indexed, in the fields and with the BM25+ parameters the related ranking reads (lib/search/bm25.ts). */
const WORD_QUERY: SearchOptions = {
  fields: ['title', 'body'],
  boost: { ...RELATED_FIELD_BOOST },
  prefix: false,
  fuzzy: false,
  tokenize: (s: string) => [s],
  processTerm: (t: string) => t,
  bm25: BM25,
};

/**
 * How many articles have the word in their title or body, without scoring them.
 * MiniSearch calls `boostDocument` once for each article and field holding the word,
 * before it makes a result, and a falsy boost skips the article (its documented
 * contract): counting the calls and returning 0 walks the word's postings without the
 * result object, the sort and the garbage a scored search makes per article, which is
 * most of a common word's cost. The ranking needs the rarity of every word it may read
 * but the scores of only the words it keeps.
 */
export function wordDf(archive: LoadedArchive, term: string): number {
  const words = wordsOf(archive);
  const known = words.postings.get(term)?.df ?? words.df.get(term);
  if (known !== undefined) return known;
  const seen = new Set<unknown>();
  archive.index.search(term, {
    ...WORD_QUERY,
    boostDocument: (id) => {
      seen.add(id);
      return 0;
    },
  });
  return remember(words.df, term, seen.size);
}

/** A word's postings, scored: per article, idf · strength (MiniSearch's score over the maximum strength). */
export function wordPostings(archive: LoadedArchive, term: string): WordPostings {
  const words = wordsOf(archive);
  const cached = words.postings.get(term);
  if (cached) return cached;
  const results = archive.index.search(term, WORD_QUERY);
  return remember(words.postings, term, {
    df: results.length,
    // MiniSearch's score of a word is idf · Σ boost · BM25+ strength; over the maximum strength it is idf · strength.
    articles: results.map((r) => ({ id: String(r.id), score: r.score / MAX_FEATURE_SCORE })),
  });
}

const byArticle = new WeakMap<WordPostings, Map<string, number>>();

/** A word's score in one article (0 when absent), for the few articles shown. */
export function scoreIn(postings: WordPostings, id: string): number {
  let map = byArticle.get(postings);
  if (!map) byArticle.set(postings, (map = new Map(postings.articles.map((p) => [p.id, p.score]))));
  return map.get(id) ?? 0;
}
