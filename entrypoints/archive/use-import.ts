import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Duplicate } from '../../archive-store/index.ts';
import type { ParseError } from '../../lib/corpus/article.ts';
import { isImportable } from '../../lib/import/file-kinds.ts';
import { sendMessage } from '../../lib/messages/messenger.ts';
import { askArchive } from '../../lib/messages/archive-client.ts';
import { userMessage } from '../../lib/messages/user-error.ts';
import { isFolderNote, type PickedFile } from './dropped-files.ts';
import type { FromWorker, ImportOutcome, ImportProgress, ToWorker } from './import/protocol.ts';
import ImportWorker from './import/worker.ts?worker';

export interface ImportState {
  running: boolean;
  label: string;
  progress: ImportProgress | null;
  /** Every problem so far, in the order found. */
  problems: ParseError[];
  duplicates: Duplicate[];
  outcome: ImportOutcome | null;
  /** The import could not run at all (the worker failed). */
  failure: string | null;
}

const IDLE: ImportState = { running: false, label: '', progress: null, problems: [], duplicates: [], outcome: null, failure: null };

/**
 * The background is told at most this often while an import stores chunks, and once at the
 * end: its refresh reads the store, and reads wait for the import's writes (IndexedDB runs
 * overlapping transactions one after another), so a tell per chunk slowed a 60k import down.
 */
const TELL_EVERY_MS = 5000;

/**
 * Runs imports in a worker (import/worker.ts) and tells the background as chunks are stored,
 * so that search finds the articles while the rest still imports. One tell runs at a time.
 */
export function useImport() {
  const [state, setState] = useState<ImportState>(IDLE);
  const worker = useRef<Worker | null>(null);
  const telling = useRef<Promise<void> | null>(null);
  const tellAgain = useRef(false);
  const lastTold = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  const tellBackground = useCallback((): Promise<void> => {
    if (telling.current) {
      tellAgain.current = true;
      return telling.current;
    }
    const run = async () => {
      do {
        tellAgain.current = false;
        await sendMessage('archiveChanged');
      } while (tellAgain.current);
    };
    telling.current = run().finally(() => (telling.current = null));
    return telling.current;
  }, []);

  const start = useCallback(
    async (picked: PickedFile[], label: string) => {
      const files = picked.filter((f) => !isFolderNote(f.name));
      const skipped: ParseError[] = files
        .filter((f) => !isImportable(f.name))
        .map((f) => ({ file: f.name, line: null, message: 'not an importable file (expected .txt, .json, .jsonl or .html)' }));
      const importable = files.filter((f) => isImportable(f.name));
      setState({ ...IDLE, running: true, label, problems: skipped });
      let bundle;
      try {
        bundle = await askArchive.getBundleDedupKeys(undefined);
      } catch (error) {
        setState((s) => ({ ...s, running: false, failure: userMessage(error) }));
        return;
      }
      worker.current ??= new ImportWorker({ name: 'dossier-import' });
      worker.current.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type === 'committed') {
          if (Date.now() - lastTold.current < TELL_EVERY_MS) return;
          lastTold.current = Date.now();
          void tellBackground();
        }
        else if (message.type === 'progress') {
          const { progress, problems, duplicates } = message;
          setState((s) => ({
            ...s,
            progress: { ...progress, problems: progress.problems + skipped.length },
            problems: problems.length ? [...s.problems, ...problems] : s.problems,
            duplicates: duplicates.length ? [...s.duplicates, ...duplicates] : s.duplicates,
          }));
        } else if (message.type === 'done') {
          // Finished only once the background searches everything stored.
          tellBackground()
            .catch(() => undefined)
            .then(() => setState((s) => ({ ...s, running: false, outcome: { ...message.outcome, problems: message.outcome.problems + skipped.length } })));
        } else setState((s) => ({ ...s, running: false, failure: message.message }));
      };
      const source = { id: `import-${Date.now().toString(36)}`, label };
      const request: ToWorker = { type: 'start', files: importable, source, bundle };
      worker.current.postMessage(request);
    },
    [tellBackground],
  );

  const cancel = useCallback(() => {
    const request: ToWorker = { type: 'cancel' };
    worker.current?.postMessage(request);
  }, []);

  return { state, start, cancel };
}
