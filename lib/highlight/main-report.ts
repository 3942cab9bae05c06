import { mainContentBlocks, mayBeProse, type BlockRole, type BlockShape } from '../search/main-content.ts';
import { isTopicTerm, type PageTermEvidence } from '../search/related-query.ts';
import { addTermCountsOutside } from '../search/salient-terms.ts';
import { textSearchOptions } from '../search/index-config.ts';

/**
 * The page's headline (its `<h1>`, when it is main content) weighs as an archive
 * article's title does in search and in the related ranking (lib/search/bm25.ts
 * RELATED_FIELD_BOOST): each name and word in it counts this many times. A reader takes
 * a page's subject from its headline first; counted once, "gun laws" in the headline of
 * an interview that also touches race and Kenya weighs no more than a word of an aside.
 */
export const HEADLINE_WEIGHT = textSearchOptions.boost?.title ?? 1;

/** The report carries at most this many main-content words (the most frequent; ranking reads fewer, lib/search/related.ts MAX_QUERY_TERMS). */
export const MAX_REPORTED_TERMS = 200;

/** Longer "words" are no words a reader wrote (a hash, a run of letters on a hostile page). */
export const MAX_TERM_LENGTH = 100;

/** Text read for main-content words: enough for any article, bounded on huge pages. */
export const MAX_TERM_CHARS = 200_000;

/**
 * What the page side keeps of one recognised block for the report: its shape (for the
 * main-content choice) and, when it may be prose, its words outside the recognised names.
 * The text itself is dropped once recognised (page-marking keeps memory to the marks).
 */
export interface BlockEvidence {
  shape: BlockShape;
  terms: Map<string, number> | null;
  /** Whether the block is a headline (`<h1>`). */
  headline: boolean;
}

/** How much text a page may still read for words (one per page, so a huge page stays bounded). */
export class TermBudget {
  constructor(public chars = MAX_TERM_CHARS) {}
}

const COMMAS = /[,،、，]/g;

/**
 * A block's evidence, from its text, its recognised names (offsets into `text`, in text
 * order), its role, the characters of it inside links, and a key of its parent element.
 */
export function blockEvidence(
  text: string,
  mentions: ReadonlyArray<{ start: number; end: number }>,
  where: { role: BlockRole; linkChars: number; container: unknown; headline?: boolean },
  budget: TermBudget,
): BlockEvidence {
  const headline = where.headline === true;
  const trimmed = text.trim();
  const shape: BlockShape = { role: where.role, chars: trimmed.length, commas: (trimmed.match(COMMAS) ?? []).length, linkChars: where.linkChars, container: where.container };
  if (!mayBeProse(shape) || budget.chars <= 0) return { shape, terms: null, headline };
  const terms = new Map<string, number>();
  budget.chars -= addTermCountsOutside(terms, text, mentions);
  return { shape, terms, headline };
}

/** What the page's main content says: each entity's count in it, and its most frequent topic words (the headline's counted HEADLINE_WEIGHT times). */
export interface MainContent {
  mainCounts: Map<string, number>;
  mainTerms: PageTermEvidence[];
}

/**
 * The main content of a page's recognised blocks (lib/search/main-content.ts chooses), in
 * document order: the names and words a reader reads, not the menus around them.
 */
export function mainContent(blocks: ReadonlyArray<{ mentions: ReadonlyArray<{ id: string }>; evidence: BlockEvidence }>): MainContent {
  const main = mainContentBlocks(blocks.map((b) => b.evidence.shape));
  const mainCounts = new Map<string, number>();
  const words = new Map<string, number>();
  for (const i of main) {
    const { mentions, evidence } = blocks[i]!;
    const weight = evidence.headline ? HEADLINE_WEIGHT : 1;
    for (const m of mentions) mainCounts.set(m.id, (mainCounts.get(m.id) ?? 0) + weight);
    for (const [term, count] of evidence.terms ?? []) if (term.length <= MAX_TERM_LENGTH && isTopicTerm(term)) words.set(term, (words.get(term) ?? 0) + weight * count);
  }
  const mainTerms = [...words]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_REPORTED_TERMS)
    .map(([term, count]) => ({ term, count }));
  return { mainCounts, mainTerms };
}
