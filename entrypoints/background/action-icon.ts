import { highlightingActive } from '../../lib/highlight/sites.ts';
import { TOOLBAR_ICONS } from '../../lib/extension-icons.ts';
import { disabledSites, highlightingEnabled } from '../../storage/settings.ts';

/** The host of a web page the content script runs on, or null (extension pages, about:, ...). */
function webPageHost(url: string | undefined): string | null {
  if (!url || !/^https?:/.test(url)) return null;
  return new URL(url).hostname;
}

/**
 * Shows the grey toolbar icon on a tab when Dossier is off there (everywhere, or for the
 * tab's site), the normal icon otherwise. Pages Dossier never reads keep the normal icon:
 * "off" means the user's switch, not a page it cannot read.
 */
export async function showSiteState(tabId: number, url: string | undefined): Promise<void> {
  const host = webPageHost(url);
  const on = host === null || highlightingActive(await highlightingEnabled.getValue(), await disabledSites.getValue(), host);
  await browser.action.setIcon({ tabId, path: on ? TOOLBAR_ICONS.on : TOOLBAR_ICONS.off });
}

/** Sets every open tab's icon: when a session starts (index.ts), and when a switch changes. */
export async function showAllTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : showSiteState(tab.id, tab.url).catch(() => {}))));
}

/**
 * Keeps every tab's icon in step with navigation and with the highlighting switches. The
 * browser keeps a tab's icon while the background sleeps, so a wake sets none; a session's
 * start sets them all (`showAllTabs`, index.ts).
 */
export function registerActionIcon(): void {
  // A navigation resets a tab's per-tab icon, so it is set again once the new URL is known.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url || change.status === 'loading') void showSiteState(tabId, tab.url).catch(() => {});
  });
  highlightingEnabled.watch(() => void showAllTabs());
  disabledSites.watch(() => void showAllTabs());
}
