import { readerUrl, searchHash } from '../../storage/reader-url.ts';

const MENU_ID = 'dossier-search-selection';
/** A selection longer than this is not a query; the reader's search box cuts it anyway. */
const MAX_SELECTION = 200;

/** "Search Dossier for '…'" on selected text; opens the reader's search. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Search Dossier for “%s”', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    const query = info.selectionText.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION);
    void browser.tabs.create({ url: readerUrl(searchHash(query)) });
  });
}
