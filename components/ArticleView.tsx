import type { ArchiveArticle } from '../lib/search/archive-types.ts';
import { formatDate } from './format.ts';

/** An archive article in full: headline, metadata line, other-language titles, body. */
export function ArticleView({ article }: { article: ArchiveArticle }) {
  const when = [formatDate(article.date), article.time, article.timeZone].filter(Boolean).join(' ');
  return (
    <article class="article" lang={article.lang}>
      <h1>{article.title}</h1>
      <p class="article-meta">
        <span>{when}</span>
        {article.source && <span> · {article.source}</span>}
        {article.author && <span> · by {article.author}</span>}
        {article.section && <span> · {article.section}</span>}
      </p>
      {article.titleDerived && <p class="muted article-note">The original has no headline; this one is taken from its first sentence.</p>}
      {article.altTitles.length > 0 && (
        <ul class="alt-titles" aria-label="Headline in other languages">
          {article.altTitles.map((t) => (
            <li lang={t.lang} key={t.lang + t.title}>
              {t.title}
            </li>
          ))}
        </ul>
      )}
      <div class="article-body">
        {article.body.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      {article.url && (
        <p class="muted">
          Original: <a href={article.url} rel="noreferrer noopener" target="_blank">{article.url}</a>
        </p>
      )}
    </article>
  );
}
