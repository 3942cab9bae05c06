import { neutraliseBidiControls as inert } from '../lib/text/display.ts';
import { formatDate } from './format.ts';

/** An archive article's title with its date and source, as every list shows it. */
export function ArticleHeading({ title, date, source }: { title: string; date: string | null; source: string | null }) {
  return (
    <>
      <div class="result-title" dir="auto" title={inert(title)}>
        {inert(title)}
      </div>
      <div class="result-meta">
        {formatDate(date)}
        {source && (
          <>
            {' · '}
            <bdi>{inert(source)}</bdi>
          </>
        )}
      </div>
    </>
  );
}
