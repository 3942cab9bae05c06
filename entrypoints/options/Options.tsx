import type { ComponentChildren } from 'preact';
import type { EntityKind } from '../../lib/entities/types.ts';
import { HighlightSwitches } from '../../components/HighlightSwitches.tsx';
import { useStoredItem } from '../../components/useStoredItem.ts';
import { highlightKinds, quietMode, type QuietMode } from '../../storage/settings.ts';
import { HoverDelay } from './HoverDelay.tsx';
import { ShortcutsLink } from './ShortcutsLink.tsx';
import { SiteList } from './SiteList.tsx';

const KIND_CHOICES: Array<[kind: EntityKind, label: string]> = [
  ['country', 'Countries'],
  ['official', 'Officials'],
];

const QUIET_CHOICES: Array<[mode: QuietMode, label: string]> = [
  ['off', 'Always, as each page loads'],
  ['while-alt', 'Only while I hold Alt (quiet mode)'],
];

/** A titled part of the page, labelled by its heading. */
function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The options page. Every control writes a `sync:` item (storage/settings.ts) the moment it
 * changes; content scripts watch those items (page-marking/mark-settings.ts, hover-card/), so
 * open tabs follow without a reload. There is no Save button for the same reason.
 */
export function Options() {
  const kinds = useStoredItem(highlightKinds);
  const quiet = useStoredItem(quietMode);
  return (
    <main class="options">
      <header class="options-header">
        <img src="/icon/128.png" alt="" width="40" height="40" />
        <h1>Dossier options</h1>
      </header>
      <p class="muted">Changes apply at once, to open tabs too.</p>

      <Section id="marks" title="Highlighting">
        <HighlightSwitches host={null} />
        <fieldset class="options-group">
          <legend>Names to highlight</legend>
          {KIND_CHOICES.map(([kind, label]) => (
            <label class="options-choice" key={kind}>
              <input
                type="checkbox"
                checked={kinds?.[kind] ?? true}
                disabled={kinds === null}
                onChange={(e) => kinds && void highlightKinds.setValue({ ...kinds, [kind]: e.currentTarget.checked })}
              />
              <span class={`legend-${kind}`}>{label}</span>
            </label>
          ))}
        </fieldset>
        <fieldset class="options-group" aria-describedby="quiet-note">
          <legend>Show the marks</legend>
          {QUIET_CHOICES.map(([mode, label]) => (
            <label class="options-choice" key={mode}>
              <input type="radio" name="quiet" value={mode} checked={(quiet ?? 'off') === mode} disabled={quiet === null} onChange={() => void quietMode.setValue(mode)} />
              <span>{label}</span>
            </label>
          ))}
          <p id="quiet-note" class="options-note">
            In quiet mode pages stay clean: names are found as usual (the toolbar popup lists them), and their marks and
            cards appear while you hold Alt.
          </p>
        </fieldset>
      </Section>

      <Section id="card" title="Hover card">
        <HoverDelay />
      </Section>
      <Section id="sites" title="Sites where Dossier is off">
        <SiteList />
      </Section>
      <Section id="keys" title="Keyboard shortcuts">
        <ShortcutsLink />
      </Section>
      <Section id="archive" title="Your archive">
        <p>
          <a href="/archive.html" target="_blank">
            Open your archive
          </a>{' '}
          <span class="muted">to import your own articles (files or a whole folder); the toolbar popup searches them.</span>
        </p>
      </Section>
    </main>
  );
}
