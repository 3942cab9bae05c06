import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol } from './background-protocol.ts';
import type { ContentProtocol } from './content-protocol.ts';

/**
 * The typed messengers, one per direction. Creating them touches no extension API; only
 * sending or listening does, so importing this module from Node is safe. Types only are
 * imported here, so a context that sends messages does not bundle the schemas.
 */

/** Content scripts, the popup and the reader ask the background. */
export const { sendMessage, onMessage } = defineExtensionMessaging<BackgroundProtocol>();

/** The background tells a tab's content script (the receiver validates with lib/messages/content-protocol.ts). */
export const { sendMessage: sendToContent, onMessage: onBackgroundMessage } = defineExtensionMessaging<ContentProtocol>();
