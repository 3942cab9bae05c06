/**
 * The index terms a query word may be a typo of: those within its edit distance, except that
 * a change to the word's first letter counts as two (a common rule of typo-tolerant search),
 * so that at distance 2 every variant keeps the first letter unless it differs by one edit.
 *
 * Why: MiniSearch's typo search walks its radix tree with a Levenshtein row per node
 * (`fuzzyGet`), and at distance 2 every path of two letters from the root is within reach, so
 * a long word's walk visits most of the tree's top: ten times the walk at distance 1 (measured
 * at 2,225 articles: 0.4–0.6 ms against 0.03–0.05 ms for a 9-letter word), a third of a search
 * (tests/bench/search.bench.ts). Keeping the first letter walks one letter's subtree instead
 * (0.07–0.13 ms with the distance-1 walk). What it drops are other words ("minister" →
 * "canister", "administer"); a reader rarely gets a word's first letter wrong, and a word
 * whose first letter alone is wrong is still found.
 *
 * Only MiniSearch's public radix tree API is used: `fuzzyGet` of the subtree under the first
 * letter (`atPrefix`) with the rest of the word gives the same terms and distances as the
 * whole tree's walk with the whole word (a shared first letter never changes an edit
 * distance), less the first letter in their keys.
 */

/** The part of MiniSearch's SearchableMap read here (its class is declared twice in its typings, so it is named by shape). */
export interface TermTree<T> {
  fuzzyGet(key: string, maxEditDistance: number): Map<string, [T, number]>;
  atPrefix(prefix: string): TermTree<T>;
}

/**
 * The terms within `distance` of `word` (as `fuzzyGet`), a first-letter change counted twice
 * beyond distance 1; each with its data and its edit distance. Distance 1 is `fuzzyGet`'s
 * own. Otherwise in `fuzzyGet`'s order within the first letter's subtree, then the terms of
 * other first letters in `fuzzyGet`'s order. Letters are code units, as `fuzzyGet` reads them.
 */
export function typoVariants<T>(tree: TermTree<T>, word: string, distance: number): Map<string, [T, number]> {
  if (distance <= 1 || !word) return tree.fuzzyGet(word, distance);
  const first = word[0]!;
  const variants = new Map<string, [T, number]>();
  for (const [rest, found] of tree.atPrefix(first).fuzzyGet(word.slice(1), distance)) variants.set(first + rest, found);
  for (const [term, found] of tree.fuzzyGet(word, distance - 1)) if (term[0] !== first) variants.set(term, found);
  return variants;
}
