import * as v from 'valibot';
import { parseMessage, type ProtocolOf } from './define-protocol.ts';

/**
 * Every message the background sends to content scripts, with the schema the content
 * script parses it with (the same rules as lib/messages/background-protocol.ts, the other way).
 */
export const toContent = {
  /** Move the card to the next or previous highlighted name (keyboard command). */
  focusName: { request: v.strictObject({ direction: v.picklist(['next', 'previous']) }), response: v.void() },
};

export type ContentProtocol = ProtocolOf<typeof toContent>;
export type ContentMessage = keyof ContentProtocol;

/** Validates a message to a content script; throws InvalidMessageError with a readable reason. */
export function parseContentRequest<K extends ContentMessage>(name: K, data: unknown): Parameters<ContentProtocol[K]>[0] {
  return parseMessage(toContent, name, data);
}
