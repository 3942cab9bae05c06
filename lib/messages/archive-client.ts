import { sendDirect, type ArchiveAsks } from './direct-protocol.ts';
import { sendMessage } from './messenger.ts';

/**
 * How Dossier's own pages (popup, archive page, reader) ask about the archive. In Chrome an
 * extension page asks the offscreen document directly (lib/messages/direct-protocol.ts), and
 * only when no document answers (none yet: the worker creates it; or one still loading) asks
 * the worker, whose route creates the document and waits for it. Content scripts and
 * Firefox (whose background holds the archive) always ask the worker. Nothing here runs until
 * a request is sent, so importing this module from Node is safe.
 */

/** The browser's words when nothing answered: no document listens (the worker ignores direct names). */
const NO_ANSWER = /Could not establish connection|Receiving end does not exist|message port closed|^No response$/i;

/** Whether this code runs in one of Dossier's own pages (a content script's location is the web page's). */
function inExtensionPage(): boolean {
  return typeof location === 'object' && location.href.startsWith(browser.runtime.getURL('/'));
}

/** The document first, then the worker; `direct` is tried only where a document can answer (Chrome, an extension page). */
export async function documentFirst<T>(direct: () => Promise<T>, viaWorker: () => Promise<T>, canAskDocument = import.meta.env.BROWSER === 'chrome' && inExtensionPage()): Promise<T> {
  if (!canAskDocument) return viaWorker();
  try {
    return await direct();
  } catch (error) {
    if (!NO_ANSWER.test(error instanceof Error ? error.message : String(error))) throw error;
  }
  return viaWorker();
}

export const askArchive: ArchiveAsks = {
  search: (request) => documentFirst(() => sendDirect('direct:search', request), () => sendMessage('search', request)),
  suggest: (request) => documentFirst(() => sendDirect('direct:suggest', request), () => sendMessage('suggest', request)),
  getArticle: (request) => documentFirst(() => sendDirect('direct:getArticle', request), () => sendMessage('getArticle', request)),
  getArchiveInfo: (request) => documentFirst(() => sendDirect('direct:getArchiveInfo', request), () => sendMessage('getArchiveInfo', request)),
  getRelatedToArticle: (request) => documentFirst(() => sendDirect('direct:getRelatedToArticle', request), () => sendMessage('getRelatedToArticle', request)),
  getEntityCard: (request) => documentFirst(() => sendDirect('direct:getEntityCard', request), () => sendMessage('getEntityCard', request)),
  getDefaultArchive: (request) => documentFirst(() => sendDirect('direct:getDefaultArchive', request), () => sendMessage('getDefaultArchive', request)),
  listDefaultArticles: (request) => documentFirst(() => sendDirect('direct:listDefaultArticles', request), () => sendMessage('listDefaultArticles', request)),
  getBundleDedupKeys: (request) => documentFirst(() => sendDirect('direct:getBundleDedupKeys', request), () => sendMessage('getBundleDedupKeys', request)),
};
