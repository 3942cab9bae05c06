import { useEffect, useRef, useState } from 'preact/hooks';
import { askArchive } from '../lib/messages/archive-client.ts';
import { userMessage } from '../lib/messages/user-error.ts';
import type { SearchHit, SearchRequest, SearchResponse } from '../lib/search/search.ts';

export interface MoreResults {
  /** The first page's hits and every page loaded after them, in rank order. */
  hits: SearchHit[];
  /** Whether the archive has results beyond those shown. */
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  /** Loads the next page (`request.limit` more). */
  loadMore(): void;
}

/**
 * Pages beyond the first search response (the search pages with `offset`): pages already
 * loaded stay on screen and the next is appended, so the reader's "Top 50 of 567" can
 * show every result. A new first response (a new query or filters) starts over.
 */
export function useMoreResults(request: SearchRequest, first: SearchResponse | null): MoreResults {
  const [pages, setPages] = useState<{ of: SearchResponse | null; hits: SearchHit[]; read: number }>({ of: null, hits: [], read: 0 });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = useRef(first);
  current.current = first;
  useEffect(() => {
    setLoading(false);
    setError(null);
  }, [first]);

  const more = pages.of === first ? pages : { of: first, hits: [], read: 0 };
  const seen = new Set(first?.hits.map((h) => h.id));
  const hits = first ? [...first.hits, ...more.hits.filter((h) => !seen.has(h.id))] : [];
  // Results the search has handed over (a later page may fold a copy shown before, so this can exceed `hits`).
  const read = (first?.hits.length ?? 0) + more.read;
  return {
    hits,
    hasMore: first !== null && read < first.total,
    loading,
    error,
    loadMore() {
      if (!first || loading) return;
      setLoading(true);
      setError(null);
      askArchive.search({ ...request, offset: read }).then(
        (page) => {
          if (current.current !== first) return;
          setPages({ of: first, hits: [...more.hits, ...page.hits], read: more.read + Math.max(page.hits.length, 1) });
          setLoading(false);
        },
        (e: unknown) => {
          if (current.current !== first) return;
          setError(userMessage(e));
          setLoading(false);
        },
      );
    },
  };
}
