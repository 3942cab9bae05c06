import type { ArchiveArticle } from '../lib/search/archive-types.ts';
import { neutraliseBidiControls as inert, webUrl } from '../lib/text/display.ts';
import { formatDate } from './format.ts';

/** An archive article in full: headline, metadata line, other-language titles, body. */
export function ArticleView({ article }: { article: ArchiveArticle }) {
  const original = webUrl(article.url);
  const when = [formatDate(article.date), article.time, article.timeZone].filter(Boolean).join(' ');
  return (
    <article class="article" lang={article.lang}>
      <h1 dir="auto">{inert(article.title)}</h1>
      <p class="article-meta">
        <span>{when}</span>
        {article.source && <span> · <bdi>{inert(article.source)}</bdi></span>}
        {article.author && <span> · by <bdi>{inert(article.author)}</bdi></span>}
        {article.section && <span> · <bdi>{inert(article.section)}</bdi></span>}
      </p>
      {article.titleDerived && <p class="muted article-note">The original has no headline; this one is taken from its first sentence.</p>}
      {article.altTitles.length > 0 && (
        <ul class="alt-titles" aria-label="Headline in other languages">
          {article.altTitles.map((t) => (
            <li lang={t.lang} dir="auto" key={t.lang + t.title}>
              {inert(t.title)}
            </li>
          ))}
        </ul>
      )}
      <div class="article-body">
        {article.body.map((p, i) => (
          <p key={i} dir="auto">
            {inert(p)}
          </p>
        ))}
      </div>
      {/* Only web addresses become links; anything else is shown as text. */}
      {original ? (
        <p class="muted original-link">
          Original:{' '}
          <a href={original} rel="noreferrer noopener" target="_blank">
            {original}
          </a>
        </p>
      ) : (
        article.url && (
          <p class="muted original-link">
            Original address (not a web page): <bdi>{inert(article.url)}</bdi>
          </p>
        )
      )}
    </article>
  );
}
