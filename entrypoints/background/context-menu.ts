import { readerUrl, searchHash } from '../../storage/reader-url.ts';

const SEARCH_MENU_ID = 'dossier-search-selection';
const SAVE_MENU_ID = 'dossier-save-page';
/** A selection longer than this is not a query; the reader's search box cuts it anyway. */
const MAX_SELECTION = 200;
/** The save window's size: the popup's width, room for the form. */
const SAVE_WINDOW = { width: 460, height: 520 };

/**
 * The page's context menu: "Search Dossier for '…'" on selected text (opens the reader's
 * search) and "Save page to Dossier" on web pages (opens the save window,
 * entrypoints/save/, on that tab; the menu click granted `activeTab` on it).
 */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SEARCH_MENU_ID, title: 'Search Dossier for “%s”', contexts: ['selection'] });
    browser.contextMenus.create({
      id: SAVE_MENU_ID,
      title: 'Save page to Dossier',
      contexts: ['page'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined) {
      void openSaveWindow(tab.id);
      return;
    }
    if (info.menuItemId !== SEARCH_MENU_ID || !info.selectionText) return;
    const query = info.selectionText.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION);
    void browser.tabs.create({ url: readerUrl(searchHash(query)) });
  });
}

export function saveWindowUrl(tabId: number): string {
  return `${browser.runtime.getURL('/save.html')}?tab=${tabId}`;
}

async function openSaveWindow(tabId: number): Promise<void> {
  await browser.windows.create({ url: saveWindowUrl(tabId), type: 'popup', ...SAVE_WINDOW });
}
