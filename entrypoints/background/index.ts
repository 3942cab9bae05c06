import { onMessage } from '../../lib/messages/messenger.ts';
import type { MessageName, ProtocolMap } from '../../lib/messages/protocol.ts';
import { parseRequest, type RequestOf } from '../../lib/messages/schemas.ts';
import {
  handleGetArchiveInfo,
  handleGetArticle,
  handleGetKnowledge,
  handleGetEntityCard,
  handleGetEntityCards,
  handleGetRelatedToArticle,
  handleGetTabSummary,
  handleSearch,
  handleSuggest,
} from './handlers.ts';
import { forgetTab, saveTabReport } from './tab-state.ts';
import { getArchive } from './archive-loader.ts';
import { updateBadge } from './badge.ts';
import { registerContextMenu } from './context-menu.ts';
import { registerCommands } from './commands.ts';
import { registerNameCommands } from './name-commands.ts';
import { handleOpenReader } from './reader-tabs.ts';
import { registerActionIcon } from './action-icon.ts';
import { registerFirstRun } from './first-run.ts';

interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Registers a handler that only ever sees validated data from this extension. A bad
 * message is answered with an error (the messaging library carries it back to the
 * sender as a rejected promise); it never reaches the handler or crashes the worker.
 */
function handle<K extends MessageName>(
  name: K,
  handler: (data: RequestOf<K>, sender: Sender) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>,
): void {
  onMessage(name, async (message) => {
    const sender = message.sender as Sender;
    if (sender.id !== browser.runtime.id) throw new Error(`${name}: message from another extension refused`);
    const data = parseRequest(name, message.data);
    return handler(data, sender);
  });
}

export default defineBackground(() => {
  handle('search', handleSearch);
  handle('suggest', handleSuggest);
  handle('getArticle', handleGetArticle);
  handle('getArchiveInfo', handleGetArchiveInfo);
  handle('getKnowledge', handleGetKnowledge);
  handle('reportPageEntities', async (report, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await saveTabReport(tabId, { ...report, frameId: sender.frameId ?? 0, at: Date.now() });
    await updateBadge(await getArchive(), tabId);
  });
  handle('getTabSummary', handleGetTabSummary);
  handle('getRelatedToArticle', handleGetRelatedToArticle);
  handle('getEntityCard', handleGetEntityCard);
  handle('getEntityCards', handleGetEntityCards);
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
