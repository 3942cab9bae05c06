import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol.ts';

/**
 * The typed messenger every extension context uses. Creating it touches no extension
 * API; only sending or listening does, so importing this module from Node is safe.
 */
export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;
