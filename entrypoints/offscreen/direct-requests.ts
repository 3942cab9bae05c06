import type { ArchiveHandlers } from '../background/archive-handlers.ts';
import { guarded, RefusedSenderError, type Handler, type MessageSender } from '../background/guard.ts';
import { onDirectRequest, type DirectMessage } from '../../lib/messages/direct-protocol.ts';
import type { ResponseOf } from '../../lib/messages/background-protocol.ts';

/**
 * The offscreen document's answers to Dossier's own pages (lib/messages/direct-protocol.ts).
 * A content script's messages reach this document too (the browser sends a runtime message to
 * every extension context), so the sender is checked first: the browser sets its URL, which a
 * page cannot choose, and only this extension's pages are answered. Then the request is
 * validated exactly as the worker validates it (entrypoints/background/guard.ts).
 */

/**
 * A direct request's handler, for pages whose URL starts with `origin` (the document's own: an
 * offscreen document cannot read the manifest, so it does not build extension URLs).
 */
export function fromExtensionPages<K extends DirectMessage>(origin: string, name: K, handler: Handler<K>) {
  const checked = guarded(name, handler);
  return async (message: { data: unknown; sender: MessageSender }): Promise<ResponseOf<K>> => {
    const { url } = message.sender;
    if (typeof url !== 'string' || !url.startsWith(`${origin}/`)) throw new RefusedSenderError(`${name}: only Dossier's own pages ask the archive directly`);
    return checked(message);
  };
}

/** Answers every direct request with the archive's handlers. */
export function answerExtensionPages(origin: string, handlers: ArchiveHandlers): void {
  onDirectRequest('direct:search', fromExtensionPages(origin, 'search', handlers.search));
  onDirectRequest('direct:suggest', fromExtensionPages(origin, 'suggest', handlers.suggest));
  onDirectRequest('direct:getArticle', fromExtensionPages(origin, 'getArticle', handlers.getArticle));
  onDirectRequest('direct:getArchiveInfo', fromExtensionPages(origin, 'getArchiveInfo', handlers.getArchiveInfo));
  onDirectRequest('direct:getRelatedToArticle', fromExtensionPages(origin, 'getRelatedToArticle', handlers.getRelatedToArticle));
  onDirectRequest('direct:getEntityCard', fromExtensionPages(origin, 'getEntityCard', handlers.getEntityCard));
  onDirectRequest('direct:getDefaultArchive', fromExtensionPages(origin, 'getDefaultArchive', handlers.getDefaultArchive));
  onDirectRequest('direct:listDefaultArticles', fromExtensionPages(origin, 'listDefaultArticles', handlers.listDefaultArticles));
  onDirectRequest('direct:getBundleDedupKeys', fromExtensionPages(origin, 'getBundleDedupKeys', handlers.getBundleDedupKeys));
}
