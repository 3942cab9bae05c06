import type { LoadedArchive } from './archive.ts';
import type { ArticleEntity, ArticleMeta } from './archive-types.ts';
import { ONE_BODY_MENTION, featureStrength, idf } from './bm25.ts';
import { archiveStats, bodyLength } from './archive-stats.ts';
import { collapseDuplicates, type Duplicate } from './near-duplicates.ts';
import { queryFeatures, type RelatedQuery } from './related-query.ts';
import { articleText } from './article-text.ts';
import { surfaceForms } from './surface-form.ts';
import { scoreIn, wordDf, wordPostings, type WordPostings } from './related-words.ts';

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
  article: ArticleMeta;
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
 * over the page's features f (its MAX_FEATURES most said, below): q_f the main-content
 * count, idf_f the feature's rarity in the archive, strength_f ∈ [0, 1) how strongly the
 * article carries it (BM25+ over title and body with the search's own boosts, over its
 * maximum: lib/search/bm25.ts). S is the share of what the page is about that the
 * article carries, so a name both mention in passing (small q, weak strength) is weak
 * evidence and a word every article has (idf ≈ 0) none.
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
 *   3. it shares at least one core feature's worth of the page's core (the core's weight
 *      over its size): the core is the page's strongest features (by q · idf, among those
 *      the archive has) that together hold half of its weight. Sharing only the page's
 *      minor words ("phone" and "call" with a headline about two presidents), or the
 *      weaker side of a page about two countries, is not sharing its subject, however
 *      strongly the article says them; on a page about many names, sharing one of them
 *      fully is.
 *   4. it shares two of the core's features, or one that holds a third of the core's
 *      weight: one word of a many-sided core in common ("list" with a list of countries
 *      by population, "murder" with a headline about a murder plot at a World Cup) is a
 *      coincidence of vocabulary; a headline's one dominant name ("Xbox") is its subject.
 * A headline names few features, so the denominator is small and the articles sharing its
 * subject pass (1); an unrelated page's features are either absent from the archive
 * (counted at the idf of the rarest archive word, so they keep the denominator honest) or
 * shared only in passing, and no article reaches half of it.
 */
const HALF_THE_PAGE = 0.5;
const MIN_SHARE = HALF_THE_PAGE * ONE_BODY_MENTION;
const MIN_EVIDENCE = Math.LN2 * ONE_BODY_MENTION;
/** Condition 4: core features an article shares, unless one it shares dominates the core. */
const MIN_CORE_SHARED = 2;
const DOMINANT_SHARE = 1 / 3;

/**
 * At most this many of the page's words (its most frequent) are read: each costs a walk
 * over the articles containing it the first time. Lucene's MoreLikeThis keeps 25 by
 * tf·idf; here more are kept by count and idf weighs them, so a rare topic word said twice
 * is not crowded out by the page's common words.
 */
export const MAX_QUERY_TERMS = 50;

/**
 * The page is read as its MAX_FEATURES most-said features, entities and words alike (the
 * rarer first among equal counts): a long page says many things once in passing, and its
 * subject is what it says again and again. Lucene's MoreLikeThis keeps 25 terms in the
 * same way, by tf·idf; by count first here, because idf is the archive's and a word a
 * small archive lacks would otherwise outrank every name it has. A headline has fewer
 * features and is read whole.
 */
export const MAX_FEATURES = 25;

/** One feature of the page as the ranking weighs it. */
interface Feature {
  key: string;
  entity?: string;
  term?: string;
  /** Its count in the main content. */
  q: number;
  /** q · idf (idf of the archive's rarest word when the archive lacks it). */
  w: number;
  /** Whether the archive has it. */
  known: boolean;
}

/** How many reasons a related article shows. */
export const MAX_REASONS = 4;

