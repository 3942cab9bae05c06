import type { Duplicate } from '../../archive-store/index.ts';
import type { ParseError } from '../../lib/corpus/article.ts';

/** Problems shown on the page; the full list is one click away as a text file. */
const SHOWN = 500;

const REASONS: Record<Duplicate['reason'], string> = {
  id: 'same id',
  url: 'same address',
  'title-date-source': 'same title, date and source',
};

/** The parser starts JSONL messages with their line ("line 7: …"), already shown beside the file. */
function messageOf(p: ParseError): string {
  return p.line === null ? p.message : p.message.replace(`line ${p.line}: `, '');
}

function problemLine(p: ParseError): string {
  return `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.message}`;
}

/** Saves the whole list as a text file (a blob: address made in the page; nothing is fetched). */
function ListDownload({ lines, name }: { lines: () => string[]; name: string }) {
  const save = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([lines().join('\n') + '\n'], { type: 'text/plain' }));
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };
  return (
    <button type="button" class="archive-button" onClick={save}>
      Save the whole list
    </button>
  );
}

/** Every file or line that could not be read, and the duplicates left out. */
export function ImportReport({ problems, duplicates }: { problems: ParseError[]; duplicates: Duplicate[] }) {
  return (
    <>
      {problems.length > 0 && (
        <section class="import-report" aria-labelledby="import-problems-title">
          <h3 id="import-problems-title">
            {problems.length.toLocaleString('en')} {problems.length === 1 ? 'problem' : 'problems'} (the rest was imported)
          </h3>
          {/* Scrolls when long: focusable so that the keyboard can scroll it too. */}
          <ol class="import-problems" tabIndex={0} aria-label="Problems">
            {problems.slice(0, SHOWN).map((p, i) => (
              <li key={i}>
                <span class="import-file">
                  {p.file}
                  {p.line !== null && <span class="import-line">, line {p.line}</span>}
                </span>
                : {messageOf(p)}
              </li>
            ))}
          </ol>
          {problems.length > SHOWN && <ListDownload lines={() => problems.map(problemLine)} name="dossier-import-problems.txt" />}
        </section>
      )}
      {duplicates.length > 0 && (
        <details class="import-report">
          <summary>
            {duplicates.length.toLocaleString('en')} {duplicates.length === 1 ? 'duplicate' : 'duplicates'} already in the archive, not
            added again
          </summary>
          <ul class="import-duplicates" tabIndex={0} aria-label="Duplicates">
            {duplicates.slice(0, SHOWN).map((d) => (
              <li key={d.id}>
                {d.title} <span class="muted">({REASONS[d.reason]})</span>
              </li>
            ))}
          </ul>
          {duplicates.length > SHOWN && (
            <ListDownload lines={() => duplicates.map((d) => `${d.id}\t${d.title}\t${REASONS[d.reason]}`)} name="dossier-import-duplicates.txt" />
          )}
        </details>
      )}
    </>
  );
}
