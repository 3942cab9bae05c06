import fc from 'fast-check';
import SearchableMap from 'minisearch/SearchableMap';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedArchive } from '../../../lib/search/archive.ts';
import { normaliseTerm, tokenizeWords } from '../../../lib/search/tokenize.ts';
import { typoVariants, type TermTree } from '../../../lib/search/typo-variants.ts';
import { QUERIES } from '../../bench/queries.ts';
import { SHARED_MISSING, bbcArchive, hasSharedData } from '../helpers/bbc-archive.ts';

/**
 * lib/search/typo-variants.ts against MiniSearch's own `fuzzyGet`: the same terms with the
 * same distances, less those beyond one edit whose first letter differs; in `fuzzyGet`'s
 * order within the word's first letter.
 */

type Found<T> = Map<string, [T, number]>;

/** What typoVariants must give: fuzzyGet's variants, a changed first letter counted twice beyond distance 1. */
function expected<T>(all: Found<T>, word: string, distance: number): Found<T> {
  return new Map([...all].filter(([term, [, d]]) => distance <= 1 || term[0] === word[0] || d <= distance - 1));
}

function expectVariants<T>(tree: TermTree<T>, word: string, distance: number): void {
  const mine = typoVariants(tree, word, distance);
  const want = expected(tree.fuzzyGet(word, distance), word, distance);
  expect(new Map([...mine].sort()), `${word} ${distance}`).toEqual(new Map([...want].sort()));
  const sameFirst = (found: Found<T>) => [...found.keys()].filter((t) => t[0] === word[0]);
  expect(sameFirst(mine), `${word} ${distance}`).toEqual(sameFirst(want));
}

/** Few letters, so that random words are often within two edits of each other; a Cyrillic and an astral one too. */
const word = fc.array(fc.constantFrom('a', 'b', 'c', 'e', 'n', 'ч', '\ud835\udc00'), { minLength: 1, maxLength: 9 }).map((units) => units.join(''));

describe('typo variants', () => {
  it('are fuzzyGet’s, with a first-letter change counted twice beyond one edit, on any vocabulary', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), word, fc.integer({ min: 0, max: 3 }), (terms, query, distance) => {
        const tree = new SearchableMap<number>();
        terms.forEach((term, i) => tree.set(term, i));
        expectVariants(tree, query, distance);
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });

  it('keep a one-edit change of the first letter, and drop a two-edit one', () => {
    const tree = new SearchableMap<number>();
    for (const [i, term] of ['parliament', 'barliament', 'bparliament', 'barliamant', 'parliamant', 'parlament'].entries()) tree.set(term, i);
    expect([...typoVariants(tree, 'parliament', 2).keys()].sort()).toEqual(['barliament', 'bparliament', 'parlament', 'parliamant', 'parliament']);
    expect([...typoVariants(tree, 'parliament', 1).keys()].sort()).toEqual(['barliament', 'bparliament', 'parlament', 'parliamant', 'parliament']);
    expect(typoVariants(tree, 'barliamant', 2).get('parliament')).toBeUndefined();
    expect(typoVariants(tree, 'barliamant', 2).get('barliament')?.[1]).toBe(1);
  });
});

describe.skipIf(!hasSharedData)(`typo variants on the BBC archive ${hasSharedData ? '' : SHARED_MISSING}`, () => {
  let bbc: LoadedArchive;
  beforeAll(async () => {
    bbc = await bbcArchive();
  }, 300_000);

  it('are fuzzyGet’s less the two-edit first-letter changes, for the benchmark’s words', () => {
    const tree = bbc.index['_index'];
    const words = new Set(QUERIES.flatMap((q) => tokenizeWords(q).flatMap((w) => normaliseTerm(w) ?? [])));
    for (const w of [...words, 'parliment', 'minister', 'schwarzeneger']) for (const distance of [1, 2]) expectVariants(tree, w, distance);
    // What the rule drops: other words, not typos of this one.
    expect([...tree.fuzzyGet('minister', 2).keys()].filter((t) => !typoVariants(tree, 'minister', 2).has(t)).sort()).toEqual(['administer', 'canister', 'finisher']);
  });
});