/** An archive word's rarity; a word the archive never saw weighs like its rarest. */
function rarity(total: number, df: number): number {
  return idf(total, Math.max(1, df));
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

/** Conditions 3 and 4: the article shares a core feature's worth of the page's core, and two of its features or one that dominates it. */
function sharesCore(e: { core: number; coreShared: number }, core: { core: ReadonlyMap<string, number>; weight: number }): boolean {
  if (e.core < core.weight / core.core.size) return false;
  return e.coreShared >= Math.min(MIN_CORE_SHARED, core.core.size) || e.core >= core.weight * DOMINANT_SHARE;
}

/**
 * Ranks archive articles by the share of the page's subject they carry (see above), best
 * first, near-duplicates folded into the first of their group. Returns only articles that
 * pass the calibrated threshold, so its length is what the badge counts.
 */
export function rankRelated(archive: LoadedArchive, query: RelatedQuery, limit = 10): RelatedArticle[] {
  // The reader's page is an archive article (`exclude`), and its features are its own: it is
  // compared with the rest of the archive, so it counts in neither the total nor any feature's
  // df. Counted, every name and word only it has would weigh as the archive's rarest and make
  // the page's core something no other article can share (in the 5 seed articles, every
  // article's own officials: none of them listed another as related).
  const self = query.exclude !== undefined && archive.byId.has(query.exclude) ? 1 : 0;
  const total = archive.file.articles.length - self;
  const othersWith = (df: number): number => Math.max(0, df - self);
  if (total <= 0 || limit <= 0) return [];
  const features = queryFeatures(query);
  if (features.entities.size === 0 && features.terms.size === 0) return [];
  const stats = archiveStats(archive);

  const entityStrength = (article: ArticleMeta, e: ArticleEntity): number => {
    const inTitle = e.first < article.title.length ? 1 : 0;
    return featureStrength(
      { tf: inTitle, length: article.title.length, avg: stats.avgTitle },
      { tf: e.count - inTitle, length: bodyLength(article), avg: stats.avgBody },
    );
  };
  // Every feature with its weight q · idf (words: only the most frequent, each costs a count
  // over its articles once per archive), then the MAX_FEATURES most said of them; only
  // those words are scored.
  const candidates: Feature[] = [];
  for (const [id, q] of features.entities) {
    const df = othersWith(stats.entityDf.get(id) ?? 0);
    candidates.push({ key: `entity:${id}`, entity: id, q, w: q * rarity(total, df), known: df > 0 });
  }
  for (const [term, q] of [...features.terms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_QUERY_TERMS)) {
    const df = othersWith(wordDf(archive, term));
    candidates.push({ key: `term:${term}`, term, q, w: q * rarity(total, df), known: df > 0 });
  }
  const mostSaid = candidates.sort((a, b) => b.q - a.q || b.w - a.w || (a.key < b.key ? -1 : 1)).slice(0, MAX_FEATURES);
  const pageWeight = mostSaid.reduce((sum, f) => sum + f.w, 0);
  const known = mostSaid.filter((f) => f.known);
  const entities = known.flatMap((f) => (f.entity ? [{ id: f.entity, w: f.w }] : []));
  const words = known.flatMap((f) => (f.term ? [{ term: f.term, q: f.q, w: f.w, postings: wordPostings(archive, f.term) }] : []));
  if (pageWeight <= 0) return [];
  const core = coreFeatures(known.map((f) => [f.key, f.w] as const));

  // Evidence and shared core per article, summed in place: a page's common words reach
  // most of the archive, and only the few articles that pass need their reasons.
  const evidence = new Map<ArticleMeta, { sum: number; core: number; coreShared: number }>();
  const add = (article: ArticleMeta, value: number, inCore: number) => {
    if (article.id === query.exclude) return;
    let e = evidence.get(article);
    if (!e) evidence.set(article, (e = { sum: 0, core: 0, coreShared: 0 }));
    e.sum += value;
    e.core += inCore;
    if (inCore > 0) e.coreShared++;
  };
  for (const { id, w } of entities) {
    const inCore = core.core.get(`entity:${id}`) ?? 0;
    for (const { article, entity } of stats.entityArticles.get(id) ?? []) add(article, w * entityStrength(article, entity), inCore);
  }
  for (const { term, q, postings } of words) {
    const inCore = core.core.get(`term:${term}`) ?? 0;
    for (const p of postings.articles) {
      const article = archive.byId.get(p.id);
      if (article) add(article, q * p.score, inCore);
    }
  }

  const passing = [...evidence]
    .filter(([, e]) => e.sum > MIN_EVIDENCE && e.sum / pageWeight >= MIN_SHARE && sharesCore(e, core))
    .map(([article, e]) => ({ article, score: Math.min(1, e.sum / pageWeight) }))
    .sort((a, b) => b.score - a.score || (b.article.date ?? '').localeCompare(a.article.date ?? ''));
  return collapseDuplicates(passing, (r) => r.article, limit)
    .entries
    .map(({ item, duplicates }) => {
      const reasons: RelatedReason[] = [];
      for (const e of item.article.entities) {
        const shared = entities.find((x) => x.id === e.id);
        if (shared) reasons.push({ kind: 'entity', key: e.id, weight: shared.w * entityStrength(item.article, e) });
      }
      // A word is a reason only when it is part of the page's subject (its core): "one" or
      // "Friday", shared in passing, would not tell a reader why the article is listed.
      for (const { term, q, postings } of words) {
        if (!core.core.has(`term:${term}`)) continue;
        const score = scoreIn(postings, item.article.id);
        if (score > 0) reasons.push({ kind: 'term', key: term, weight: q * score });
      }
      return {
        ...item,
        score: Math.round(item.score * 1000) / 1000,
        duplicates,
        reasons: labelled(archive, item.article, reasons.sort((a, b) => b.weight - a.weight).slice(0, MAX_REASONS)),
      };
    });
}

/** Term reasons spelled as the article spells them ("Africa", "gas"). */
function labelled(archive: LoadedArchive, article: ArticleMeta, reasons: RelatedReason[]): RelatedReason[] {
  const terms = new Set(reasons.filter((r) => r.kind === 'term').map((r) => r.key));
  if (terms.size === 0) return reasons;
  const forms = surfaceForms(articleText({ title: article.title, body: archive.texts.body(article) }), terms);
  return reasons.map((r) => (r.kind === 'term' ? { ...r, label: forms.get(r.key) ?? r.key } : r));
}
