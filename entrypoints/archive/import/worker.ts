/**
 * The import worker: parsing, learning and storing run here, off the archive page's thread,
 * so the page stays responsive through a 60,000-article import. IndexedDB is open to
 * workers; the page tells the background after each chunk (workers have no extension APIs).
 */
import { commitArticles, readKnownKeys, type KnownKeys } from '../../../archive-store/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { runImport } from './run.ts';

let cancelled = false;

function post(message: FromWorker): void {
  postMessage(message);
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    cancelled = true;
    return;
  }
  cancelled = false;
  // Read when the first chunk is stored, after parsing: the store's keys as they are then.
  let known: Promise<KnownKeys> | null = null;
  runImport({
    files: message.files.map(({ name, file }) => ({ name, bytes: async () => new Uint8Array(await file.arrayBuffer()) })),
    source: message.source,
    bundle: message.bundle,
    commit: async (input, options) => commitArticles(input, { ...options, known: await (known ??= readKnownKeys()) }),
    isCancelled: () => cancelled,
    report: (progress, problems, duplicates) => post({ type: 'progress', progress, problems, duplicates }),
    committed: () => post({ type: 'committed' }),
  }).then(
    (outcome) => post({ type: 'done', outcome }),
    (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
