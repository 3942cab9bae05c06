import { useEffect, useRef, useState } from 'preact/hooks';
import { askArchive } from '../lib/messages/archive-client.ts';
import type { SearchHit } from '../lib/search/search.ts';
import { ResultList } from './ResultList.tsx';
import { activeFilterCount, SearchFilters, type FilterState } from './SearchFilters.tsx';
import { useLoaded } from './useMessage.ts';
import { useMoreResults } from './useMoreResults.ts';
import { useSearch } from './useSearch.ts';

export interface SearchPanelProps {
  initialQuery?: string;
  idPrefix: string;
  /** Opens an article; `newTab` when the user asked for one (Ctrl/Cmd-click). */
  onOpen(id: string, newTab: boolean): void;
  onQueryChange?(query: string): void;
  autoFocus?: boolean;
  limit?: number;
  /** Show the filters open from the start (the reader has room for them). */
  filtersOpen?: boolean;
  /** Offer the results beyond the first `limit`, a page at a time (the reader). */
  pageMore?: boolean;
}

const NO_FILTERS: FilterState = { filters: {}, sort: 'relevance' };

/** The archive search: results as you type, suggestions, filters, ↑/↓/Enter to pick one. */
export function SearchPanel(props: SearchPanelProps) {
  const { initialQuery = '', idPrefix, onOpen, onQueryChange, autoFocus, limit = 20 } = props;
  const [query, setQuery] = useState(initialQuery);
  const [filterState, setFilterState] = useState<FilterState>(NO_FILTERS);
  const [showFilters, setShowFilters] = useState(props.filtersOpen ?? false);
  const [selected, setSelected] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const request = { query, limit, filters: filterState.filters, sort: filterState.sort };
  const state = useSearch(request);
  const info = useLoaded(() => askArchive.getArchiveInfo(undefined), 'info');
  const suggestions = useLoaded(() => (query.trim().length >= 2 ? askArchive.suggest({ prefix: query }) : Promise.resolve([])), query);
  const response = state.status === 'done' ? state.response : state.status === 'loading' ? state.previous : null;
  const more = useMoreResults(request, state.status === 'done' ? state.response : null);
  const hits: SearchHit[] = props.pageMore && state.status === 'done' ? more.hits : (response?.hits ?? []);
  const completions = suggestions.status === 'ready' ? suggestions.value.filter((s) => s !== query.trim().toLowerCase()).slice(0, 4) : [];

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  useEffect(() => setSelected(-1), [response]);
  useEffect(() => {
    document.getElementById(`${idPrefix}-${selected}`)?.scrollIntoView({ block: 'nearest' });
  }, [selected, idPrefix]);

  const changeQuery = (value: string) => {
    setQuery(value);
    onQueryChange?.(value);
  };

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      setSelected((i) => Math.min(i + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      setSelected((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      const hit = hits[selected >= 0 ? selected : 0];
      if (hit) onOpen(hit.id, event.ctrlKey || event.metaKey);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      changeQuery('');
    }
  }

  const filterCount = activeFilterCount(filterState.filters);
  return (
    <div class="search-panel">
      <div class="search-box" role="search">
        <label class="visually-hidden" for={`${idPrefix}-input`}>
          Search the archive
        </label>
        <input
          ref={input}
          id={`${idPrefix}-input`}
          type="search"
          placeholder="Search the archive: names, places, topics"
          value={query}
          autoComplete="off"
          spellcheck={false}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={hits.length > 0}
          aria-controls={`${idPrefix}-list`}
          aria-activedescendant={selected >= 0 ? `${idPrefix}-${selected}` : undefined}
          onInput={(e) => changeQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          class="filter-toggle"
          aria-expanded={showFilters}
          aria-controls={`${idPrefix}-filters`}
          onClick={() => setShowFilters(!showFilters)}
        >
          Filters{filterCount ? ` (${filterCount})` : ''}
        </button>
      </div>
      {showFilters && info.status === 'ready' && (
        <div id={`${idPrefix}-filters`}>
          <SearchFilters info={info.value} value={filterState} onChange={setFilterState} idPrefix={idPrefix} />
          {filterCount > 0 && (
            <button type="button" class="link-button" onClick={() => setFilterState({ ...filterState, filters: {} })}>
              Clear filters
            </button>
          )}
        </div>
      )}
      {completions.length > 0 && (
        <p class="suggestions">
          <span class="muted">Suggestions:</span>{' '}
          {completions.map((s) => (
            <button type="button" class="link-button" key={s} onClick={() => changeQuery(s)}>
              {s}
            </button>
          ))}
        </p>
      )}
      <div aria-live="polite" class="search-status">
        {state.status === 'error' && <p class="error">Search failed: {state.message}</p>}
        {state.status === 'done' && hits.length === 0 && (
          <p class="status">{query.trim() ? `No archive articles match “${query.trim()}”.` : 'No archive articles match these filters.'}</p>
        )}
        {state.status === 'idle' && info.status === 'ready' && (
          <p class="status">
            Your archive holds {info.value.articleCount} article{info.value.articleCount === 1 ? '' : 's'}. Type to search; names work in any
            language.
          </p>
        )}
        {response && hits.length > 0 && (
          <p class="result-count">
            {response.total > hits.length ? `Top ${hits.length} of ${response.total} results` : `${response.total} result${response.total === 1 ? '' : 's'}`}
          </p>
        )}
      </div>
      <ResultList
        hits={hits}
        selected={selected}
        idPrefix={idPrefix}
        onOpen={(id, e) => {
          e.preventDefault();
          onOpen(id, e.ctrlKey || e.metaKey);
        }}
      />
      {props.pageMore && response && more.hasMore && (
        <button type="button" class="filter-toggle load-more" disabled={more.loading} onClick={more.loadMore}>
          {more.loading ? 'Loading…' : `Show ${Math.min(limit, response.total - hits.length)} more`}
        </button>
      )}
      {more.error && <p class="error">Could not load more results: {more.error}</p>}
    </div>
  );
}
