import { useStoredItem } from '../../components/useStoredItem.ts';
import { disabledSites, setSiteEnabled } from '../../storage/settings.ts';

/** The sites turned off from the popup, each with a button that turns Dossier back on there. */
export function SiteList() {
  const sites = useStoredItem(disabledSites);
  if (sites === null) return null;
  if (sites.length === 0) {
    return <p class="muted">None. Turn Dossier off for a site from the toolbar popup, on that site.</p>;
  }
  return (
    <ul class="site-list">
      {sites.map((site) => (
        <li key={site}>
          <span class="site-name">{site}</span>
          <button type="button" class="site-on" onClick={() => void setSiteEnabled(site, true)}>
            Turn back on<span class="visually-hidden"> for {site}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
