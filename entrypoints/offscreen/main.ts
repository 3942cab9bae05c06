import { archiveHandlers } from '../background/archive-handlers.ts';
import { getArchive } from '../background/archive-loader.ts';
import { askWorker, onArchiveRequest, sendToArchiveHost } from '../background/archive-route.ts';
import { readDefaultArchiveHiddenWith } from '../background/default-archive.ts';
import { guarded } from '../background/guard.ts';
import { handleGetKnowledge } from '../background/knowledge-loader.ts';
import { onMessage } from '../../lib/messages/messenger.ts';
import { answerExtensionPages } from './direct-requests.ts';

/**
 * Chrome's offscreen document (entrypoints/background/archive-route.ts): runs the archive's
 * handlers for the service worker and keeps the loaded archive while the worker stops and
 * wakes. It answers the worker's forwarded requests (validated by the worker's guard.ts), and
 * Dossier's own pages' direct requests (direct-requests.ts); a content script's own messages
 * reach this document too, and are refused.
 */
// WXT names the worker background.js; an offscreen document cannot read the manifest
// (chrome.runtime has only its messaging members here).
const workerUrl = `${location.origin}/background.js`;

function fromWorker(sender: { id?: string; url?: string; tab?: unknown }): boolean {
  return sender.id === browser.runtime.id && sender.tab === undefined && sender.url === workerUrl;
}

function refuse(): never {
  throw new Error('the archive answers the Dossier worker only');
}

onArchiveRequest('archive:search', ({ data, sender }) => (fromWorker(sender) ? archiveHandlers.search(data) : refuse()));
onArchiveRequest('archive:suggest', ({ data, sender }) => (fromWorker(sender) ? archiveHandlers.suggest(data) : refuse()));
onArchiveRequest('archive:getArticle', ({ data, sender }) => (fromWorker(sender) ? archiveHandlers.getArticle(data) : refuse()));
onArchiveRequest('archive:getArchiveInfo', ({ data, sender }) => (fromWorker(sender) ? archiveHandlers.getArchiveInfo(data) : refuse()));
onArchiveRequest('archive:getRelatedToArticle', ({ data, sender }) => (fromWorker(sender) ? archiveHandlers.getRelatedToArticle(data) : refuse()));
onArchiveRequest('archive:getEntityCard', ({ data, sender }) => (fromWorker(sender) ? archiveHandlers.getEntityCard(data) : refuse()));
onArchiveRequest('archive:getEntityCards', ({ data, sender }) => (fromWorker(sender) ? archiveHandlers.getEntityCards(data) : refuse()));
onArchiveRequest('archive:rankTab', ({ data, sender }) => (fromWorker(sender) ? archiveHandlers.rankTab(data) : refuse()));
onArchiveRequest('archive:archiveChanged', ({ data, sender }) => (fromWorker(sender) ? archiveHandlers.archiveChanged(data) : refuse()));
onArchiveRequest('archive:getBundleDedupKeys', ({ data, sender }) => (fromWorker(sender) ? archiveHandlers.getBundleDedupKeys(data) : refuse()));
onArchiveRequest('archive:saveArticle', ({ data, sender }) => (fromWorker(sender) ? archiveHandlers.saveArticle(data) : refuse()));
onArchiveRequest('archive:getDefaultArchive', ({ data, sender }) => (fromWorker(sender) ? archiveHandlers.getDefaultArchive(data) : refuse()));
onArchiveRequest('archive:listDefaultArticles', ({ data, sender }) => (fromWorker(sender) ? archiveHandlers.listDefaultArticles(data) : refuse()));
onArchiveRequest('archive:forgetArchive', ({ sender }) => (fromWorker(sender) ? archiveHandlers.forgetArchive() : refuse()));

// Dossier's own pages ask here directly, one hop instead of three (direct-requests.ts checks who asks).
answerExtensionPages(location.origin, archiveHandlers);

// No storage API here: whether the default archive is hidden is the worker's to say.
readDefaultArchiveHiddenWith(() => askWorker(() => sendToArchiveHost('archive:defaultArchiveHidden', undefined)));

// A page's request for the knowledge is answered here too, beside the worker's own answer:
// the page takes the first, so after a worker stop it does not wait for the worker to start.
onMessage('getKnowledge', guarded('getKnowledge', handleGetKnowledge));

// The worker opens this document when the browser starts or the extension is installed:
// the archive loads then, before anyone waits for it.
void getArchive().catch((error: unknown) => console.warn('Dossier: the archive could not be loaded', error));
