import * as v from 'valibot';
import type { ArchiveHandlers } from '../background/archive-handlers.ts';
import { IN_PROCESS_KEY, type ArchiveInProcess, type InProcessAnswer } from '../../lib/messages/archive-in-process.ts';
import { parseRequest, type ResponseOf } from '../../lib/messages/background-protocol.ts';
import { ARCHIVE_CHANNEL, channelRequestSchema, type ChannelReply, type DirectMessage } from '../../lib/messages/direct-protocol.ts';

/**
 * The offscreen document's answers to Dossier's own pages on the archive's channel
 * (lib/messages/direct-protocol.ts). Who may ask: a BroadcastChannel joins one origin's
 * contexts only, and the browser sets each message's origin, which is checked against the
 * document's own (a content script's channel is its web page's origin, so it never reaches
 * this one). What they may ask: each request is validated against the protocol's schema, as
 * the worker's guard does (entrypoints/background/guard.ts; the guard's other checks are of
 * the runtime sender, whom this channel's origin already names). The same answers are called
 * in this process by the extension's pages that share it (lib/messages/archive-in-process.ts).
 */

type Answers = { [K in DirectMessage]: (data: unknown) => Promise<ResponseOf<K>> };

function answersOf(handlers: ArchiveHandlers): Answers {
  return {
    search: (data) => handlers.search(parseRequest('search', data)),
    suggest: (data) => handlers.suggest(parseRequest('suggest', data)),
    getArticle: (data) => handlers.getArticle(parseRequest('getArticle', data)),
    getArchiveInfo: (data) => handlers.getArchiveInfo(parseRequest('getArchiveInfo', data)),
    getRelatedToArticle: (data) => handlers.getRelatedToArticle(parseRequest('getRelatedToArticle', data)),
    getEntityCard: (data) => handlers.getEntityCard(parseRequest('getEntityCard', data)),
    getDefaultArchive: (data) => handlers.getDefaultArchive(parseRequest('getDefaultArchive', data)),
    listDefaultArticles: (data) => handlers.listDefaultArticles(parseRequest('listDefaultArticles', data)),
    getBundleDedupKeys: (data) => handlers.getBundleDedupKeys(parseRequest('getBundleDedupKeys', data)),
  };
}

/** One request's answer, or its error by name and message. */
async function settled<K extends DirectMessage>(answers: Answers, name: K, data: unknown): Promise<InProcessAnswer<ResponseOf<K>>> {
  try {
    return { kind: 'res', res: await answers[name](data) };
  } catch (error) {
    const { name: errorName, message } = error instanceof Error ? error : new Error(String(error));
    return { kind: 'err', err: { name: errorName, message } };
  }
}

/** What the document sets on its window for the pages in its process: the channel's answers, called. */
export function inProcessAnswerer(handlers: ArchiveHandlers): ArchiveInProcess {
  const answers = answersOf(handlers);
  return { ask: (name, data) => settled(answers, name, data) };
}

/**
 * Answers one message heard on the channel, sent from `from` (the browser's origin of its
 * sender), through `reply`; messages from another origin and anything that is not a request
 * (the pages' own traffic on the channel: other answers) get no reply at all.
 */
export function channelAnswerer(origin: string, handlers: ArchiveHandlers) {
  const answers = answersOf(handlers);
  return async (from: string, message: unknown, reply: (answer: ChannelReply) => void): Promise<void> => {
    if (from !== origin) return;
    const request = v.safeParse(channelRequestSchema, message);
    if (!request.success) return;
    const { id, name, data } = request.output;
    // Before any work: the page waits this long at most before asking the worker instead.
    reply({ id, kind: 'ack' });
    reply({ id, ...(await settled(answers, name, data)) });
  };
}

/** Answers the pages with the archive's handlers: called in this process, and on the archive's channel. */
export function answerExtensionPages(origin: string, handlers: ArchiveHandlers): void {
  Object.defineProperty(globalThis, IN_PROCESS_KEY, { value: inProcessAnswerer(handlers) });
  const channel = new BroadcastChannel(ARCHIVE_CHANNEL);
  const answer = channelAnswerer(origin, handlers);
  channel.onmessage = (event: MessageEvent<unknown>) => void answer(event.origin, event.data, (reply) => channel.postMessage(reply));
}
