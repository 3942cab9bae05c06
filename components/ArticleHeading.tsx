import { formatDate } from './format.ts';

/** An archive article's title with its date and source, as every list shows it. */
export function ArticleHeading({ title, date, source }: { title: string; date: string | null; source: string | null }) {
  return (
    <>
      <div class="result-title" title={title}>{title}</div>
      <div class="result-meta">
        {formatDate(date)}
        {source ? ` · ${source}` : ''}
      </div>
    </>
  );
}
