import type { Query, SearchResult } from 'minisearch';
import type { ArchiveArticle } from './archive-types.ts';
import type { LoadedArchive } from './archive.ts';
import { articleText } from './article-text.ts';
import { ENTITY_FIELD, textSearchOptions } from './index-config.ts';
import { collapseDuplicates, type Duplicate } from './near-duplicates.ts';
import { rankByCoverage } from './coverage.ts';
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

function passesFilters(article: ArchiveArticle, filters: SearchFilters | undefined): boolean {
  if (!filters) return true;
  if (filters.entities?.length) {
    const ids = new Set(article.entities.map((e) => e.id));
    if (!filters.entities.every((id) => ids.has(id))) return false;
  }
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

function buildQuery(text: string, entityIds: readonly string[]): Query {
  const queries: Query[] = [];
  if (text.trim()) queries.push({ ...textSearchOptions, queries: [text] });
  if (entityIds.length) {
    queries.push({
      queries: [entityIds.join(' ')],
      fields: [ENTITY_FIELD],
      tokenize: (s: string) => s.split(' '),
      processTerm: (t: string) => t,
      prefix: false,
      fuzzy: false,
      boost: { [ENTITY_FIELD]: 2 },
      combineWith: 'OR',
    });
  }
  return { combineWith: 'OR', queries };
}

function byDateDesc(a: { date: string | null; score: number }, b: { date: string | null; score: number }): number {
  if (a.date === b.date) return b.score - a.score;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? 1 : -1;
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
  const filter = (r: SearchResult): boolean => {
    const article = archive.byId.get(String(r.id));
    return article !== undefined && passesFilters(article, request.filters);
  };

  type Scored = { article: ArchiveArticle; score: number; terms: string[] };
  const toScored = (r: SearchResult): Scored[] => {
    const article = archive.byId.get(String(r.id));
    return article ? [{ article, score: r.score, terms: r.terms.filter((t) => !t.includes(':')) }] : [];
  };
  const sort = request.sort ?? (query.trim() ? 'relevance' : 'date');
  let total: number;
  let page: Array<Scored & { duplicates: Duplicate[] }>;
  if (query.trim() && !hasFilters(request.filters) && sort === 'relevance') {
    // The common case: only the page shown needs its articles (a common word can match
    // tens of thousands of headlines); ranking and folding copies read ids and matches.
    const raw = rankByCoverage(archive.index.search(buildQuery(query, queryEntities)), query);
    const { entries, copies } = collapseDuplicates(archive, raw, (r) => String(r.id), offset + limit);
    total = raw.length - copies;
    page = entries.slice(offset).flatMap(({ item, duplicates }) => toScored(item).map((s) => ({ ...s, duplicates })));
  } else {
    let results: Scored[];
    if (query.trim()) {
      results = rankByCoverage(archive.index.search(buildQuery(query, queryEntities), { filter }), query).flatMap(toScored);
    } else {
      // An empty query with filters lists what the filters select, newest first.
      results = request.filters
        ? archive.file.articles.filter((a) => passesFilters(a, request.filters)).map((article) => ({ article, score: 0, terms: [] }))
        : [];
    }
    if (sort === 'date') {
      results.sort((a, b) => byDateDesc({ date: a.article.date, score: a.score }, { date: b.article.date, score: b.score }));
    }
    const { entries, copies } = collapseDuplicates(archive, results, (r) => r.article.id, offset + limit);
    total = results.length - copies;
    page = entries.slice(offset).map(({ item, duplicates }) => ({ ...item, duplicates }));
  }

  const hits = page.map(({ article, score, terms, duplicates }): SearchHit => {
    const anchorEntity = article.entities.find((e) => queryEntities.includes(e.id));
    const anchor = anchorEntity
      ? articleText(article).slice(anchorEntity.first, anchorEntity.first + anchorEntity.length)
      : undefined;
    return {
      id: article.id,
      title: article.title,
      date: article.date,
      source: article.source,
      score: Math.round(score * 1000) / 1000,
      snippet: bestSnippet(article.body.length ? article.body : [article.title], terms, anchor),
      entityIds: article.entities.map((e) => e.id),
      duplicates,
    };
  });
  return { query, total, hits, queryEntities };
}

export { suggest } from './suggest.ts';
