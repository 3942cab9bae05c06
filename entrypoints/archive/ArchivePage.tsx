import { useEffect, useState } from 'preact/hooks';
import { requestPersistence } from '../../archive-store/index.ts';
import { BrowseList } from './BrowseList.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { SourceList } from './SourceList.tsx';
import { useArchiveSources } from './useArchiveSources.ts';

/**
 * The archive page (archive.html): one panel per job, each a component of its own, so that
 * panels are added without touching the others: import, the sources (remove with Undo, hide
 * the default archive, export) and every article.
 */
export function ArchivePage() {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const sources = useArchiveSources();
  useEffect(() => {
    // Asked once the page opens: the archive is the user's own work and must not be evicted.
    requestPersistence().then(setPersisted, () => setPersisted(false));
  }, []);
  return (
    <main class="archive">
      <header class="archive-header">
        <img src="/icon/128.png" alt="" width="40" height="40" />
        <h1>Your archive</h1>
      </header>
      <p class="muted">
        Articles you import are kept in this browser’s profile (IndexedDB) and searched with Dossier’s built-in archive. Nothing
        is sent anywhere.{' '}
        {persisted === false && 'The browser has not promised to keep them when disk space runs low; export them to keep a copy.'}
      </p>
      <ImportPanel />
      <SourceList sources={sources} />
      <BrowseList sources={sources} />
    </main>
  );
}
