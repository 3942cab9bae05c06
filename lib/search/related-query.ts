import type { LoadedArchive } from './archive.ts';
import type { ArticleMeta } from './archive-types.ts';
import { articleText } from './article-text.ts';
import { isFunctionWord, salientTermsOutside, termCounts } from './salient-terms.ts';

/**
 * What the ranking needs to know about one entity on the page: how often it is named
 * anywhere (`count`), and how often in the page's main content (`mainCount`: the article
 * a reader reads, lib/search/main-content.ts; not navigation, asides, footers, link lists
 * or tables; a name in the page's headline counts as many times as the search boosts a
 * title: lib/highlight/main-report.ts). Only `mainCount` makes an entity evidence of what
 * the page is about; a name seen only in a menu has `mainCount: 0` and weighs nothing.
 *
 * When the query has no `mainTerms` and no entity carries `mainCount` (reports from before
 * the page side knew its main content, or an archive article, which is all main content),
 * `count` stands in; otherwise an absent `mainCount` is 0.
 */
export interface PageEntityEvidence {
  id: string;
  count: number;
  mainCount?: number;
}

/** One folded word of the page's main content (lib/search/tokenize.ts normaliseTerm) and how often it occurs there (its headline weighted as `mainCount` is). */
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
  return term.length >= MIN_TERM_LENGTH && !/^\p{N}+$/u.test(term) && !isFunctionWord(term);
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
 * the CLI's page): one block, read as main content.
 */
export function mainContentQuery(text: string, mentions: ReadBlock['mentions'], exclude?: string): RelatedQuery {
  return { ...pageQuery([{ text, mentions, main: true }]), ...(exclude ? { exclude } : {}) };
}

/** One block of a page as the page side saw it: its text, the names recognised in it (offsets into `text`), and whether it is main content. */
export interface ReadBlock {
  text: string;
  mentions: ReadonlyArray<{ id: string; start: number; end: number }>;
  main: boolean;
}

/**
 * The query for a page read block by block: every entity with its count on the whole
 * page and in the main content, and the words of the main content outside names. This
 * is what the page side reports (lib/search/main-content.ts decides `main`).
 */
export function pageQuery(blocks: readonly ReadBlock[]): RelatedQuery {
  const entities = new Map<string, { id: string; count: number; mainCount: number }>();
  const mainTerms = new Map<string, number>();
  for (const block of blocks) {
    for (const m of block.mentions) {
      let e = entities.get(m.id);
      if (!e) entities.set(m.id, (e = { id: m.id, count: 0, mainCount: 0 }));
      e.count++;
      if (block.main) e.mainCount++;
    }
    if (block.main) for (const { term, count } of termsOutside(block.text, block.mentions)) mainTerms.set(term, (mainTerms.get(term) ?? 0) + count);
  }
  return { entities: [...entities.values()], terms: [], mainTerms: [...mainTerms].map(([term, count]) => ({ term, count })) };
}

/**
 * An archive article as the page (the reader's "Related in your archive"): its entities,
 * its salient words outside them, and itself left out. Its text must have been read
 * (run inside `archive.texts.answer`, lib/search/article-texts.ts).
 */
export function archiveArticleQuery(archive: LoadedArchive, article: ArticleMeta): RelatedQuery {
  const text = articleText({ title: article.title, body: archive.texts.body(article) });
  const terms = salientTermsOutside(text, article.entities.map((e) => ({ start: e.first, end: e.first + e.length })));
  return { entities: article.entities, terms, exclude: article.id };
}
