import type { RelatedHit } from '../lib/search/related-hits.ts';
import { neutraliseBidiControls as inert } from '../lib/text/display.ts';
import { AlsoIn } from './AlsoIn.tsx';
import { ArticleHeading } from './ArticleHeading.tsx';

export interface RelatedListProps {
  hits: RelatedHit[];
  hrefFor(id: string): string;
  onOpen(id: string, event: MouseEvent): void;
  label: string;
}

/** Related archive articles, each with why: "Serbia · Ivica Dačić · gas". */
export function RelatedList({ hits, hrefFor, onOpen, label }: RelatedListProps) {
  return (
    <ul class="related" aria-label={label}>
      {hits.map((hit) => (
        <li class="result" key={hit.id}>
          <a href={hrefFor(hit.id)} onClick={(e) => onOpen(hit.id, e)}>
            <ArticleHeading title={hit.title} date={hit.date} source={hit.source} />
            <div class="related-reasons" dir="auto">
              <span class="visually-hidden">Shares: </span>
              {inert(hit.reasons.join(' · '))}
            </div>
            <AlsoIn source={hit.source} duplicates={hit.duplicates} />
          </a>
        </li>
      ))}
    </ul>
  );
}
