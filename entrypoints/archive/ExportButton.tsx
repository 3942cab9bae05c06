import { useState } from 'preact/hooks';
import { exportUserArchive } from '../../archive-store/index.ts';
import { userMessage } from '../../lib/messages/user-error.ts';

/** The export's file name: Dossier and the day, so that several exports sort by date. */
export function exportFileName(now: Date): string {
  return `dossier-archive-${now.toISOString().slice(0, 10)}.jsonl`;
}

/**
 * Downloads everything the user added (imports and saved pages, not the built-in archive) as
 * one JSON Lines file: a metadata line, then one article a line (archive-store/export.ts).
 * Importing the file on this page restores it. The file is made in the page and handed to
 * the browser's own download: nothing leaves the computer.
 */
export function ExportButton({ disabled }: { disabled: boolean }) {
  const [state, setState] = useState<{ busy: boolean; message: string | null; error: boolean }>({ busy: false, message: null, error: false });
  const run = async () => {
    setState({ busy: true, message: null, error: false });
    try {
      const lines: string[] = [];
      for await (const line of exportUserArchive()) lines.push(`${line}\n`);
      const url = URL.createObjectURL(new Blob(lines, { type: 'application/x-ndjson' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = exportFileName(new Date());
      link.click();
      // The download has its own copy once it starts.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      const count = lines.length - 1;
      setState({ busy: false, message: `Exported ${count === 1 ? '1 article' : `${count.toLocaleString('en')} articles`}.`, error: false });
    } catch (e) {
      setState({ busy: false, message: userMessage(e), error: true });
    }
  };
  return (
    <div class="export">
      <button type="button" class="archive-button" disabled={disabled || state.busy} onClick={() => void run()}>
        {state.busy ? 'Exporting…' : 'Export what you added (.jsonl)'}
      </button>
      {state.message && (
        <span class={state.error ? 'error' : 'muted'} role="status">
          {state.message}
        </span>
      )}
    </div>
  );
}
