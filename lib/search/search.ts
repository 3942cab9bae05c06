import type { ArticleMeta } from './archive-types.ts';
import type { LoadedArchive } from './archive.ts';
import { articleText } from './article-text.ts';
import { collapseDuplicates, type Duplicate } from './near-duplicates.ts';
import { rankHits, type RankedHit } from './ranked-hits.ts';
import { bestSnippet, type MarkedText } from './snippet.ts';

export interface SearchFilters {
  /** Every listed entity id must occur in the article. */
  entities?: string[];
  /** The article's source must be one of these. */
  sources?: string[];
  /** Inclusive ISO dates; articles without a date are excluded when either is set. */
  from?: string | null;
  to?: string | null;
}

export type SearchSort = 'relevance' | 'date';

export interface SearchRequest {
  query: string;
  limit?: number;
  offset?: number;
  filters?: SearchFilters;
  sort?: SearchSort;
}

export interface SearchHit {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  score: number;
  snippet: MarkedText;
  entityIds: string[];
  /** Near-duplicates folded into this hit, for "also in: …". */
  duplicates: Duplicate[];
}

export interface SearchResponse {
  query: string;
  /**
   * Matching articles, less the near-duplicates folded into the hits up to this page
   * (copies further down still count until a later page folds them). Page with `offset`
   * and `limit`.
   */
  total: number;
  hits: SearchHit[];
  /** Entities the query itself names ("Черногория" → country:ME), which widened it. */
  queryEntities: string[];
}

/** Names the entities in a query; supplied by lib/entities. */
export type QueryEntityFinder = (query: string) => string[];

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 500;
/** Queries beyond this length are cut: a search box is not a document. */
export const MAX_QUERY_LENGTH = 500;

function passesFilters(article: ArticleMeta, filters: SearchFilters | undefined): boolean {
  if (!filters) return true;
  if (filters.entities?.length && !filters.entities.every((id) => article.entities.some((e) => e.id === id))) return false;
  if (filters.sources?.length && (article.source === null || !filters.sources.includes(article.source))) return false;
  if (filters.from || filters.to) {
    if (!article.date) return false;
    if (filters.from && article.date < filters.from) return false;
    if (filters.to && article.date > filters.to) return false;
  }
  return true;
}

function hasFilters(filters: SearchFilters | undefined): boolean {
  return Boolean(filters && (filters.entities?.length || filters.sources?.length || filters.from || filters.to));
}

function byDateDesc(a: ArticleMeta, b: ArticleMeta): number {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? 1 : -1;
}

type Ranked = { article: ArticleMeta; score: number; terms: string[] };
type Page = { entries: Array<{ item: Ranked; duplicates: Duplicate[] }>; copies: number; total: number };

/**
 * The page asked for, near-duplicates folded: ranks only as many hits as the page needs
 * (lib/search/ranked-hits.ts), and more only when copies folded into earlier hits leave
 * the page short.
 */
function rankedPage(archive: LoadedArchive, query: string, queryEntities: readonly string[], request: SearchRequest, sort: SearchSort, groups: number): Page {
  const filters = request.filters;
  const ranking = rankHits(archive.index, query, queryEntities, {
    // Without filters every hit is kept unread: a common word matches thousands of articles.
    accept: hasFilters(filters)
      ? (id) => {
          const article = archive.byId.get(id);
          return article !== undefined && passesFilters(article, filters);
        }
      : undefined,
    order: sort,
    dateOf: (id) => archive.byId.get(id)?.date ?? null,
  });
  const articleOf = (hit: RankedHit): Ranked[] => {
    const article = archive.recordAt?.(hit.doc, hit.id) ?? archive.byId.get(hit.id);
    return article ? [{ article, score: hit.score, terms: hit.terms }] : [];
  };
  // A page plus room for a few copies, doubled until the folding stops at a hit that would
  // start one more entry (so every copy of the page's entries up to there is folded, as over
  // the whole list), or every hit is ranked.
  for (let wanted = groups + 8; ; wanted *= 2) {
    const ranked = ranking.top(wanted).flatMap(articleOf);
    const { entries, copies } = collapseDuplicates(ranked, (r) => r.article, groups);
    if (entries.length + copies < ranked.length || wanted >= ranking.total) return { entries, copies, total: ranking.total - copies };
  }
}

/** An empty query with filters lists what the filters select, newest first (by default). */
function filteredPage(archive: LoadedArchive, filters: SearchFilters | undefined, sort: SearchSort, groups: number): Page {
  const results: Ranked[] = filters
    ? archive.file.articles.filter((a) => passesFilters(a, filters)).map((article) => ({ article, score: 0, terms: [] }))
    : [];
  if (sort === 'date') results.sort((a, b) => byDateDesc(a.article, b.article));
  const { entries, copies } = collapseDuplicates(results, (r) => r.article, groups);
  return { entries, copies, total: results.length - copies };
}

/** Full-text search over the archive, with entity-aware queries, filters and snippets. */
export function searchArchive(
  archive: LoadedArchive,
  request: SearchRequest,
  findEntities?: QueryEntityFinder,
): SearchResponse {
  const query = request.query.slice(0, MAX_QUERY_LENGTH);
  const limit = Math.min(Math.max(request.limit ?? DEFAULT_LIMIT, 0), MAX_LIMIT);
  const offset = Math.max(request.offset ?? 0, 0);
  const queryEntities = query.trim() && findEntities ? [...new Set(findEntities(query))] : [];
  const sort = request.sort ?? (query.trim() ? 'relevance' : 'date');
  const { entries, total } = query.trim()
    ? rankedPage(archive, query, queryEntities, request, sort, offset + limit)
    : filteredPage(archive, request.filters, sort, offset + limit);
  const page = entries.slice(offset).map(({ item, duplicates }) => ({ ...item, duplicates }));

  const hits = page.map(({ article, score, terms, duplicates }): SearchHit => {
    const anchorEntity = article.entities.find((e) => queryEntities.includes(e.id));
    // The texts of the page's hits only (lib/search/article-texts.ts).
    const body = archive.texts.body(article);
    const anchor = anchorEntity
      ? articleText({ title: article.title, body }).slice(anchorEntity.first, anchorEntity.first + anchorEntity.length)
      : undefined;
    return {
      id: article.id,
      title: article.title,
      date: article.date,
      source: article.source,
      score: Math.round(score * 1000) / 1000,
      snippet: bestSnippet(body.length ? body : [article.title], terms, anchor),
      entityIds: article.entities.map((e) => e.id),
      duplicates,
    };
  });
  return { query, total, hits, queryEntities };
}

export { suggest } from './suggest.ts';
