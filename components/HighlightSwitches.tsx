import { useEffect, useState } from 'preact/hooks';
import { siteEnabled, siteKey } from '../lib/highlight/sites.ts';
import { disabledSites, highlightingEnabled, setSiteEnabled } from '../storage/settings.ts';
import './highlight-switches.css';

interface Props {
  /** The active tab's host name; null when the tab is not a web page (the site switch is then hidden). */
  host: string | null;
}

/**
 * The popup's two highlighting switches. They write wxt/storage items that every content
 * script watches, so pages change at once. Real checkboxes with role=switch: keyboard,
 * screen readers and forced-colours modes work without extra code.
 */
export function HighlightSwitches({ host }: Props) {
  const [everywhere, setEverywhere] = useState<boolean | null>(null);
  const [disabled, setDisabled] = useState<string[] | null>(null);

  useEffect(() => {
    void highlightingEnabled.getValue().then(setEverywhere);
    void disabledSites.getValue().then(setDisabled);
    const unwatchGlobal = highlightingEnabled.watch((value) => setEverywhere(value));
    const unwatchSites = disabledSites.watch((value) => setDisabled(value));
    return () => {
      unwatchGlobal();
      unwatchSites();
    };
  }, []);

  const site = host ? siteKey(host) : null;
  const siteOn = site !== null && disabled !== null ? siteEnabled(disabled, site) : true;

  return (
    <fieldset class="dossier-switches">
      <legend class="visually-hidden">Highlighting</legend>
      {site !== null && (
        <label class="dossier-switch">
          <input
            type="checkbox"
            role="switch"
            checked={siteOn}
            disabled={disabled === null || everywhere === false}
            aria-describedby={everywhere === false ? 'dossier-switch-note' : undefined}
            onChange={(e) => void setSiteEnabled(site, e.currentTarget.checked)}
          />
          <span>Highlight names on this site</span>
          <span class="dossier-switch-site">{site}</span>
        </label>
      )}
      <label class="dossier-switch">
        <input
          type="checkbox"
          role="switch"
          checked={everywhere ?? true}
          disabled={everywhere === null}
          onChange={(e) => void highlightingEnabled.setValue(e.currentTarget.checked)}
        />
        <span>Highlight everywhere</span>
      </label>
      {everywhere === false && site !== null && (
        <p id="dossier-switch-note" class="dossier-switch-note">
          Highlighting is off everywhere.
        </p>
      )}
    </fieldset>
  );
}
