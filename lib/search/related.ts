import type { LoadedArchive } from './archive.ts';
import type { ArchiveArticle } from './archive-types.ts';
import { articleText } from './article-text.ts';
import { MIN_TERM_COUNT, termCounts } from './salient-terms.ts';

/** What a page (or an article) offers for ranking: its entities and salient terms. */
export interface RelatedQuery {
  entities: ReadonlyArray<{ id: string; count: number }>;
  terms: readonly string[];
  /** An article id to leave out (the reader's own article). */
  exclude?: string;
}

export interface RelatedReason {
  kind: 'entity' | 'term';
  /** Entity id, or the folded term. */
  key: string;
  weight: number;
}

export interface RelatedArticle {
  article: ArchiveArticle;
  score: number;
  /** Shared entities and terms, strongest first. */
  reasons: RelatedReason[];
}

/** A shared term counts for less than a shared entity: names are what users follow. */
const TERM_WEIGHT = 0.35;
/** Below this an article shares too little to be called related. */
const MIN_SCORE = 0.8;
/**
 * A name an article mentions once, past its lead, is a passing reference ("the president
 * of Russia" in a piece on Armenia): it counts for less than a name the article is about.
 */
const PASSING_MENTION = 0.3;
const PASSING_MENTION_ON_PAGE = 0.6;
/** The headline and lead paragraph, where what an article is about is named. */
const LEAD_CHARS = 600;
/**
 * Without a shared name, a few common words ("announced", "environment") are chance, not
 * a topic: it takes this many shared salient terms to relate an article on words alone.
 */
const MIN_SHARED_TERMS = 4;
/** Terms shared with more than this share of the archive say nothing about relatedness. */
const MAX_TERM_DF_SHARE = 0.5;

/** BM25's idf: rare entities and terms weigh more, ubiquitous ones almost nothing. */
function idf(total: number, df: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

/** Document frequency of each entity in the archive, computed once per loaded archive. */
const entityDf = new WeakMap<LoadedArchive, Map<string, number>>();

function entityFrequencies(archive: LoadedArchive): Map<string, number> {
  let df = entityDf.get(archive);
  if (!df) {
    df = new Map();
    for (const a of archive.file.articles) for (const e of a.entities) df.set(e.id, (df.get(e.id) ?? 0) + 1);
    entityDf.set(archive, df);
  }
  return df;
}

const articleTerms = new WeakMap<ArchiveArticle, Map<string, number>>();

/** Term counts of an article's text, computed once per article and kept while it is loaded. */
function termsOf(article: ArchiveArticle): Map<string, number> {
  let counts = articleTerms.get(article);
  if (!counts) articleTerms.set(article, (counts = termCounts(articleText(article))));
  return counts;
}

/** Ids of the articles whose indexed text contains the (folded) term exactly. */
function articlesWithTerm(archive: LoadedArchive, term: string): Set<string> {
  const hits = archive.index.search(term, { prefix: false, fuzzy: false, fields: ['title', 'body'], processTerm: (t) => t });
  return new Set(hits.map((h) => String(h.id)));
}

/**
 * Ranks archive articles by what they share with a page: each shared entity weighs its
 * rarity in the archive (and a little more when the page names it often), each shared
 * salient term its rarity. An article sharing nothing scores 0 and is never returned.
 */
export function rankRelated(archive: LoadedArchive, query: RelatedQuery, limit = 10): RelatedArticle[] {
  const total = archive.file.articles.length;
  if (total === 0) return [];
  const df = entityFrequencies(archive);
  const scores = new Map<string, RelatedArticle>();
  const add = (article: ArchiveArticle, reason: RelatedReason) => {
    let entry = scores.get(article.id);
    if (!entry) scores.set(article.id, (entry = { article, score: 0, reasons: [] }));
    entry.score += reason.weight;
    entry.reasons.push(reason);
  };

  const pageEntities = new Map(query.entities.map((e) => [e.id, e.count]));
  for (const article of archive.file.articles) {
    if (article.id === query.exclude) continue;
    for (const e of article.entities) {
      const pageCount = pageEntities.get(e.id);
      if (pageCount === undefined) continue;
      const salience =
        (1 + Math.log(pageCount) * 0.25 + Math.log(e.count) * 0.25) *
        (e.count > 1 || e.first < LEAD_CHARS ? 1 : PASSING_MENTION) *
        (pageCount > 1 ? 1 : PASSING_MENTION_ON_PAGE);
      add(article, { kind: 'entity', key: e.id, weight: idf(total, df.get(e.id) ?? 1) * salience });
    }
  }
  for (const term of new Set(query.terms)) {
    const ids = articlesWithTerm(archive, term);
    if (ids.size === 0 || ids.size > Math.max(1, total * MAX_TERM_DF_SHARE)) continue;
    const weight = idf(total, ids.size) * TERM_WEIGHT;
    for (const id of ids) {
      const article = archive.byId.get(id);
      // As on the page, a word the article says only once is not its topic.
      if (article && id !== query.exclude && (termsOf(article).get(term) ?? 0) >= MIN_TERM_COUNT) {
        add(article, { kind: 'term', key: term, weight });
      }
    }
  }

  return [...scores.values()]
    .filter((r) => r.score >= MIN_SCORE && (r.reasons.some((x) => x.kind === 'entity') || r.reasons.length >= MIN_SHARED_TERMS))
    .map((r) => ({ ...r, score: Math.round(r.score * 1000) / 1000, reasons: r.reasons.sort((a, b) => b.weight - a.weight) }))
    .sort((a, b) => b.score - a.score || (b.article.date ?? '').localeCompare(a.article.date ?? ''))
    .slice(0, limit);
}
