import { onMessage } from '../../lib/messages/messenger.ts';
import type { BackgroundMessage } from '../../lib/messages/background-protocol.ts';
import {
  handleArchiveChanged,
  handleGetArchiveInfo,
  handleGetBundleDedupKeys,
  handleGetArticle,
  handleGetKnowledge,
  handleGetEntityCard,
  handleGetEntityCards,
  handleGetRelatedToArticle,
  handleGetTabSummary,
  handleReportPageEntities,
  handleSearch,
  handleSuggest,
} from './handlers.ts';
import { forgetTab } from './tab-state.ts';
import { registerContextMenu } from './context-menu.ts';
import { registerCommands } from './commands.ts';
import { registerNameCommands } from './name-commands.ts';
import { handleOpenReader } from './reader-tabs.ts';
import { extensionPagesOnly, guarded, type Handler } from './guard.ts';
import { registerActionIcon } from './action-icon.ts';
import { registerFirstRun } from './first-run.ts';
import { handleSaveArticle } from './save-article.ts';
import { handleGetDefaultArchive, handleListDefaultArticles } from './default-archive.ts';
import { defaultArchiveHidden } from '../../storage/archive-settings.ts';
import { forgetArchive } from './archive-loader.ts';

function handle<K extends BackgroundMessage>(name: K, handler: Handler<K>): void {
  onMessage(name, guarded(name, handler));
}

export default defineBackground(() => {
  handle('search', handleSearch);
  handle('suggest', handleSuggest);
  handle('getArticle', handleGetArticle);
  handle('getArchiveInfo', handleGetArchiveInfo);
  handle('getKnowledge', handleGetKnowledge);
  handle('reportPageEntities', handleReportPageEntities);
  handle('getTabSummary', handleGetTabSummary);
  handle('getRelatedToArticle', handleGetRelatedToArticle);
  handle('getEntityCard', handleGetEntityCard);
  handle('getEntityCards', handleGetEntityCards);
  handle('archiveChanged', handleArchiveChanged);
  handle('getBundleDedupKeys', handleGetBundleDedupKeys);
  handle('saveArticle', extensionPagesOnly('saveArticle', handleSaveArticle));
  handle('getDefaultArchive', extensionPagesOnly('getDefaultArchive', handleGetDefaultArchive));
  handle('listDefaultArticles', extensionPagesOnly('listDefaultArticles', handleListDefaultArticles));
  defaultArchiveHidden.watch(() => forgetArchive());
  handle('openReader', (request, sender) => handleOpenReader(request, sender.tab?.id));
  registerContextMenu();
  registerCommands();
  registerNameCommands();
  registerActionIcon();
  registerFirstRun();
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A full navigation starts a new page: its old entities must not linger in the popup or badge.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      void forgetTab(tabId).then(() => browser.action.setBadgeText({ tabId, text: '' }));
    }
  });
});
