import { BrowseList } from './BrowseList.tsx';
import { SourceList } from './SourceList.tsx';
import { useArchiveSources } from './useArchiveSources.ts';

/**
 * The archive page (archive.html): what the archive holds, by source, and every article
 * in it. Sources can be removed (with Undo), the built-in default archive hidden, and
 * everything the user added exported. The page reads the user's archive from IndexedDB
 * itself (archive-store/) and tells the background after each change (`archiveChanged`).
 */
export function ArchivePage() {
  const sources = useArchiveSources();
  return (
    <main class="archive">
      <header class="archive-header">
        <img src="/icon/128.png" alt="" width="40" height="40" />
        <h1>Your archive</h1>
      </header>
      <p class="muted">Everything here stays in this browser: Dossier sends none of it anywhere.</p>
      <SourceList sources={sources} />
      <BrowseList sources={sources} />
    </main>
  );
}
