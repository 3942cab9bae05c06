import { SearchPanel } from '../../components/SearchPanel.tsx';
import { articleHash, searchHash } from '../../components/reader-links.ts';

const readerUrl = (hash: string) => browser.runtime.getURL(`/reader.html${hash}`);

async function openInReader(hash: string): Promise<void> {
  await browser.tabs.create({ url: readerUrl(hash) });
  window.close();
}

export function Popup() {
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Dossier</h1>
        <a href={readerUrl(searchHash(''))} target="_blank" rel="noopener">
          Open the archive
        </a>
      </header>
      <SearchPanel
        idPrefix="popup-search"
        autoFocus
        limit={20}
        hrefFor={(id) => readerUrl(articleHash(id))}
        onOpen={(id) => void openInReader(articleHash(id))}
      />
    </main>
  );
}
