import { defineExtensionMessaging } from '@webext-core/messaging';
import type { RequestOf, ResponseOf } from '../../lib/messages/background-protocol.ts';
import type { TabRanking, TabReport } from '../../storage/tab-state.ts';
import { archiveHandlers, type ArchiveHandlers } from './archive-handlers.ts';
import { defaultArchiveHidden } from '../../storage/archive-settings.ts';

/**
 * Where the archive's handlers run. Chrome stops an idle service worker after ~30 s and every
 * wake would load the archive again (hundreds of ms at 60,000 articles), so in Chrome they run
 * in an offscreen document, which stays when the worker stops and keeps the loaded archive:
 * a woken worker only forwards the validated request (docs/design.md, "The archive lives in
 * an offscreen document"). Firefox has no offscreen documents: there they run in the
 * background itself, as do unit tests (the build sets import.meta.env.BROWSER).
 */
export const ARCHIVE_IN_OFFSCREEN = import.meta.env.BROWSER === 'chrome';

/** Requests from the worker to the offscreen document; names of their own, so the document never answers a page's request. */
export interface ArchiveHostProtocol {
  'archive:search'(request: RequestOf<'search'>): ResponseOf<'search'>;
  'archive:suggest'(request: RequestOf<'suggest'>): ResponseOf<'suggest'>;
  'archive:getArticle'(request: RequestOf<'getArticle'>): ResponseOf<'getArticle'>;
  'archive:getArchiveInfo'(request: RequestOf<'getArchiveInfo'>): ResponseOf<'getArchiveInfo'>;
  'archive:getRelatedToArticle'(request: RequestOf<'getRelatedToArticle'>): ResponseOf<'getRelatedToArticle'>;
  'archive:getEntityCard'(request: RequestOf<'getEntityCard'>): ResponseOf<'getEntityCard'>;
  'archive:getEntityCards'(request: RequestOf<'getEntityCards'>): ResponseOf<'getEntityCards'>;
  'archive:rankTab'(reports: TabReport[]): TabRanking;
  'archive:archiveChanged'(request: RequestOf<'archiveChanged'>): ResponseOf<'archiveChanged'>;
  'archive:getBundleDedupKeys'(request: RequestOf<'getBundleDedupKeys'>): ResponseOf<'getBundleDedupKeys'>;
  'archive:saveArticle'(request: RequestOf<'saveArticle'>): ResponseOf<'saveArticle'>;
  'archive:getDefaultArchive'(request: RequestOf<'getDefaultArchive'>): ResponseOf<'getDefaultArchive'>;
  'archive:listDefaultArticles'(request: RequestOf<'listDefaultArticles'>): ResponseOf<'listDefaultArticles'>;
  'archive:forgetArchive'(): void;
  /** The other way: the offscreen document has no storage API, so it asks the worker for this setting. */
  'archive:defaultArchiveHidden'(): boolean;
}

export const { sendMessage: sendToArchiveHost, onMessage: onArchiveRequest } = defineExtensionMessaging<ArchiveHostProtocol>();

export const OFFSCREEN_PAGE = 'offscreen.html';

/** The browser's words when no document listens (the offscreen document is not there yet, or was closed). */
const NO_RECEIVER = /Could not establish connection|Receiving end does not exist|^No response$/i;

let creating: Promise<void> | null = null;

/** Creates the offscreen document unless it is there already (it outlives the worker that made it). */
export function openArchiveHost(): Promise<void> {
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PAGE,
      // WORKERS: the document is a long-lived worker for the archive's search index.
      reasons: ['WORKERS'],
      justification: 'Keeps the search index of the user’s archive loaded between service-worker restarts.',
    })
    .catch((error: unknown) => {
      if (!/single offscreen document/i.test(error instanceof Error ? error.message : String(error))) throw error;
    })
    .finally(() => {
      creating = null;
    });
  return creating;
}

/**
 * How long to wait before each new try while the document is there but not listening yet: a
 * worker stopped right after it asked for the document (a browser restart, then a stop)
 * leaves one that is still loading its scripts, and creating another is refused. 3.1 s in all.
 */
