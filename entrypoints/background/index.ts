// First: its evaluation marks the script's start (wake-timeline.ts).
import { markStage } from './wake-timeline.ts';
import { onMessage } from '../../lib/messages/messenger.ts';
import type { BackgroundMessage } from '../../lib/messages/background-protocol.ts';
import { handleGetTabSummary, handleReportPageEntities } from './handlers.ts';
import { handleGetKnowledge, restorePageKnowledge, storeServedKnowledge } from './knowledge-loader.ts';
import { ARCHIVE_IN_OFFSCREEN, answerDefaultArchiveHidden, archiveRoute, openArchiveHost } from './archive-route.ts';
import { forgetTab } from './tab-state.ts';
import { registerContextMenu } from './context-menu.ts';
import { registerCommands } from './commands.ts';
import { registerNameCommands } from './name-commands.ts';
import { handleOpenReader } from './reader-tabs.ts';
import { extensionPagesOnly, guarded, type Handler } from './guard.ts';
import { registerActionIcon, showAllTabs } from './action-icon.ts';
import { oncePerSession } from './session-start.ts';
import { registerFirstRun } from './first-run.ts';
import { repairStoredValues } from '../../storage/repair.ts';
import { defaultArchiveHidden } from '../../storage/archive-settings.ts';

function handle<K extends BackgroundMessage>(name: K, handler: Handler<K>): void {
  onMessage(name, guarded(name, handler));
}

export default defineBackground(() => {
  markStage('main');
  // Everything that reads the archive goes through archiveRoute (archive-route.ts says where it runs).
  handle('search', archiveRoute.search);
  handle('suggest', archiveRoute.suggest);
  handle('getArticle', archiveRoute.getArticle);
  handle('getArchiveInfo', archiveRoute.getArchiveInfo);
  // A page asks only when there is no stored copy for it to read (storage/page-knowledge.ts): store one.
  handle('getKnowledge', async () => {
    const answer = await handleGetKnowledge();
    void storeServedKnowledge();
    return answer;
  });
  handle('reportPageEntities', handleReportPageEntities);
  handle('getTabSummary', handleGetTabSummary);
  handle('getRelatedToArticle', archiveRoute.getRelatedToArticle);
  handle('getEntityCard', archiveRoute.getEntityCard);
  handle('getEntityCards', archiveRoute.getEntityCards);
  // Reading and writing the user's archive is for Dossier's own pages only, never a content script.
  handle('archiveChanged', extensionPagesOnly('archiveChanged', async (request) => {
    const answer = await archiveRoute.archiveChanged(request);
    // What the user's sources taught may have changed: the pages' stored knowledge follows.
    void storeServedKnowledge();
    return answer;
  }));
  handle('getBundleDedupKeys', extensionPagesOnly('getBundleDedupKeys', archiveRoute.getBundleDedupKeys));
  handle('saveArticle', extensionPagesOnly('saveArticle', archiveRoute.saveArticle));
  handle('getDefaultArchive', extensionPagesOnly('getDefaultArchive', archiveRoute.getDefaultArchive));
  handle('listDefaultArticles', extensionPagesOnly('listDefaultArticles', archiveRoute.listDefaultArticles));
  // Hiding or showing the default archive: wherever the archive is kept, it loads afresh.
  defaultArchiveHidden.watch(() => void archiveRoute.forgetArchive().catch((e: unknown) => console.warn('Dossier: could not reload the archive', e)));
  answerDefaultArchiveHidden();
  handle('openReader', (request, sender) => handleOpenReader(request, sender.tab?.id));
  registerContextMenu();
  registerCommands();
  registerNameCommands();
  registerActionIcon();
  registerFirstRun();
  void oncePerSession([
    // The browser keeps each tab's icon across the background's sleeps: set once per session.
    showAllTabs,
    // A setting stored malformed (an old format, a bad sync) reads as its default everywhere;
    // removing it makes storage, and the user's other devices, agree.
    repairStoredValues,
  ]);
  if (ARCHIVE_IN_OFFSCREEN) {
    // The archive loads as the browser starts (or Dossier is installed), before the first page asks.
    const open = () => void openArchiveHost().catch((error: unknown) => console.warn('Dossier: no offscreen document for the archive', error));
    browser.runtime.onStartup.addListener(open);
    browser.runtime.onInstalled.addListener(open);
  }
  // Another build's stored knowledge must not reach pages (storage/page-knowledge.ts).
  browser.runtime.onInstalled.addListener(() => void restorePageKnowledge());
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A full navigation starts a new page: its old entities must not linger in the popup or badge.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      void forgetTab(tabId).then(() => browser.action.setBadgeText({ tabId, text: '' }));
    }
  });
  markStage('listening');
});
