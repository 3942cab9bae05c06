import { SaveForm } from '../../page-save/SaveForm.tsx';
import { archivePageUrl } from '../../storage/reader-url.ts';

/** The tab to save, from `save.html?tab=<id>` (the context menu opens it so). */
function tabFromAddress(): number | null {
  const param = new URLSearchParams(location.search).get('tab');
  return param !== null && /^\d+$/.test(param) ? Number(param) : null;
}

/**
 * The small window the page's context menu opens for "Save page to Dossier": the popup's
 * save form, reading the page at once. A window of its own, because an extension cannot
 * open its toolbar popup from a menu click in every supported browser (Chrome's
 * `action.openPopup` needs Chrome 127; the manifest allows 109).
 */
export function SaveWindow() {
  const tabId = tabFromAddress();
  return (
    <main class="save-window">
      <h1>Dossier</h1>
      {tabId === null ? (
        <p class="error">No page to save: open this from a page’s menu (right-click, “Save page to Dossier”).</p>
      ) : (
        <SaveForm tabId={tabId} autoStart archiveHref={archivePageUrl()} onClose={() => window.close()} />
      )}
    </main>
  );
}