const RETRY_DELAYS_MS = [100, 200, 400, 800, 1600];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The worker was stopped before it answered (or had not started listening): asking again wakes it. */
const WORKER_GONE = /message port closed|Could not establish connection|Receiving end does not exist|^No response$/i;

function matches(pattern: RegExp, error: unknown): boolean {
  return pattern.test(error instanceof Error ? error.message : String(error));
}

/** Sends, and sends again after each of RETRY_DELAYS_MS while the failure is one `gone` names. */
async function sendUntilAnswered<T>(send: () => Promise<T>, gone: RegExp): Promise<T> {
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await send();
    } catch (error) {
      if (!matches(gone, error)) throw error;
    }
    await sleep(delay);
  }
  return send();
}

/**
 * The offscreen document's question to the worker, asked again while the worker is gone:
 * a worker stopped mid-answer (Chrome's idle stop, or a browser restart followed by a stop)
 * would otherwise fail the archive's whole load, and every page request waiting on it.
 */
export function askWorker<T>(send: () => Promise<T>): Promise<T> {
  return sendUntilAnswered(send, WORKER_GONE);
}

/**
 * Sends straight away (the document usually outlives the worker, so a wake costs one message),
 * and creates the document only when nothing answered, then sends again, waiting a little
 * between tries while the document is still starting.
 */
export async function viaOffscreen<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!matches(NO_RECEIVER, error)) throw error;
  }
  await openArchiveHost();
  return sendUntilAnswered(send, NO_RECEIVER);
}

const forwarded: ArchiveHandlers = {
  search: (request) => viaOffscreen(() => sendToArchiveHost('archive:search', request)),
  suggest: (request) => viaOffscreen(() => sendToArchiveHost('archive:suggest', request)),
  getArticle: (request) => viaOffscreen(() => sendToArchiveHost('archive:getArticle', request)),
  getArchiveInfo: (request) => viaOffscreen(() => sendToArchiveHost('archive:getArchiveInfo', request)),
  getRelatedToArticle: (request) => viaOffscreen(() => sendToArchiveHost('archive:getRelatedToArticle', request)),
  getEntityCard: (request) => viaOffscreen(() => sendToArchiveHost('archive:getEntityCard', request)),
  getEntityCards: (request) => viaOffscreen(() => sendToArchiveHost('archive:getEntityCards', request)),
  rankTab: (reports) => viaOffscreen(() => sendToArchiveHost('archive:rankTab', reports)),
  archiveChanged: (request) => viaOffscreen(() => sendToArchiveHost('archive:archiveChanged', request)),
  getBundleDedupKeys: (request) => viaOffscreen(() => sendToArchiveHost('archive:getBundleDedupKeys', request)),
  saveArticle: (request) => viaOffscreen(() => sendToArchiveHost('archive:saveArticle', request)),
  getDefaultArchive: (request) => viaOffscreen(() => sendToArchiveHost('archive:getDefaultArchive', request)),
  listDefaultArticles: (request) => viaOffscreen(() => sendToArchiveHost('archive:listDefaultArticles', request)),
  forgetArchive: () => viaOffscreen(() => sendToArchiveHost('archive:forgetArchive', undefined)),
};

/** Every archive handler, run where the archive is kept: the background calls these, never archiveHandlers directly. */
export const archiveRoute: ArchiveHandlers = ARCHIVE_IN_OFFSCREEN ? forwarded : archiveHandlers;

const offscreenUrl = () => browser.runtime.getURL(`/${OFFSCREEN_PAGE}`);

/** The worker answers the offscreen document's one question: is the default archive hidden (storage/archive-settings.ts)? */
export function answerDefaultArchiveHidden(): void {
  if (!ARCHIVE_IN_OFFSCREEN) return;
  onArchiveRequest('archive:defaultArchiveHidden', ({ sender }) => {
    if (sender.id !== browser.runtime.id || sender.url !== offscreenUrl()) throw new Error('only the offscreen document asks this');
    return defaultArchiveHidden.getValue();
  });
}
