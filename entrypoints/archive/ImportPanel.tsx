import { useEffect, useRef, useState } from 'preact/hooks';
import { droppedFiles, pickedFiles, type PickedFile } from './dropped-files.ts';
import { ImportProgressView } from './ImportProgress.tsx';
import { ImportReport } from './ImportReport.tsx';
import { useImport } from './use-import.ts';

const ACCEPT = '.txt,.json,.jsonl,.html,.htm,.xhtml';

/** What the import is called in the sources list: the file, the folder, or how many files. */
function labelOf(files: PickedFile[]): string {
  const folders = new Set(files.map((f) => f.name.split('/')[0]));
  if (files.length === 1) return files[0]!.name;
  if (folders.size === 1 && files[0]!.name.includes('/')) return `${[...folders][0]}/ (${files.length} files)`;
  return `${files.length} files`;
}

/** Import by drag-and-drop or the pickers (files, or a whole folder); the work runs in a worker. */
export function ImportPanel() {
  const { state, start, cancel } = useImport();
  const [over, setOver] = useState(false);
  const folderInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Not a JSX attribute in Preact's types; the property is standard in both browsers.
    if (folderInput.current) folderInput.current.webkitdirectory = true;
  }, []);

  const begin = (files: PickedFile[]) => {
    if (files.length && !state.running) void start(files, labelOf(files));
  };

  return (
    <section class="archive-panel" aria-labelledby="import-title">
      <h2 id="import-title">Import articles</h2>
      <p class="archive-note">
        Scraped articles (<code>.txt</code>), <code>.json</code> and <code>.jsonl</code> files, saved web pages (<code>.html</code>), a
        Dossier export or an archive built by <code>dossier build-index</code>. Duplicates are left out.
      </p>
      <div
        class={`drop-zone${over ? ' drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (e.dataTransfer) void droppedFiles(e.dataTransfer).then(begin);
        }}
      >
        <p>Drop files or a folder here, or</p>
        <div class="drop-buttons">
          <label class="archive-button">
            Choose files…
            <input
              id="import-files"
              class="visually-hidden"
              type="file"
              multiple
              accept={ACCEPT}
              disabled={state.running}
              onChange={(e) => {
                begin(pickedFiles(e.currentTarget.files));
                e.currentTarget.value = '';
              }}
            />
          </label>
          <label class="archive-button">
            Choose a folder…
            <input
              id="import-folder"
              ref={folderInput}
              class="visually-hidden"
              type="file"
              disabled={state.running}
              onChange={(e) => {
                begin(pickedFiles(e.currentTarget.files));
                e.currentTarget.value = '';
              }}
            />
          </label>
        </div>
      </div>
      {state.failure && (
        <p class="import-failure" role="alert">
          The import could not run: {state.failure}
        </p>
      )}
      {state.progress && <ImportProgressView state={state} onCancel={cancel} />}
      <ImportReport problems={state.problems} duplicates={state.duplicates} />
    </section>
  );
}
