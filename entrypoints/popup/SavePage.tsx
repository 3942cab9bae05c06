import { useState } from 'preact/hooks';
import { SaveForm } from '../../page-save/SaveForm.tsx';
import '../../page-save/save-form.css';

/**
 * The popup's "Save to Dossier": a button that reads the tab's article and opens the save
 * form in place. Offered on web pages only (`host` is null elsewhere). The popup's click
 * granted `activeTab` on this tab, which is what lets the form read it.
 */
export function SavePage({ tabId, host, archiveHref }: { tabId: number | null; host: string | null; archiveHref?: string }) {
  // A new key restarts the form from its button after it was closed.
  const [round, setRound] = useState(0);
  if (tabId === null || host === null) return null;
  return (
    <div class="popup-save">
      <SaveForm key={round} tabId={tabId} archiveHref={archiveHref} onClose={() => setRound(round + 1)} />
    </div>
  );
}
