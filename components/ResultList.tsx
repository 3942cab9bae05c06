import type { SearchHit } from '../lib/search/search.ts';
import { formatDate } from './format.ts';
import { MarkedText } from './MarkedText.tsx';

export interface ResultListProps {
  hits: SearchHit[];
  /** Index of the keyboard-selected hit, or -1. */
  selected: number;
  idPrefix: string;
  hrefFor(id: string): string;
  onOpen(id: string, event: MouseEvent): void;
}

/** Search results: title, date, source, and a snippet with the matched words marked. */
export function ResultList({ hits, selected, idPrefix, hrefFor, onOpen }: ResultListProps) {
  return (
    <ul class="results" role="listbox" id={`${idPrefix}-list`} aria-label="Search results">
      {hits.map((hit, i) => (
        <li class="result" role="option" id={`${idPrefix}-${i}`} aria-selected={i === selected} key={hit.id}>
          <a href={hrefFor(hit.id)} onClick={(e) => onOpen(hit.id, e)} tabIndex={-1}>
            <div class="result-title">{hit.title}</div>
            <div class="result-meta">
              {formatDate(hit.date)}
              {hit.source ? ` · ${hit.source}` : ''}
            </div>
            <p class="result-snippet">
              <MarkedText value={hit.snippet} />
            </p>
          </a>
        </li>
      ))}
    </ul>
  );
}
