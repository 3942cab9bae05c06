import { termCounts } from './salient-terms.ts';

/**
 * What the ranking needs to know about one entity on the page: how often it is named
 * anywhere (`count`), and how often in the page's main content (`mainCount`: the article
 * a reader reads, lib/search/main-content.ts; not navigation, asides, footers, link lists
 * or tables). Only `mainCount` makes an entity evidence of what the page is about; a name
 * seen only in a menu has `mainCount: 0` and weighs nothing.
 *
 * When no entity of a query carries `mainCount` (reports from before the page side knew
 * its main content, or an archive article, which is all main content), `count` stands in.
 */
export interface PageEntityEvidence {
  id: string;
  count: number;
  mainCount?: number;
}

/** One folded word of the page's main content (lib/search/tokenize.ts normaliseTerm) and how often it occurs there. */
export interface PageTermEvidence {
  term: string;
  count: number;
}

/**
 * What a page (or an article) offers for ranking.
 *
 * The page side reports, for its main content only: every entity with `mainCount`, and
 * `mainTerms`, the counts of its words outside recognised names (names already count as
 * entities). `terms` is the older, page-wide list of salient words without counts; it is
 * read only when `mainTerms` is absent, each word counting once.
 */
export interface RelatedQuery {
  entities: ReadonlyArray<PageEntityEvidence>;
  terms: readonly string[];
  mainTerms?: ReadonlyArray<PageTermEvidence>;
  /** An article id to leave out (the reader's own article). */
  exclude?: string;
}

/** A feature of the page as the ranking weighs it: its count in the main content. */
export interface QueryFeatures {
  entities: Map<string, number>;
  terms: Map<string, number>;
}

/** Only words of at least this many letters are topic words: shorter folded words are mostly abbreviations and pieces ("mr", "s"). */
const MIN_TERM_LENGTH = 3;

/** Whether a folded word can stand for a topic: long enough, and not a bare number. */
export function isTopicTerm(term: string): boolean {
  return term.length >= MIN_TERM_LENGTH && !/^\p{N}+$/u.test(term);
}

/** The page's evidence, as weights: main-content counts, where the page reported them. */
export function queryFeatures(query: RelatedQuery): QueryFeatures {
  const knowsMain = query.entities.some((e) => e.mainCount !== undefined) || query.mainTerms !== undefined;
  const entities = new Map<string, number>();
  for (const e of query.entities) {
    const weight = knowsMain ? (e.mainCount ?? 0) : e.count;
    if (weight > 0) entities.set(e.id, (entities.get(e.id) ?? 0) + weight);
  }
  const terms = new Map<string, number>();
  if (query.mainTerms) {
    for (const { term, count } of query.mainTerms) if (count > 0 && isTopicTerm(term)) terms.set(term, (terms.get(term) ?? 0) + count);
  } else {
    for (const term of query.terms) if (isTopicTerm(term)) terms.set(term, 1);
  }
  return { entities, terms };
}

/**
 * Word counts of a text outside the given spans (the recognised names), for
 * `RelatedQuery.mainTerms`.
 */
export function termsOutside(text: string, spans: ReadonlyArray<{ start: number; end: number }>): PageTermEvidence[] {
  const pieces: string[] = [];
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    pieces.push(text.slice(at, start));
    at = end;
  }
  pieces.push(text.slice(at));
  return [...termCounts(pieces.join(' ')).entries()].map(([term, count]) => ({ term, count }));
}

/**
 * The query for a text that is all main content (an archive article, a plain-text page,
 * the CLI's page): every entity with its count as `mainCount`, every word outside the
 * names as `mainTerms`.
 */
export function mainContentQuery(
  text: string,
  mentions: ReadonlyArray<{ id: string; start: number; end: number }>,
  exclude?: string,
): RelatedQuery {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const entities = [...counts].map(([id, count]) => ({ id, count, mainCount: count }));
  return { entities, terms: [], mainTerms: termsOutside(text, mentions), ...(exclude ? { exclude } : {}) };
}
