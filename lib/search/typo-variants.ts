/**
 * The index terms a query word may be a typo of: those within its edit distance, except that
 * a change to the word’s first letter counts as two (a common rule of typo-tolerant search), so that at
 * distance 2 every variant keeps the first letter unless it differs by one edit only.
 *
 * Why: MiniSearch's typo search walks its radix tree with a Levenshtein row per node
 * (`fuzzyGet`), and at distance 2 every path of two letters from the root is within reach, so
 * a long word's walk visits most of the tree's top: ten times the walk at distance 1 (0.3–0.4
 * ms against 0.03 ms for a 9-letter word at 2,225 articles, tests/bench/search.bench.ts), a
 * third of a search. Keeping the first letter walks one letter's subtree instead. The word's
 * first letter is the one a reader rarely gets wrong, and a name whose first letter is wrong
 * is still found at distance 1.
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
