import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../lib/search/search.ts';
import { ResultList } from './ResultList.tsx';
import { useSearch } from './useSearch.ts';

export interface SearchPanelProps {
  initialQuery?: string;
  idPrefix: string;
  hrefFor(id: string): string;
  /** Opens an article; `newTab` when the user asked for one (Ctrl/Cmd-click). */
  onOpen(id: string, newTab: boolean): void;
  onQueryChange?(query: string): void;
  autoFocus?: boolean;
  limit?: number;
}

/** The archive search: a search box, results as you type, ↑/↓/Enter to pick one. */
export function SearchPanel({ initialQuery = '', idPrefix, hrefFor, onOpen, onQueryChange, autoFocus, limit = 20 }: SearchPanelProps) {
  const [query, setQuery] = useState(initialQuery);
  const [selected, setSelected] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const state = useSearch({ query, limit });
  const response = state.status === 'done' ? state.response : state.status === 'loading' ? state.previous : null;
  const hits: SearchHit[] = response?.hits ?? [];

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  useEffect(() => setSelected(-1), [response]);

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
    }
  }

  useEffect(() => {
    document.getElementById(`${idPrefix}-${selected}`)?.scrollIntoView({ block: 'nearest' });
  }, [selected, idPrefix]);

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
          placeholder="Search the archive — names, places, topics"
          value={query}
          autoComplete="off"
          spellcheck={false}
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={`${idPrefix}-list`}
          aria-activedescendant={selected >= 0 ? `${idPrefix}-${selected}` : undefined}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setQuery(value);
            onQueryChange?.(value);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <div aria-live="polite" class="search-status">
        {state.status === 'error' && <p class="error">Search failed: {state.message}</p>}
        {state.status === 'done' && hits.length === 0 && <p class="status">No archive articles match “{query}”.</p>}
        {response && hits.length > 0 && (
          <p class="status visually-hidden">
            {response.total} result{response.total === 1 ? '' : 's'}
          </p>
        )}
      </div>
      <ResultList
        hits={hits}
        selected={selected}
        idPrefix={idPrefix}
        hrefFor={hrefFor}
        onOpen={(id, e) => {
          e.preventDefault();
          onOpen(id, e.ctrlKey || e.metaKey);
        }}
      />
    </div>
  );
}
