import { useState } from 'preact/hooks';
import { restoreSource, takeSource, type RemovedSource, type SourceRecord } from '../../archive-store/index.ts';
import { sendMessage } from '../../lib/messages/messenger.ts';
import { userMessage } from '../../lib/messages/user-error.ts';
import { defaultArchiveHidden } from '../../storage/archive-settings.ts';
import { ExportButton } from './ExportButton.tsx';
import type { ArchiveSources } from './useArchiveSources.ts';
import { articleCount, dateRangeText } from './archive-format.ts';

const KIND_LABEL: Record<SourceRecord['kind'], string> = { import: 'Imported', saved: 'Pages you saved' };

/** Tells the background to search the archive as it is stored now. */
async function archiveChanged(): Promise<void> {
  await sendMessage('archiveChanged', undefined);
}

function SourceErrors({ source }: { source: SourceRecord }) {
  if (source.errorCount === 0) return null;
  const more = source.errorCount - source.errors.length;
  return (
    <details class="source-errors">
      <summary>
        {source.errorCount === 1 ? '1 problem' : `${source.errorCount.toLocaleString('en')} problems`} while reading it
      </summary>
      <ul>
        {source.errors.map((e, i) => (
          <li key={i}>
            <span class="source-error-place">
              {e.file}
              {e.line !== null ? `:${e.line}` : ''}
            </span>{' '}
            {e.message}
          </li>
        ))}
        {more > 0 && <li class="muted">and {more.toLocaleString('en')} more</li>}
      </ul>
    </details>
  );
}

/**
 * The sources of the archive: the built-in default archive (hide / show), then each import
 * batch and the saved pages, newest first, with their article counts, dates and problems.
 * Removing a source takes it out at once and offers Undo, which puts it back as it was
 * (archive-store/restore.ts); the copy for Undo lives only as long as this page.
 */
export function SourceList({ sources }: { sources: ArchiveSources }) {
  const [removed, setRemoved] = useState<RemovedSource | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    work()
      .catch((e: unknown) => setProblem(userMessage(e)))
      .finally(() => {
        setBusy(false);
        sources.reload();
      });
  };
  const remove = (source: SourceRecord) =>
    run(async () => {
      const taken = await takeSource(source.id);
      setRemoved(taken);
      await archiveChanged();
    });
  const undo = (what: RemovedSource) =>
    run(async () => {
      await restoreSource(what);
      setRemoved(null);
      await archiveChanged();
    });
  const bundle = sources.defaultArchive;
  return (
    <section class="archive-panel" aria-labelledby="sources-title">
      <div class="section-head">
        <h2 id="sources-title">Sources</h2>
        <ExportButton disabled={sources.sources.length === 0} />
      </div>
      {sources.status === 'loading' && <p class="status">Reading your archive…</p>}
      {sources.error && <p class="error">{sources.error}</p>}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {removed && (
        <div class="undo-bar" role="status">
          <span>
            Removed “{removed.source.label}” ({articleCount(removed.articles.length)}).
          </span>
          <button type="button" class="archive-button" disabled={busy} onClick={() => undo(removed)}>
            Undo
          </button>
        </div>
      )}
      <ul class="source-list" aria-label="Sources in your archive">
        {bundle && (
          <li class={`source${bundle.hidden ? ' source-hidden' : ''}`}>
            <div class="source-main">
              <span class="source-label">Built-in default archive</span>
              <span class="source-meta">
                Bundled with Dossier · {articleCount(bundle.articleCount)} · {dateRangeText(bundle.dateRange)}
                {bundle.hidden && ' · hidden: not searched, not shown on pages'}
              </span>
            </div>
            <button type="button" class="archive-button" aria-pressed={bundle.hidden} onClick={() => void defaultArchiveHidden.setValue(!bundle.hidden)}>
              {bundle.hidden ? 'Show it again' : 'Hide it'}
            </button>
          </li>
        )}
        {sources.sources.map((s) => (
          <li class="source" key={s.id}>
            <div class="source-main">
              <span class="source-label">{s.label}</span>
              <span class="source-meta">
                {KIND_LABEL[s.kind]} {new Date(s.createdAt).toLocaleDateString('en-CA')} · {articleCount(s.articleCount)} · {dateRangeText(s.dateRange)}
              </span>
              <SourceErrors source={s} />
            </div>
            <button type="button" class="archive-button" disabled={busy} aria-label={`Remove ${s.label}`} onClick={() => remove(s)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      {sources.status === 'ready' && sources.sources.length === 0 && (
        <p class="status empty-sources">
          Nothing added yet. Import files on this page, or save the page you are reading with “Save to Dossier” in the toolbar popup or the page’s right-click menu.
        </p>
      )}
    </section>
  );
}
