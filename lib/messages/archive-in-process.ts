import type { ResponseOf } from './background-protocol.ts';
import type { DirectMessage } from './direct-protocol.ts';

/**
 * The shortest route from Dossier's own pages to Chrome's offscreen document, which holds the
 * archive: a call. The extension's pages and its offscreen document run in the extension's
 * one renderer process, on one thread, so a page finds the document's window among the
 * extension's views (`extension.getViews`) and calls what the document set on it
 * (entrypoints/offscreen/direct-requests.ts). Neither side posts a message: the channel's hop
 * (lib/messages/direct-protocol.ts) was half of a warm search's round trip at 2,225 articles
 * (tests/bench/archive.bench.ts: 0.8 ms of 1.6 ms p50, of which a bare BroadcastChannel echo is
 * 0.3 ms). A page in another process (none is today) finds no such window and takes the
 * channel (lib/messages/archive-client.ts).
 *
 * Trust: only the extension's own pages can read its windows, as only they are on the
 * channel; the document validates each request as it does the channel's. The answer is
 * copied into the asking page (`structuredClone`), as a message would be, so a page never
 * holds the document's own objects; it is not checked against the protocol's schema, as
 * the worker's answers are not: it is the document's handler's, typed at compile time.
 */

/** The document's answer to one call: its result, or its error by name and message (an Error of another window is no Error here). */
export type InProcessAnswer<T> = { kind: 'res'; res: T } | { kind: 'err'; err: { name: string; message: string } };

/** What the offscreen document sets on its window for the extension's pages. */
export interface ArchiveInProcess {
  ask<K extends DirectMessage>(name: K, data: unknown): Promise<InProcessAnswer<ResponseOf<K>>>;
}

/** The property of its window the document sets once its handlers are ready (entrypoints/offscreen/direct-requests.ts). */
export const IN_PROCESS_KEY = 'dossierArchive';

/** A window's property is read as unknown (the extension API types the views apart from the DOM's Window): checked by shape. */
function isArchiveInProcess(value: unknown): value is ArchiveInProcess {
  return typeof value === 'object' && value !== null && 'ask' in value && typeof value.ask === 'function';
}

/** The offscreen document's archive when the document runs in this page's process and is ready. */
export function archiveInProcess(): ArchiveInProcess | undefined {
  for (const view of browser.extension.getViews()) {
    const archive: unknown = Reflect.get(view, IN_PROCESS_KEY);
    if (isArchiveInProcess(archive)) return archive;
  }
  return undefined;
}

/** Asks the document in this process; its answer copied into this page. */
export async function askInProcess<K extends DirectMessage>(document: ArchiveInProcess, name: K, data: unknown): Promise<ResponseOf<K>> {
  const answer = structuredClone(await document.ask(name, data));
  if (answer.kind === 'err') throw Object.assign(new Error(answer.err.message), { name: answer.err.name });
  return answer.res;
}
