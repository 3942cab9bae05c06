import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol, RequestOf, ResponseOf } from './background-protocol.ts';

/**
 * The archive's read requests that Dossier's own pages (popup, archive page, reader) send
 * straight to Chrome's offscreen document, which holds the archive
 * (entrypoints/background/archive-route.ts): one hop (page → document) instead of three
 * (page → worker → document and back). Names of their own (`direct:search`), which only the
 * document listens to, so the worker never answers them too; the document answers extension
 * pages only and validates each request as the worker's guard does
 * (entrypoints/offscreen/direct-requests.ts). Types only from the protocol, so a page that
 * sends does not bundle the schemas.
 */

/** The requests a page may send directly: reads of the archive whose worker handler only forwards. */
export type DirectMessage =
  | 'search'
  | 'suggest'
  | 'getArticle'
  | 'getArchiveInfo'
  | 'getRelatedToArticle'
  | 'getEntityCard'
  | 'getDefaultArchive'
  | 'listDefaultArticles'
  | 'getBundleDedupKeys';

export type DirectProtocol = { [K in DirectMessage as `direct:${K}`]: BackgroundProtocol[K] };

export const { sendMessage: sendDirect, onMessage: onDirectRequest } = defineExtensionMessaging<DirectProtocol>();

/** One function per direct request, as the pages call them. */
export type ArchiveAsks = { [K in DirectMessage]: (request: RequestOf<K>) => Promise<ResponseOf<K>> };
