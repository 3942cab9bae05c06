import { useEffect, useState } from 'preact/hooks';
import { SearchPanel } from '../../components/SearchPanel.tsx';
import { archivePageUrl, articleHash, readerUrl, searchHash } from '../../storage/reader-url.ts';
import { popupTab } from './active-tab.ts';
import { lastQuery, lastView, type PopupView } from '../../storage/popup-state.ts';
import { ThisPage } from './ThisPage.tsx';
import { HighlightSwitches } from '../../components/HighlightSwitches.tsx';
import { SavePage } from './SavePage.tsx';

async function openInReader(hash: string): Promise<void> {
  await browser.tabs.create({ url: readerUrl(hash) });
  window.close();
}

async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
  window.close();
}

type View = PopupView;

function webHost(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

interface Initial {
  tabId: number | null;
  /** The tab's host name, for the per-site switch; null for pages that are not web pages. */
  host: string | null;
  query: string;
  view: View;
}

export function Popup() {
  const [initial, setInitial] = useState<Initial | null>(null);
  const [view, setView] = useState<View>('page');
  useEffect(() => {
    void Promise.all([popupTab(), lastQuery.getValue(), lastView.getValue()]).then(([tab, query, savedView]) => {
      setInitial({ tabId: tab?.id ?? null, host: webHost(tab?.url ?? null), query, view: savedView });
      setView(savedView);
    });
  }, []);
  const choose = (next: View) => {
    setView(next);
    void lastView.setValue(next);
  };
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const next = view === 'page' ? 'search' : 'page';
      choose(next);
      document.getElementById(`tab-${next}`)?.focus();
    }
  };
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Dossier</h1>
        <nav class="popup-links" aria-label="Dossier pages">
          <a href={readerUrl(searchHash(''))} target="_blank" rel="noopener">
            Reader
          </a>
          {/* The archive page: import, sources, export, browse. */}
          <a href={archivePageUrl()} target="_blank" rel="noopener">
            Your archive
          </a>
          <button type="button" class="link-button" onClick={() => void openOptions()}>
            Options
          </button>
        </nav>
      </header>
      {initial && <SavePage tabId={initial.tabId} host={initial.host} archiveHref={archivePageUrl()} />}
      <div role="tablist" aria-label="Dossier views" class="tabs" onKeyDown={onTabKey}>
        <button role="tab" id="tab-page" aria-selected={view === 'page'} aria-controls="panel-page" tabIndex={view === 'page' ? 0 : -1} onClick={() => choose('page')}>
          This page
        </button>
        <button role="tab" id="tab-search" aria-selected={view === 'search'} aria-controls="panel-search" tabIndex={view === 'search' ? 0 : -1} onClick={() => choose('search')}>
          Search
        </button>
      </div>
      {initial && (
        <>
          <section role="tabpanel" id="panel-page" aria-labelledby="tab-page" hidden={view !== 'page'}>
            <ThisPage tabId={initial.tabId} readerUrl={readerUrl} openInReader={(hash) => void openInReader(hash)} />
            <HighlightSwitches host={initial.host} />
          </section>
          <section role="tabpanel" id="panel-search" aria-labelledby="tab-search" hidden={view !== 'search'}>
            {view === 'search' && (
              <SearchPanel
                idPrefix="popup-search"
                autoFocus
                limit={20}
                initialQuery={initial.query}
                onQueryChange={(q) => void lastQuery.setValue(q)}
                onOpen={(id) => void openInReader(articleHash(id))}
              />
            )}
          </section>
        </>
      )}
    </main>
  );
}
