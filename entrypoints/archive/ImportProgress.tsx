import type { ImportState } from './use-import.ts';

const PHASES = { reading: 'Reading files', learning: 'Finding names and officials', storing: 'Storing articles', done: 'Done' } as const;

const n = (value: number) => value.toLocaleString('en');
const count = (value: number, one: string, many: string) => `${n(value)} ${value === 1 ? one : many}`;

/** The progress bar, the counts, Cancel, and at the end what was stored and what was not. */
export function ImportProgressView({ state, onCancel }: { state: ImportState; onCancel: () => void }) {
  const p = state.outcome ?? state.progress;
  if (!p) return null;
  // Reading counts files, storing counts articles; finding names is one step between them.
  const reading = p.filesTotal ? p.filesDone / p.filesTotal : 1;
  const storing = p.articlesRead ? (p.articlesStored + p.duplicates) / p.articlesRead : 1;
  const value = p.phase === 'reading' ? reading * 0.4 : p.phase === 'learning' ? 0.45 : p.phase === 'storing' ? 0.5 + storing * 0.5 : 1;
  return (
    <div class="import-progress">
      <div class="import-progress-head">
        <strong>{state.label}</strong>
        <span class="muted">{PHASES[p.phase]}</span>
      </div>
      <progress max={1} value={value} aria-label={`Import of ${state.label}`} aria-valuetext={`${Math.round(value * 100)}%`} />
      <dl class="import-counts">
        <div>
          <dt>Files</dt>
          <dd>
            {n(p.filesDone)} of {n(p.filesTotal)}
          </dd>
        </div>
        <div>
          <dt>Articles</dt>
          <dd>
            {n(p.articlesStored)} stored of {n(p.articlesRead)} read
          </dd>
        </div>
        <div>
          <dt>Duplicates</dt>
          <dd>{n(p.duplicates)}</dd>
        </div>
        <div>
          <dt>Problems</dt>
          <dd>{n(p.problems)}</dd>
        </div>
      </dl>
      {state.running && (
        <button type="button" class="archive-button" onClick={onCancel}>
          Cancel
        </button>
      )}
      <p class="import-status" role="status">
        {state.outcome ? outcomeText(state.outcome) : ''}
      </p>
    </div>
  );
}

function outcomeText(o: NonNullable<ImportState['outcome']>): string {
  const stored = `${count(o.articlesStored, 'article', 'articles')} stored`;
  const left = o.articlesRead - o.articlesStored - o.duplicates;
  if (o.quota) return `Stopped: ${o.quota} ${stored}; ${n(left)} not stored. Free some space and import the same files again: what is stored is skipped.`;
  if (o.cancelled) return `Cancelled. ${stored} (kept); ${n(left)} not stored.`;
  return `Imported. ${stored}${o.duplicates ? `, ${count(o.duplicates, 'duplicate', 'duplicates')} left out` : ''}${o.problems ? `, ${count(o.problems, 'problem', 'problems')}` : ''}.`;
}
