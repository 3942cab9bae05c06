import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RefusedSenderError } from '../../../entrypoints/background/guard.ts';
import { fromExtensionPages } from '../../../entrypoints/offscreen/direct-requests.ts';
import { documentFirst } from '../../../lib/messages/archive-client.ts';
import { InvalidMessageError } from '../../../lib/messages/define-protocol.ts';
import type { SearchResponse } from '../../../lib/search/search.ts';

/** The offscreen document's own origin, which Dossier's pages share. */
const ORIGIN = 'chrome-extension://dossier-test-id';
const answer: SearchResponse = { query: 'Baku', total: 0, hits: [], queryEntities: [] };

describe('the offscreen document answering pages directly', () => {
  beforeEach(() => fakeBrowser.reset());
  const handler = () => vi.fn(async (request: { query: string }) => ({ ...answer, query: request.query }));

  it('answers the popup, and the reader in a tab, with the validated request', async () => {
    const search = handler();
    const answerSearch = fromExtensionPages(ORIGIN, 'search', search);
    const popup = { id: fakeBrowser.runtime.id, url: `${ORIGIN}/popup.html` };
    const reader = { id: fakeBrowser.runtime.id, url: `${ORIGIN}/reader.html#/search?q=Baku`, tab: { id: 4 } };
    await expect(answerSearch({ data: { query: 'Baku' }, sender: popup })).resolves.toEqual(answer);
    await expect(answerSearch({ data: { query: 'Baku' }, sender: reader })).resolves.toEqual(answer);
    expect(search).toHaveBeenCalledTimes(2);
  });

  it('refuses a content script (its URL is the web page’s) before reading its request', async () => {
    const search = handler();
    const fromPage = { id: fakeBrowser.runtime.id, url: 'https://news.example/story', tab: { id: 3 }, frameId: 0 };
    const refused = fromExtensionPages(ORIGIN, 'search', search)({ data: { query: 'Baku' }, sender: fromPage });
    await expect(refused).rejects.toThrow(RefusedSenderError);
    await expect(refused).rejects.toThrow(/search: only Dossier's own pages ask the archive directly/);
    // A page whose address merely starts like the extension's is no extension page either.
    const lookalike = { id: fakeBrowser.runtime.id, url: `${ORIGIN}.evil.example/popup.html` };
    await expect(fromExtensionPages(ORIGIN, 'search', search)({ data: { query: 'Baku' }, sender: lookalike })).rejects.toThrow(RefusedSenderError);
    await expect(fromExtensionPages(ORIGIN, 'search', search)({ data: { query: 'Baku' }, sender: { id: fakeBrowser.runtime.id } })).rejects.toThrow(RefusedSenderError);
    expect(search).not.toHaveBeenCalled();
  });

  it('validates as the worker’s guard does: another extension and malformed requests are refused', async () => {
    const search = handler();
    const answerSearch = fromExtensionPages(ORIGIN, 'search', search);
    await expect(answerSearch({ data: { query: 'Baku' }, sender: { id: 'another-extension', url: `${ORIGIN}/popup.html` } })).rejects.toThrow(RefusedSenderError);
    const popup = { id: fakeBrowser.runtime.id, url: `${ORIGIN}/popup.html` };
    await expect(answerSearch({ data: { query: 'Baku', limit: -1 }, sender: popup })).rejects.toThrow(InvalidMessageError);
    await expect(answerSearch({ data: { query: 'Baku', extra: true }, sender: popup })).rejects.toThrow(InvalidMessageError);
    expect(search).not.toHaveBeenCalled();
  });
});

describe('a page asking the archive', () => {
  const worker = () => vi.fn(async () => 'from the worker');

  it('takes the document’s answer when it is there, without asking the worker', async () => {
    const viaWorker = worker();
    await expect(documentFirst(async () => 'from the document', viaWorker, true)).resolves.toBe('from the document');
    expect(viaWorker).not.toHaveBeenCalled();
  });

  it('asks the worker when no document answers (none yet, or one still loading)', async () => {
    for (const words of ['Could not establish connection. Receiving end does not exist.', 'The message port closed before a response was received.']) {
      const viaWorker = worker();
      await expect(documentFirst(() => Promise.reject(new Error(words)), viaWorker, true)).resolves.toBe('from the worker');
      expect(viaWorker).toHaveBeenCalledTimes(1);
    }
  });

  it('passes on the document’s own errors without asking again', async () => {
    const viaWorker = worker();
    await expect(documentFirst(() => Promise.reject(new InvalidMessageError('invalid search request')), viaWorker, true)).rejects.toThrow('invalid search request');
    expect(viaWorker).not.toHaveBeenCalled();
  });

  it('asks only the worker from a content script or in Firefox', async () => {
    const direct = vi.fn(async () => 'from the document');
    const viaWorker = worker();
    await expect(documentFirst(direct, viaWorker, false)).resolves.toBe('from the worker');
    // In Node there is no extension page: the default is the worker too.
    await expect(documentFirst(direct, viaWorker)).resolves.toBe('from the worker');
    expect(direct).not.toHaveBeenCalled();
  });
});
