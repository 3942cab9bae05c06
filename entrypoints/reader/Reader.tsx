import { useEffect, useState } from 'preact/hooks';
import { ArticleView } from '../../components/ArticleView.tsx';
import { SearchPanel } from '../../components/SearchPanel.tsx';
import { RelatedList } from '../../components/RelatedList.tsx';
import { useLoaded } from '../../components/useMessage.ts';
import { articleHash, parseReaderHash, searchHash, type ReaderRoute } from '../../storage/reader-url.ts';
import { userMessage } from '../../lib/messages/user-error.ts';
import { askArchive } from '../../lib/messages/archive-client.ts';
import type { ArchiveArticle } from '../../lib/search/archive-types.ts';

function useRoute(): ReaderRoute {
  const [route, setRoute] = useState(() => parseReaderHash(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseReaderHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

type ArticleState = { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'ready'; article: ArchiveArticle };

function ArticlePage({ id }: { id: string }) {
  const [state, setState] = useState<ArticleState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    askArchive.getArticle({ id }).then(
      (article) => {
        if (!current) return;
        setState(article ? { status: 'ready', article } : { status: 'missing' });
        if (article) document.title = `${article.title} — Dossier`;
      },
      (error: unknown) => current && setState({ status: 'error', message: userMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [id]);
  if (state.status === 'loading') return <p class="status">Loading…</p>;
  if (state.status === 'missing') return <p class="status">This article is not in your archive (id “{id}”).</p>;
  if (state.status === 'error') return <p class="error">The article could not be loaded: {state.message}</p>;
  return (
    <>
      <ArticleView article={state.article} />
      <RelatedToArticle id={state.article.id} />
    </>
  );
}

function RelatedToArticle({ id }: { id: string }) {
  const related = useLoaded(() => askArchive.getRelatedToArticle({ id, limit: 5 }), id);
  if (related.status !== 'ready') return null;
  return (
    <section class="reader-related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related in your archive</h2>
      {related.value.length === 0 ? (
        <p class="status">No other article in your archive shares names or topics with this one.</p>
      ) : (
        <RelatedList
          label="Related archive articles"
          hits={related.value}
          hrefFor={(articleId) => articleHash(articleId)}
          onOpen={(articleId, e) => {
            e.preventDefault();
            location.hash = articleHash(articleId);
          }}
        />
      )}
    </section>
  );
}

export function Reader() {
  const route = useRoute();
  useEffect(() => {
    if (route.view === 'search') document.title = 'Search — Dossier';
  }, [route]);
  return (
    <div class="reader">
      <nav class="reader-nav" aria-label="Dossier">
        <strong>Dossier</strong>
        <a href={searchHash('')}>Search the archive</a>
      </nav>
      <main>
        {route.view === 'article' ? (
          <ArticlePage id={route.id} />
        ) : (
          <>
          <h1 class="search-heading">Search your archive</h1>
          <SearchPanel
            key={`search:${route.query}`}
            idPrefix="reader-search"
            autoFocus
            limit={50}
            pageMore
            filtersOpen
            initialQuery={route.query}
            onQueryChange={(q) => history.replaceState(null, '', searchHash(q))}
            onOpen={(id, newTab) => {
              if (newTab) window.open(articleHash(id), '_blank');
              else location.hash = articleHash(id);
            }}
          />
          </>
        )}
      </main>
    </div>
  );
}
