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
 * A handler that only ever sees validated data from this extension. A bad message is
 * answered with an error (the messaging library carries it back to the sender as a rejected
 * promise); it never reaches the handler or crashes the worker. The one place to add
 * further sender rules (which tab may ask what).
 */
export function guarded<K extends BackgroundMessage>(name: K, handler: Handler<K>) {
  return async (message: { data: unknown; sender: MessageSender }): Promise<ResponseOf<K>> => {
    if (message.sender.id !== browser.runtime.id) throw new RefusedSenderError(`${name}: message from another extension refused`);
    return handler(parseRequest(name, message.data), message.sender);
  };
}
