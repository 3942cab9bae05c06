import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../lib/messages/messenger.ts';
import { userMessage } from '../lib/messages/user-error.ts';
import type { RequestOf, SaveArticleResponse } from '../lib/messages/background-protocol.ts';
import { articleHash, readerUrl } from '../storage/reader-url.ts';
import { extractTab } from './extract-tab.ts';
import type { PageDraft } from './page-draft.ts';

type Step =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'form'; draft: PageDraft; saving: boolean }
  | { step: 'done'; result: SaveArticleResponse; title: string }
  | { step: 'error'; message: string };

export interface SaveFormProps {
  tabId: number;
  /** Read the page at once (the save window) rather than after a click (the popup). */
  autoStart?: boolean;
  /** Called when the form is closed without saving, or after the result was seen. */
  onClose?: () => void;
  /** Where the archive page is, for the "see it in your archive" link. */
  archiveHref?: string;
}

/** What the user is told about the date found, next to the date field. */
function dateNote(draft: PageDraft): string {
  if (!draft.date) return 'No date found on the page: type one, or leave it empty.';
  return `Found in the page’s ${draft.date.from}.`;
}

/**
 * "Save to Dossier": reads the tab's article (extract-tab.ts), shows the title, date and
 * source found so the user can correct them, then asks the background to store it
 * (`saveArticle`). Shared by the popup (entrypoints/popup/SavePage.tsx) and the window the
 * context menu opens (entrypoints/save/).
 */
export function SaveForm({ tabId, autoStart = false, onClose, archiveHref }: SaveFormProps) {
  const [state, setState] = useState<Step>({ step: autoStart ? 'reading' : 'idle' });
  const read = () => {
    setState({ step: 'reading' });
    extractTab(tabId).then(
      (draft) => setState({ step: 'form', draft, saving: false }),
      (e: unknown) => setState({ step: 'error', message: userMessage(e) }),
    );
  };
  useEffect(() => {
    if (autoStart) read();
    // Read once, for the tab the form was opened on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tabId]);

  if (state.step === 'idle') {
    return (
      <button type="button" class="save-start" onClick={read}>
        Save to Dossier
      </button>
    );
  }
  if (state.step === 'reading') return <p class="status" role="status">Reading the article on this page…</p>;
  if (state.step === 'error') {
    return (
      <div class="save-result" role="alert">
        <p class="error">{state.message}</p>
        {onClose && (
          <button type="button" class="link-button" onClick={onClose}>
            Close
          </button>
        )}
      </div>
    );
  }
  if (state.step === 'done') return <SaveResult result={state.result} title={state.title} archiveHref={archiveHref} onClose={onClose} />;
  return (
    <DraftForm
      draft={state.draft}
      saving={state.saving}
      onCancel={onClose}
      onSave={(page) => {
        setState({ ...state, saving: true });
        sendMessage('saveArticle', page).then(
          (result) => setState({ step: 'done', result, title: page.title }),
          (e: unknown) => setState({ step: 'done', result: { status: 'failed', reason: userMessage(e) }, title: page.title }),
        );
      }}
    />
  );
}

function DraftForm({ draft, saving, onSave, onCancel }: { draft: PageDraft; saving: boolean; onSave(page: RequestOf<'saveArticle'>): void; onCancel?: () => void }) {
  const [title, setTitle] = useState(draft.title);
  const [date, setDate] = useState(draft.date?.date ?? '');
  const [source, setSource] = useState(draft.source);
  const submit = (e: Event) => {
    e.preventDefault();
    const sameDate = draft.date !== null && date === draft.date.date;
    onSave({
      title: title.trim(),
      date: date || null,
      // A corrected date drops the time of day read with the old one.
      time: sameDate ? (draft.date?.time ?? null) : null,
      timeZone: sameDate ? (draft.date?.timeZone ?? null) : null,
      url: draft.url || null,
      source: source.trim(),
      lang: draft.lang,
      body: draft.body,
    });
  };
  const words = draft.body.reduce((n, p) => n + p.split(/\s+/).length, 0);
  return (
    <form class="save-form" onSubmit={submit} aria-labelledby="save-form-title">
      <h2 id="save-form-title" class="section-title">
        Save to Dossier
      </h2>
      <label for="save-title">Title</label>
      <textarea id="save-title" rows={3} required maxLength={500} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      <label for="save-date">Date</label>
      <div>
        <input id="save-date" type="date" value={date} aria-describedby="save-date-note" onInput={(e) => setDate(e.currentTarget.value)} />
        <p id="save-date-note" class="save-note">
          {dateNote(draft)}
        </p>
      </div>
      <label for="save-source">Source</label>
      <input id="save-source" type="text" maxLength={200} value={source} onInput={(e) => setSource(e.currentTarget.value)} />
      <p class="save-note save-body-note">
        {draft.body.length === 0
          ? 'No article text found on this page: only the title will be saved.'
          : `${draft.body.length} paragraphs, about ${words.toLocaleString('en')} words${draft.truncated ? ' (the page is longer: the rest is left out)' : ''}.`}
      </p>
      <div class="save-actions">
        <button type="submit" class="save-primary" disabled={saving || title.trim() === ''}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        {onCancel && (
          <button type="button" class="link-button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function SaveResult({ result, title, archiveHref, onClose }: { result: SaveArticleResponse; title: string; archiveHref?: string; onClose?: () => void }) {
  return (
    <div class="save-result" role="status">
      {result.status === 'saved' && (
        <p>
          Saved “{title}” to your archive. It is searchable now.
        </p>
      )}
      {result.status === 'duplicate' && <p>Already in your archive: {result.reason}.</p>}
      {result.status === 'failed' && <p class="error">Not saved: {result.reason}</p>}
      <p class="save-links">
        {result.status !== 'failed' && result.id !== null && (
          <a href={readerUrl(articleHash(result.id))} target="_blank" rel="noopener">
            Open it in the reader
          </a>
        )}
        {archiveHref && (
          <a href={archiveHref} target="_blank" rel="noopener">
            Your archive
          </a>
        )}
        {onClose && (
          <button type="button" class="link-button" onClick={onClose}>
            Close
          </button>
        )}
      </p>
    </div>
  );
}
