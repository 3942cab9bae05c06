import * as v from 'valibot';
import { archiveInProcess, askInProcess, type ArchiveInProcess } from './archive-in-process.ts';
import { toBackground, type ResponseOf } from './background-protocol.ts';
import { ARCHIVE_CHANNEL, channelReplySchema, type ArchiveAsks, type DirectMessage } from './direct-protocol.ts';
import { sendMessage } from './messenger.ts';

/**
 * How Dossier's own pages (popup, archive page, reader) ask about the archive. In Chrome an
 * extension page calls the offscreen document when it runs in the page's process
 * (lib/messages/archive-in-process.ts), or else asks it on its channel
 * (lib/messages/direct-protocol.ts), and only when the document does not acknowledge the
 * request (none yet: the worker creates it; or one still loading or busy) asks the worker,
 * whose route creates the document and waits for it. Content scripts and Firefox (whose
 * background holds the archive) always ask the worker. Nothing here runs until a request is
 * sent, so importing this module from Node is safe.
 */

/**
 * How long the document has to acknowledge a request. It acknowledges before any work, so
 * this is its longest busy task (an import's indexing slice, entrypoints/offscreen) plus the
 * hop, not a search's time; a late one costs a request through the worker as well.
 */
export const ACK_MS = 250;

/**
 * How long an acknowledged request waits for its answer before the worker is asked instead:
 * a document closed mid-answer (Chrome closing it, Dossier reloaded) never answers, and the
 * page must not wait forever. Longer than a search takes while the document loads a large
 * archive (seconds at 100,000 articles, docs/design.md); a request that falls back meanwhile
 * costs little, as the worker's route waits on the same load in the same document.
 */
export const ANSWER_MS = 5_000;

type Settled = { kind: 'res'; res: unknown } | { kind: 'err'; err: { name: string; message: string } };

interface Waiting {
  acknowledged(): void;
  settle(answer: Settled): void;
}

let channel: BroadcastChannel | null = null;
const waiting = new Map<string, Waiting>();

function openChannel(): BroadcastChannel {
  if (channel) return channel;
  const opened = new BroadcastChannel(ARCHIVE_CHANNEL);
  // Every page on the channel hears every answer: each takes its own by id.
  opened.onmessage = (event: MessageEvent<unknown>) => {
    const reply = v.safeParse(channelReplySchema, event.data);
    if (!reply.success) return;
    const entry = waiting.get(reply.output.id);
    if (!entry) return;
    if (reply.output.kind === 'ack') entry.acknowledged();
    else {
      waiting.delete(reply.output.id);
      entry.settle(reply.output);
    }
  };
  return (channel = opened);
}

/** The document's answer, or null when it did not acknowledge the request in time, or acknowledged it and did not answer in time. */
function askDocument(name: DirectMessage, data: unknown, { ackMs, answerMs }: Route): Promise<Settled | null> {
  const id = crypto.randomUUID();
  return new Promise((resolve) => {
    const giveUp = () => {
      waiting.delete(id);
      resolve(null);
    };
    let timer = setTimeout(giveUp, ackMs);
    const acknowledged = () => {
      clearTimeout(timer);
      timer = setTimeout(giveUp, answerMs);
    };
    waiting.set(id, { acknowledged, settle: (answer) => (clearTimeout(timer), resolve(answer)) });
    openChannel().postMessage({ id, name, data });
  });
}

/** Whether this code runs in one of Dossier's own pages (a content script's location is the web page's). */
function inExtensionPage(): boolean {
  return typeof location === 'object' && location.href.startsWith(browser.runtime.getURL('/'));
}

export interface Route {
  /** Whether the document can be asked here (Chrome, an extension page). */
  direct: boolean;
  ackMs: number;
  answerMs: number;
  /** The document when it can be called in this process; without it, the channel. */
  inProcess?: () => ArchiveInProcess | undefined;
}

