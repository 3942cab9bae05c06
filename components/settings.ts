import { storage } from 'wxt/utils/storage';
import { siteEnabled, withSite } from '../lib/highlight/sites.ts';

/**
 * Highlighting settings, shared by the popup, the background (keyboard shortcut) and every
 * content script, which watches them and removes or restores its highlights at once.
 * `sync:` so the choice follows the user's browser profile.
 */

/** The global switch ("Highlight everywhere"). */
export const highlightingEnabled = storage.defineItem<boolean>('sync:highlightingEnabled', { fallback: true });

/** Sites (host names, without `www.`) where Dossier highlights nothing. */
export const disabledSites = storage.defineItem<string[]>('sync:disabledSites', { fallback: [] });

export async function isSiteEnabled(host: string): Promise<boolean> {
  return siteEnabled(await disabledSites.getValue(), host);
}

export async function setSiteEnabled(host: string, on: boolean): Promise<void> {
  await disabledSites.setValue(withSite(await disabledSites.getValue(), host, on));
}

/** How long the pointer rests on a highlighted name before its card opens (lib/hover/hover-intent.ts). */
export const hoverDelayMs = storage.defineItem<number>('sync:hoverDelayMs', { fallback: 300 });
