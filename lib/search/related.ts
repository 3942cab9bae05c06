import type { SearchResult } from 'minisearch';
import type { LoadedArchive } from './archive.ts';
import type { ArchiveArticle } from './archive-types.ts';
import { BM25, MAX_FEATURE_SCORE, ONE_BODY_MENTION, RELATED_FIELD_BOOST, featureStrength, idf } from './bm25.ts';
import { archiveStats, bodyLength } from './archive-stats.ts';
import { collapseDuplicates, type Duplicate } from './near-duplicates.ts';
import { queryFeatures, type RelatedQuery } from './related-query.ts';
import { articleText } from './article-text.ts';
import { surfaceForms } from './surface-form.ts';

export type { PageEntityEvidence, PageTermEvidence, RelatedQuery } from './related-query.ts';

export interface RelatedReason {
  kind: 'entity' | 'term';
  /** Entity id, or the folded term. */
  key: string;
  weight: number;
  /** A term as the article writes it ("Africa", "gas"); absent for entities (their names come from the knowledge). */
  label?: string;
}

export interface RelatedArticle {
  article: ArchiveArticle;
  /** Share of the page's weighted evidence the article carries, on [0, 1]. */
  score: number;
  /** Shared entities and terms, strongest first. */
  reasons: RelatedReason[];
  /** Near-duplicates of the article folded into this entry (lib/search/near-duplicates.ts). */
  duplicates: Duplicate[];
}

/**
 * The model: more-like-this with BM25 (Lucene's MoreLikeThis, with MiniSearch's BM25+ as
 * the scorer). The page is a bag of features, its words and its entities (an entity is a
 * word that knows its spellings in every language), each weighted by how often the page's
 * main content says it. An article's score is
 *
 *     S = Σ_f  q_f · idf_f · strength_f(article)  /  Σ_f  q_f · idf_f
 *
 * over the page's features f: q_f the main-content count, idf_f the feature's rarity in
 * the archive, strength_f ∈ [0, 1) how strongly the article carries it (BM25+ over title
 * and body with the search's own boosts, over its maximum: lib/search/bm25.ts). S is the
 * share of what the page is about that the article carries, so a name both mention in
 * passing (small q, weak strength) is weak evidence and a word every article has (idf ≈ 0)
 * none.
 *
 * Calibration (why it means the same at any size): S is a ratio of two sums that scale
 * together with the archive, so it is read on the same scale for a 5-article archive and
 * a 2,000-article one, for a headline and a long article. An article is related when
 *   1. S ≥ HALF_THE_PAGE × ONE_BODY_MENTION: it carries at least half of the page's
 *      weighted subject, as strongly as one mention in the body of an average article
 *      would (ONE_BODY_MENTION ≈ 0.14); and
 *   2. its own evidence, the numerator, is more than one body mention of a feature found
 *      in half of the archive (idf = ln 2 at every size): sharing only what any article
 *      may share is chance, however little else the page says ("Azerbaijan." against an
 *      archive where every article names Azerbaijan).
 *   3. it shares at least half (by weight) of the page's core: the page's strongest
 *      features (by q · idf, among those the archive has) that together hold half of its
 *      weight. Sharing only the page's minor words ("phone" and "call" with a headline
 *      about two presidents), or one side of a page about two countries, is not sharing
 *      its subject, however strongly the article says them.
 * A headline names few features, so the denominator is small and the articles sharing its
 * subject pass (1); an unrelated page's features are either absent from the archive
 * (counted at the idf of the rarest archive word, so they keep the denominator honest) or
 * shared only in passing, and no article reaches half of it.
 */
const HALF_THE_PAGE = 0.5;
const MIN_SHARE = HALF_THE_PAGE * ONE_BODY_MENTION;
const MIN_EVIDENCE = Math.LN2 * ONE_BODY_MENTION;

/**
 * At most this many of the page's words (its most frequent) are queried: each costs a
 * walk over the articles containing it. Lucene's MoreLikeThis keeps 25 by tf·idf; here
 * idf is known only after the query, so more are kept and idf weighs them.
 */
export const MAX_QUERY_TERMS = 50;

/** How many reasons a related article shows. */
export const MAX_REASONS = 4;

/** An archive word's rarity; a word the archive never saw weighs like its rarest. */
function rarity(total: number, df: number): number {
  return idf(total, Math.max(1, df));
}

interface Candidate {
  article: ArchiveArticle;
  evidence: number;
  reasons: RelatedReason[];
}

/** The page's core (condition 3): its strongest features the archive has, until they hold half of their weight. */
function coreFeatures(weights: ReadonlyArray<readonly [string, number]>): { core: Map<string, number>; weight: number } {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  const core = new Map<string, number>();
  let held = 0;
  for (const [key, w] of [...weights].sort((a, b) => b[1] - a[1])) {
    if (held >= total / 2) break;
    core.set(key, w);
    held += w;
  }
  return { core, weight: held };
}

/** Condition 3: the share of the page's core the article has. */
function sharesCore(reasons: readonly RelatedReason[], core: { core: Map<string, number>; weight: number }): boolean {
  let shared = 0;
  for (const r of reasons) shared += core.core.get(`${r.kind}:${r.key}`) ?? 0;
  return shared >= core.weight / 2;
}

