/**
 * Everything Dossier stores; nothing outside this folder touches `browser.storage`. Each
 * item has its area, a schema (a stored value that does not fit it reads as the default)
 * and its default:
 *
 * | item                 | key                         | default                                   | file           |
 * |----------------------|-----------------------------|-------------------------------------------|----------------|
 * | highlightingEnabled  | `sync:highlightingEnabled`  | `true`                                    | settings.ts    |
 * | disabledSites        | `sync:disabledSites`        | `[]` (host names without `www.`)          | settings.ts    |
 * | hoverDelayMs         | `sync:hoverDelayMs`         | `DEFAULT_DWELL_MS` (300), clamped 0–5,000 | settings.ts    |
 * | highlightKinds       | `sync:highlightKinds`       | `{ country: true, official: true }`       | settings.ts    |
 * | quietMode            | `sync:quietMode`            | `'off'` (or `'while-alt'`)                | settings.ts    |
 * | lastQuery            | `local:lastQuery`           | `''`                                      | popup-state.ts |
 * | lastView             | `local:popupView`           | `'page'`                                  | popup-state.ts |
 * | defaultArchiveHidden | `local:defaultArchiveHidden`| `false`                                   | archive-settings.ts |
 * | page knowledge       | `local:pageKnowledge`       | none: pages then ask the background       | page-knowledge.ts |
 * | tabReports(tabId)    | `session:tab:<tabId>`       | `[]`                                      | tab-state.ts   |
 * | tabRanking(tabId)    | `session:related:<tabId>`   | `null`                                    | tab-state.ts   |
 * | sessionStarted       | `session:sessionStarted`    | `false`                                   | session-start.ts |
 *
 * `sync:` follows the browser profile; `local:` stays on this device; `session:` lasts until
 * the browser closes and only the worker and extension pages can read it.
 * reader-url.ts builds the reader page's address and routes.
 *
 * Content scripts import the files themselves, so that a page loads only what it uses; this
 * index is the map, and serves pages that want several items.
 */
export {
  disabledSites,
  highlightingEnabled,
  highlightKinds,
  hoverDelayMs,
  quietMode,
  quietModes,
  setSiteEnabled,
  type QuietMode,
} from './settings.ts';
export { lastQuery, lastView, popupViews, type PopupView } from './popup-state.ts';
export { defaultArchiveHidden } from './archive-settings.ts';
export { tabRanking, tabReports, type TabRanking, type TabReport } from './tab-state.ts';
export { articleHash, parseReaderHash, readerUrl, searchHash, type ReaderRoute } from './reader-url.ts';
export { defineValidatedItem, type ValidatedItem } from './validated-item.ts';
export { repairStoredValues } from './repair.ts';
export { sessionStarted } from './session-start.ts';
