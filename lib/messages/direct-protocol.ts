import * as v from 'valibot';
import type { RequestOf, ResponseOf } from './background-protocol.ts';

/**
 * The archive's read requests that Dossier's own pages (popup, archive page, reader) send
 * straight to Chrome's offscreen document, which holds the archive
 * (entrypoints/background/archive-route.ts), on a BroadcastChannel instead of a runtime
 * message through the worker. A channel joins only contexts of one origin, so only the
 * extension's own pages and documents are on it; a content script's channel is its web page's.
 * Measured from an extension page (bench:archive's hop, a ping per route, busy machine): warm
 * 0.4 ms p50 on the channel, 2.1 ms for a runtime message only the document answers, 3.9 ms
 * through the worker; after a worker stop 3.6, 39 and 74 ms, as Chrome holds any runtime
 * message until the stopped worker has started (docs/design.md) but not a channel's.
 *
 * A request is `{ id, name, data }`; the document acknowledges it at once (kind `ack`), then
 * answers with its result (`res`) or error (`err`). Without an acknowledgement there is no document (or
 * it is busy or still loading), and the page asks the worker instead
 * (lib/messages/archive-client.ts). The document validates every request as the worker's guard
 * does (entrypoints/offscreen/direct-requests.ts).
 */

export const ARCHIVE_CHANNEL = 'dossier-archive';

/** The requests a page may send directly: reads of the archive whose worker handler only forwards. */
export const DIRECT_MESSAGES = ['search', 'suggest', 'getArticle', 'getArchiveInfo', 'getRelatedToArticle', 'getEntityCard', 'getDefaultArchive', 'listDefaultArticles', 'getBundleDedupKeys'] as const;
export type DirectMessage = (typeof DIRECT_MESSAGES)[number];

export const channelRequestSchema = v.object({ id: v.pipe(v.string(), v.maxLength(100)), name: v.picklist(DIRECT_MESSAGES), data: v.unknown() });
export type ChannelRequest = v.InferOutput<typeof channelRequestSchema>;

export const channelReplySchema = v.variant('kind', [
  v.object({ id: v.string(), kind: v.literal('ack') }),
  v.object({ id: v.string(), kind: v.literal('res'), res: v.unknown() }),
  v.object({ id: v.string(), kind: v.literal('err'), err: v.object({ name: v.string(), message: v.string() }) }),
]);
export type ChannelReply = v.InferOutput<typeof channelReplySchema>;

/** One function per direct request, as the pages call them. */
export type ArchiveAsks = { [K in DirectMessage]: (request: RequestOf<K>) => Promise<ResponseOf<K>> };
