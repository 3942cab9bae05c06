/**
 * Everything Dossier stores, and nothing else touches `browser.storage`. Each item has its
 * area, its schema (a stored value that does not fit reads as the default) and its default:
 *
 * | item                  | key                      | default            | file                 |
 * |-----------------------|--------------------------|--------------------|----------------------|
 * | `highlightingEnabled` | `sync:highlightingEnabled` | `true`           | settings.ts          |
 * | `disabledSites`       | `sync:disabledSites`     | `[]` (host names)  | settings.ts          |
 * | `hoverDelayMs`        | `sync:hoverDelayMs`      | `DEFAULT_DWELL_MS` (300), clamped to 0–5,000 | settings.ts |
 * | `lastQuery`           | `local:lastQuery`        | `''`               | popup-state.ts       |
 * | `lastView`            | `local:popupView`        | `'page'`           | popup-state.ts       |
 * | `tabReports(tabId)`   | `session:tab:<tabId>`    | `[]`               | tab-state.ts         |
 * | `tabRanking(tabId)`   | `session:related:<tabId>` | `null`            | tab-state.ts         |
 *
 * `sync:` follows the browser profile; `local:` stays on this device; `session:` lasts until
 * the browser closes and is readable by extension pages and the worker only.
 * reader-url.ts builds the reader page's address and routes.
 *
 * Import from the files themselves in content scripts, so that a page does not load what it
 * does not use; this index is the map, and serves pages that want several of them.
 */
export { disabledSites, highlightingEnabled, hoverDelayMs, setSiteEnabled } from './settings.ts';
export { lastQuery, lastView, popupViews, type PopupView } from './popup-state.ts';
export { tabRanking, tabReports, type TabRanking, type TabReport } from './tab-state.ts';
export { articleHash, parseReaderHash, readerUrl, searchHash, type ReaderRoute } from './reader-url.ts';
export { defineValidatedItem, type ValidatedItem } from './validated-item.ts';
