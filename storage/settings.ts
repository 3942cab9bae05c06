import * as v from 'valibot';
import { withSite } from '../lib/highlight/sites.ts';
import { DEFAULT_DWELL_MS, MAX_DWELL_MS } from '../lib/hover/hover-intent.ts';
import { defineValidatedItem } from './validated-item.ts';

/**
 * The user's settings, in `sync:` so they follow the browser profile. The popup, the
 * background (keyboard shortcut) and every content script read them; content scripts
 * watch them and apply a change at once.
 */

/** The global switch ("Highlight everywhere"). */
export const highlightingEnabled = defineValidatedItem('sync:highlightingEnabled', v.boolean(), true);

/** Sites (host names, without `www.`) where Dossier highlights nothing. */
export const disabledSites = defineValidatedItem<string[]>('sync:disabledSites', v.array(v.string()), []);

export async function setSiteEnabled(host: string, on: boolean): Promise<void> {
  await disabledSites.setValue(withSite(await disabledSites.getValue(), host, on));
}

/**
 * How long the pointer rests on a highlighted name before its card opens
 * (lib/hover/hover-intent.ts); a stored value out of bounds is clamped into them.
 */
export const hoverDelayMs = defineValidatedItem(
  'sync:hoverDelayMs',
  v.pipe(
    v.number(),
    v.finite(),
    v.transform((ms) => Math.min(Math.max(ms, 0), MAX_DWELL_MS)),
  ),
  DEFAULT_DWELL_MS,
);

/** Which kinds of names are painted on pages (the options page); both by default. */
export const highlightKinds = defineValidatedItem(
  'sync:highlightKinds',
  v.object({ country: v.boolean(), official: v.boolean() }),
  { country: true, official: true },
);

/**
 * Quiet mode: `'off'` paints the marks all the time; `'while-alt'` paints them only while the
 * Alt key is held (page-marking/modifier-hold.ts), for readers who want a clean page.
 */
export const quietModes = ['off', 'while-alt'] as const;
export type QuietMode = (typeof quietModes)[number];
export const quietMode = defineValidatedItem<QuietMode>('sync:quietMode', v.picklist(quietModes), 'off');