/** The words part: one MiniSearch query of the page's words, each boosted by its page count. */
function wordEvidence(archive: LoadedArchive, terms: Map<string, number>): { results: SearchResult[]; df: Map<string, number> } {
  const chosen = [...terms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_QUERY_TERMS);
  const df = new Map<string, number>(chosen.map(([t]) => [t, 0]));
  if (chosen.length === 0) return { results: [], df };
  const weights = new Map(chosen);
  const results = archive.index.search(chosen.map(([t]) => t).join(' '), {
    fields: ['title', 'body'],
    boost: { ...RELATED_FIELD_BOOST },
    prefix: false,
    fuzzy: false,
    combineWith: 'OR',
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t,
    // MiniSearch's score of a word is idf · Σ boost · BM25+ strength; over the maximum
    // strength it becomes idf · strength, and the page count q makes it the model's term.
    boostTerm: (t) => (weights.get(t) ?? 0) / MAX_FEATURE_SCORE,
    bm25: BM25,
  });
  for (const r of results) for (const t of Object.keys(r.match)) df.set(t, (df.get(t) ?? 0) + 1);
  return { results, df };
}

/**
 * Ranks archive articles by the share of the page's subject they carry (see above), best
 * first, near-duplicates folded into the first of their group. Returns only articles that
 * pass the calibrated threshold, so its length is what the badge counts.
 */
export function rankRelated(archive: LoadedArchive, query: RelatedQuery, limit = 10): RelatedArticle[] {
  const total = archive.file.articles.length;
  if (total === 0 || limit <= 0) return [];
  const features = queryFeatures(query);
  if (features.entities.size === 0 && features.terms.size === 0) return [];
  const stats = archiveStats(archive);
  const candidates = new Map<string, Candidate>();
  const candidate = (article: ArchiveArticle): Candidate => {
    let c = candidates.get(article.id);
    if (!c) candidates.set(article.id, (c = { article, evidence: 0, reasons: [] }));
    return c;
  };

  let pageWeight = 0;
  const entityWeight = new Map<string, number>();
  for (const [id, q] of features.entities) {
    const w = q * rarity(total, stats.entityDf.get(id) ?? 0);
    entityWeight.set(id, w);
    pageWeight += w;
  }
  if (entityWeight.size > 0) {
    for (const article of archive.file.articles) {
      if (article.id === query.exclude) continue;
      for (const e of article.entities) {
        const w = entityWeight.get(e.id);
        if (w === undefined) continue;
        const inTitle = e.first < article.title.length ? 1 : 0;
        const strength = featureStrength(
          { tf: inTitle, length: article.title.length, avg: stats.avgTitle },
          { tf: e.count - inTitle, length: bodyLength(article), avg: stats.avgBody },
        );
        const c = candidate(article);
        c.evidence += w * strength;
        c.reasons.push({ kind: 'entity', key: e.id, weight: w * strength });
      }
    }
  }

  const { results, df } = wordEvidence(archive, features.terms);
  const known: Array<readonly [string, number]> = [];
  for (const [id, w] of entityWeight) if (stats.entityDf.has(id)) known.push([`entity:${id}`, w]);
  for (const [term, count] of df) {
    const w = (features.terms.get(term) ?? 0) * rarity(total, count);
    pageWeight += w;
    if (count > 0) known.push([`term:${term}`, w]);
  }
  const core = coreFeatures(known);
  for (const r of results) {
    const article = archive.byId.get(String(r.id));
    if (!article || article.id === query.exclude) continue;
    const c = candidate(article);
    c.evidence += r.score / Math.max(1, r.queryTerms.length); // MiniSearch multiplies by the matched-term count
    for (const [term, fields] of Object.entries(r.match)) {
      // Per-word strength is not in the summed score: one mention where it was found stands in, for ordering reasons.
      const strength = featureStrength(
        { tf: fields.includes('title') ? 1 : 0, length: 1, avg: 1 },
        { tf: fields.includes('body') ? 1 : 0, length: 1, avg: 1 },
      );
      const weight = (features.terms.get(term) ?? 0) * rarity(total, df.get(term) ?? 0) * strength;
      c.reasons.push({ kind: 'term', key: term, weight });
    }
  }
  if (pageWeight <= 0) return [];

  const passing = [...candidates.values()]
    .filter((c) => c.evidence > MIN_EVIDENCE && c.evidence / pageWeight >= MIN_SHARE && sharesCore(c.reasons, core))
    .map((c) => ({ article: c.article, score: Math.min(1, c.evidence / pageWeight), reasons: c.reasons, duplicates: [] as Duplicate[] }))
    .sort((a, b) => b.score - a.score || (b.article.date ?? '').localeCompare(a.article.date ?? ''));
  return collapseDuplicates(archive, passing, (r) => r.article.id)
    .slice(0, limit)
    .map(({ item, duplicates }) => ({
      ...item,
      score: Math.round(item.score * 1000) / 1000,
      duplicates,
      reasons: labelled(item.article, item.reasons.sort((a, b) => b.weight - a.weight).slice(0, MAX_REASONS)),
    }));
}

/** Term reasons spelled as the article spells them ("Africa", "gas"). */
function labelled(article: ArchiveArticle, reasons: RelatedReason[]): RelatedReason[] {
  const terms = new Set(reasons.filter((r) => r.kind === 'term').map((r) => r.key));
  if (terms.size === 0) return reasons;
  const forms = surfaceForms(articleText(article), terms);
  return reasons.map((r) => (r.kind === 'term' ? { ...r, label: forms.get(r.key) ?? r.key } : r));
}