const route = (): Route => ({ direct: import.meta.env.BROWSER === 'chrome' && inExtensionPage(), ackMs: ACK_MS, answerMs: ANSWER_MS, inProcess: archiveInProcess });

/**
 * The document first (called in this process, or else on its channel), then the worker. The
 * channel's answer is checked against the protocol's schema: it arrives on a channel any
 * extension page may write to, not from the browser's messaging. One that does not match (a
 * schema drifting from a handler) is asked again through the worker, whose answer pages took
 * unchecked before this route.
 */
async function askOnce<K extends DirectMessage>(name: K, data: unknown, answer: v.GenericSchema<unknown, ResponseOf<K>>, viaWorker: () => Promise<ResponseOf<K>>, where: Route): Promise<ResponseOf<K>> {
  if (!where.direct) return viaWorker();
  const inProcess = where.inProcess?.();
  if (inProcess) return askInProcess(inProcess, name, data);
  const settled = await askDocument(name, data, where);
  if (!settled) return viaWorker();
  if (settled.kind === 'err') throw Object.assign(new Error(settled.err.message), { name: settled.err.name });
  const checked = v.safeParse(answer, settled.res);
  if (checked.success) return checked.output;
  console.warn(`Dossier: the archive's ${name} answer on its channel does not match the protocol (${checked.issues[0].message}); asking the worker`);
  return viaWorker();
}

/** The browser's words for a worker stopped before it answered (the page's message, or the document's question to it). */
const WORKER_GONE = /message port closed|Could not establish connection|Receiving end does not exist/i;

/** Before the one new try, which wakes the worker again: a moment for a stopping worker to be gone. */
export const RETRY_MS = 300;

/**
 * `askOnce`, asked once more when the worker was stopped before it answered: after a browser
 * restart followed by a worker stop, a busy machine made the first search of the reader fail
 * so (the e2e import test, once in a CI run at load 3-4). Every request here only reads the
 * archive, so asking again changes nothing; a second failure is the user's to see.
 */
export async function documentFirst<K extends DirectMessage>(name: K, data: unknown, answer: v.GenericSchema<unknown, ResponseOf<K>>, viaWorker: () => Promise<ResponseOf<K>>, where: Route = route()): Promise<ResponseOf<K>> {
  try {
    return await askOnce(name, data, answer, viaWorker, where);
  } catch (error) {
    if (!WORKER_GONE.test(error instanceof Error ? error.message : String(error))) throw error;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    return askOnce(name, data, answer, viaWorker, where);
  }
}

export const askArchive: ArchiveAsks = {
  search: (request) => documentFirst('search', request, toBackground.search.response, () => sendMessage('search', request)),
  suggest: (request) => documentFirst('suggest', request, toBackground.suggest.response, () => sendMessage('suggest', request)),
  getArticle: (request) => documentFirst('getArticle', request, toBackground.getArticle.response, () => sendMessage('getArticle', request)),
  getArchiveInfo: (request) => documentFirst('getArchiveInfo', request, toBackground.getArchiveInfo.response, () => sendMessage('getArchiveInfo', request)),
  getRelatedToArticle: (request) => documentFirst('getRelatedToArticle', request, toBackground.getRelatedToArticle.response, () => sendMessage('getRelatedToArticle', request)),
  getEntityCard: (request) => documentFirst('getEntityCard', request, toBackground.getEntityCard.response, () => sendMessage('getEntityCard', request)),
  getDefaultArchive: (request) => documentFirst('getDefaultArchive', request, toBackground.getDefaultArchive.response, () => sendMessage('getDefaultArchive', request)),
  listDefaultArticles: (request) => documentFirst('listDefaultArticles', request, toBackground.listDefaultArticles.response, () => sendMessage('listDefaultArticles', request)),
  getBundleDedupKeys: (request) => documentFirst('getBundleDedupKeys', request, toBackground.getBundleDedupKeys.response, () => sendMessage('getBundleDedupKeys', request)),
};
