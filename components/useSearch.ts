import { useEffect, useState } from 'preact/hooks';
import { askArchive } from '../lib/messages/archive-client.ts';
import { userMessage } from '../lib/messages/user-error.ts';
import type { SearchRequest, SearchResponse } from '../lib/search/search.ts';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; previous: SearchResponse | null }
  | { status: 'done'; response: SearchResponse }
  | { status: 'error'; message: string };

/** Queries the background as the user types, debounced; stale answers are dropped. */
export function useSearch(request: SearchRequest, debounceMs = 120): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const key = JSON.stringify(request);
  useEffect(() => {
    const hasFilters = Object.values(request.filters ?? {}).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
    if (!request.query.trim() && !hasFilters) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((s) => ({ status: 'loading', previous: s.status === 'done' ? s.response : s.status === 'loading' ? s.previous : null }));
    const timer = setTimeout(() => {
      askArchive.search(request).then(
        (response) => current && setState({ status: 'done', response }),
        (error: unknown) => current && setState({ status: 'error', message: userMessage(error) }),
      );
    }, debounceMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `key` captures every field of the request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, debounceMs]);
  return state;
}
