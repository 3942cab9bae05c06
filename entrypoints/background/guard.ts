import { parseRequest, type BackgroundMessage, type RequestOf, type ResponseOf } from '../../lib/messages/background-protocol.ts';

/** Who sent a message, as the browser reports it. */
export interface MessageSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

export type Handler<K extends BackgroundMessage> = (data: RequestOf<K>, sender: MessageSender) => ResponseOf<K> | Promise<ResponseOf<K>>;

export class RefusedSenderError extends Error {
  override name = 'RefusedSenderError';
}

/**
 * Whether the sender is one of this extension's own pages (popup, reader, first-run page),
 * as opposed to a content script, whose URL is the web page's. The browser sets `url`; a
 * page cannot choose it.
 */
export function isExtensionPage(sender: MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/**
 * A handler that only ever sees validated data from this extension. A bad message is
 * answered with an error (the messaging library carries it back to the sender as a rejected
 * promise); it never reaches the handler or crashes the worker. Least trust: a content
 * script runs inside web pages, so a request that names a tab (`tabId`) is answered for a
 * content script only when it names the script's own tab; extension pages may ask about any.
 */
export function guarded<K extends BackgroundMessage>(name: K, handler: Handler<K>) {
  return async (message: { data: unknown; sender: MessageSender }): Promise<ResponseOf<K>> => {
    const { sender } = message;
    if (sender.id !== browser.runtime.id) throw new RefusedSenderError(`${name}: message from another extension refused`);
    const data = parseRequest(name, message.data);
    if (!isExtensionPage(sender) && typeof data === 'object' && data !== null && 'tabId' in data && data.tabId !== sender.tab?.id) {
      throw new RefusedSenderError(`${name}: a content script may ask only about its own tab`);
    }
    return handler(data, sender);
  };
}

/** A handler for Dossier's own pages only: what the user's archive holds, or writing to it, is never a content script's business. */
export function extensionPagesOnly<K extends BackgroundMessage>(name: K, handler: Handler<K>): Handler<K> {
  return (data, sender) => {
    if (!isExtensionPage(sender)) throw new RefusedSenderError(`${name}: only Dossier's own pages may ask`);
    return handler(data, sender);
  };
}
