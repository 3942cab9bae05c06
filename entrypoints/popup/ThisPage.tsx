import { useEffect, useState } from 'preact/hooks';
import { EntityCardView } from '../../components/EntityCardView.tsx';
import { RelatedList } from '../../components/RelatedList.tsx';
import { articleHash, searchHash } from '../../storage/reader-url.ts';
import { userMessage } from '../../lib/messages/user-error.ts';
import { sendMessage } from '../../lib/messages/messenger.ts';
import { askArchive } from '../../lib/messages/archive-client.ts';
import type { NamedEntity, TabSummary } from '../../lib/messages/background-protocol.ts';
import { useLoaded, type Loaded } from '../../components/useMessage.ts';
import { SiteAccess } from './SiteAccess.tsx';

export interface ThisPageProps {
  tabId: number | null;
  readerUrl(hash: string): string;
  openInReader(hash: string): void;
}

/** Retries while the page's content script has not reported yet (it may still be scanning). */
function useTabSummary(tabId: number | null): Loaded<TabSummary> {
  const [state, setState] = useState<Loaded<TabSummary>>({ status: 'loading' });
  useEffect(() => {
    if (tabId === null) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const load = () =>
      sendMessage('getTabSummary', { tabId }).then(
        (value) => {
          if (!current) return;
          setState({ status: 'ready', value });
          if (value.status === 'waiting' && ++tries < 20) timer = setTimeout(load, 400);
        },
        (e: unknown) => current && setState({ status: 'error', message: userMessage(e) }),
      );
    void load();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [tabId]);
  return state;
}

function EntityDetails({ entity, readerUrl, openInReader }: { entity: NamedEntity } & Omit<ThisPageProps, 'tabId'>) {
  const card = useLoaded(() => askArchive.getEntityCard({ id: entity.id }), entity.id);
  if (card.status === 'loading') return <p class="status">Loading…</p>;
  if (card.status === 'error') return <p class="error">{card.message}</p>;
  return (
    <div class="inline-card">
      <EntityCardView
        card={card.value}
        fallbackName={entity.name}
        articleHref={(id) => readerUrl(articleHash(id))}
        searchHref={(q) => readerUrl(searchHash(q))}
        onOpenArticle={(id, e) => {
          e.preventDefault();
          openInReader(articleHash(id));
        }}
        onSearch={(q, e) => {
          e.preventDefault();
          openInReader(searchHash(q));
        }}
      />
    </div>
  );
}

/** The popup's first view: the names on this tab and the archive articles related to it. */
export function ThisPage({ tabId, readerUrl, openInReader }: ThisPageProps) {
  const summary = useTabSummary(tabId);
  const [open, setOpen] = useState<string | null>(null);
  if (tabId === null) return <p class="status">No tab to describe.</p>;
  if (summary.status === 'loading') return <p class="status">Reading this page…</p>;
  if (summary.status === 'error') return <p class="error">Dossier could not read this tab: {summary.message}</p>;
  const s = summary.value;
  if (s.status === 'unsupported') {
    return (
      <div class="notice" role="note">
        <p>
          <strong>Dossier can’t read this page.</strong>
        </p>
        <p>{s.reason}</p>
        <p class="muted">Search the archive instead, or open a news page.</p>
      </div>
    );
  }
  if (s.status === 'waiting') {
    return (
      <SiteAccess tabId={tabId}>
        <p class="status">No names found on this page yet. Dossier highlights countries and officials on web pages as they load.</p>
      </SiteAccess>
    );
  }
  const countries = s.entities.filter((e) => e.kind === 'country');
  return (
    <div class="this-page">
      <section aria-labelledby="on-page">
        <h2 id="on-page" class="section-title">
          On this page
        </h2>
        {s.entities.length === 0 ? (
          <p class="status">No countries or officials on this page.</p>
        ) : (
          <ul class="entity-chips">
            {s.entities.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  class={`chip chip-${e.kind}`}
                  aria-expanded={open === e.id}
                  aria-controls={open === e.id ? 'entity-details' : undefined}
                  onClick={() => setOpen(open === e.id ? null : e.id)}
                >
                  {e.name} <span class="chip-count" aria-label={`${e.count} mentions`}>{e.count}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {open && (
          <div id="entity-details">
            <EntityDetails entity={s.entities.find((e) => e.id === open)!} readerUrl={readerUrl} openInReader={openInReader} />
          </div>
        )}
        <p class="visually-hidden">
          {countries.length} countries and {s.entities.length - countries.length} officials
        </p>
      </section>
      <section aria-labelledby="related-title">
        <h2 id="related-title" class="section-title">
          Related in your archive
        </h2>
        {s.related.length === 0 ? (
          <p class="status">Nothing in your archive shares names or topics with this page.</p>
        ) : (
          <RelatedList
            label="Related archive articles"
            hits={s.related}
            hrefFor={(id) => readerUrl(articleHash(id))}
            onOpen={(id, e) => {
              e.preventDefault();
              openInReader(articleHash(id));
            }}
          />
        )}
      </section>
    </div>
  );
}
