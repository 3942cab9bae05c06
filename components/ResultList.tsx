import type { SearchHit } from '../lib/search/search.ts';
import { AlsoIn } from './AlsoIn.tsx';
import { ArticleHeading } from './ArticleHeading.tsx';
import { MarkedText } from './MarkedText.tsx';

export interface ResultListProps {
  hits: SearchHit[];
  /** Index of the keyboard-selected hit, or -1. */
  selected: number;
  idPrefix: string;
  onOpen(id: string, event: MouseEvent): void;
}

/**
 * Search results: title, date, source, and a snippet with the matched words marked.
 * Options of the search combobox, so they hold no links of their own (a link inside an
 * option is a nested control screen readers cannot reach); a click opens the article,
 * Ctrl/Cmd-click opens it in a new tab.
 */
export function ResultList({ hits, selected, idPrefix, onOpen }: ResultListProps) {
  return (
    <ul class="results" role="listbox" id={`${idPrefix}-list`} aria-label="Search results">
      {hits.map((hit, i) => (
        <li class="result" role="option" id={`${idPrefix}-${i}`} aria-selected={i === selected} key={hit.id} onClick={(e) => onOpen(hit.id, e)}>
          <ArticleHeading title={hit.title} date={hit.date} source={hit.source} />
          <p class="result-snippet" dir="auto">
            <MarkedText value={hit.snippet} />
          </p>
          <AlsoIn source={hit.source} duplicates={hit.duplicates} />
        </li>
      ))}
    </ul>
  );
}
