import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArchiveHandlers } from '../../../entrypoints/background/archive-handlers.ts';
import { channelAnswerer, inProcessAnswerer } from '../../../entrypoints/offscreen/direct-requests.ts';
import { askArchive, documentFirst } from '../../../lib/messages/archive-client.ts';
import { toBackground } from '../../../lib/messages/background-protocol.ts';
import { ARCHIVE_CHANNEL, type ChannelReply } from '../../../lib/messages/direct-protocol.ts';
import type { SearchResponse } from '../../../lib/search/search.ts';

/** The offscreen document's own origin, which Dossier's pages share. */
const ORIGIN = 'chrome-extension://dossier-test-id';
const answer: SearchResponse = { query: 'Baku', total: 0, hits: [], queryEntities: [] };

function handlers() {
  const search = vi.fn(async (request: { query: string }) => ({ ...answer, query: request.query }));
  // Only search is asked here; the others fail loudly if reached.
  const unexpected = async () => {
    throw new Error('not asked in this test');
  };
  const all: ArchiveHandlers = {
    search,
    suggest: unexpected,
    getArticle: unexpected,
    getArchiveInfo: unexpected,
    getRelatedToArticle: unexpected,
    getEntityCard: unexpected,
    getEntityCards: unexpected,
    rankTab: unexpected,
    archiveChanged: unexpected,
    getBundleDedupKeys: unexpected,
    saveArticle: unexpected,
    getDefaultArchive: unexpected,
    listDefaultArticles: unexpected,
    forgetArchive: unexpected,
  };
  return { search, all };
}

async function heard(from: string, message: unknown) {
  const { search, all } = handlers();
  const replies: ChannelReply[] = [];
  await channelAnswerer(ORIGIN, all)(from, message, (reply) => replies.push(reply));
  return { search, replies };
}

describe('the offscreen document answering pages on the archive’s channel', () => {
  it('acknowledges a page’s request at once, then answers it with the validated request', async () => {
    const { search, replies } = await heard(ORIGIN, { id: 'r1', name: 'search', data: { query: 'Baku' } });
    expect(replies).toEqual([{ id: 'r1', kind: 'ack' }, { id: 'r1', kind: 'res', res: answer }]);
    expect(search).toHaveBeenCalledWith({ query: 'Baku' });
  });

  it('never answers another origin: a content script’s channel is its web page’s', async () => {
    const { search, replies } = await heard('https://news.example', { id: 'r1', name: 'search', data: { query: 'Baku' } });
    expect(replies).toEqual([]);
    expect(search).not.toHaveBeenCalled();
    expect((await heard(`${ORIGIN}.evil.example`, { id: 'r1', name: 'search', data: { query: 'Baku' } })).replies).toEqual([]);
  });

  it('validates as the worker’s guard does: a malformed request is answered with the guard’s error, unread', async () => {
    for (const data of [{ query: 'Baku', limit: -1 }, { query: 'Baku', extra: true }, { query: 42 }]) {
      const { search, replies } = await heard(ORIGIN, { id: 'r2', name: 'search', data });
      expect(replies[1]).toMatchObject({ id: 'r2', kind: 'err', err: { name: 'InvalidMessageError', message: expect.stringMatching(/^invalid search request/) } });
      expect(search).not.toHaveBeenCalled();
    }
  });

  it('ignores what is not a request it answers: other answers on the channel, unknown or worker-only names', async () => {
    for (const message of [{ id: 'r3', kind: 'ack' }, { id: 'r3', name: 'saveArticle', data: {} }, { id: 'r3', name: 'archiveChanged' }, 'search', null]) {
      expect((await heard(ORIGIN, message)).replies).toEqual([]);
    }
  });
});

describe('the offscreen document answering pages in its own process', () => {
  it('answers a call with the validated request’s result', async () => {
    const { search, all } = handlers();
    await expect(inProcessAnswerer(all).ask('search', { query: 'Baku' })).resolves.toEqual({ kind: 'res', res: answer });
    expect(search).toHaveBeenCalledWith({ query: 'Baku' });
  });

  it('validates as on the channel: a malformed request is answered with the guard’s error, unread', async () => {
    const { search, all } = handlers();
    await expect(inProcessAnswerer(all).ask('search', { query: 'Baku', extra: true })).resolves.toMatchObject({
      kind: 'err',
      err: { name: 'InvalidMessageError', message: expect.stringMatching(/^invalid search request/) },
    });
    expect(search).not.toHaveBeenCalled();
  });
});

describe('a page asking the archive', () => {
  const channels: BroadcastChannel[] = [];
  afterEach(() => {
    for (const c of channels.splice(0)) c.close();
  });
  /** A document on the channel (Node has BroadcastChannel too), answering as the offscreen document does. */
  function documentOnChannel() {
    const { search, all } = handlers();
    const channel = new BroadcastChannel(ARCHIVE_CHANNEL);
    channels.push(channel);
    const answerer = channelAnswerer(ORIGIN, all);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      void answerer(ORIGIN, event.data, (reply) => channel.postMessage(reply));
    };
    return search;
  }
  const worker = () => vi.fn(async () => ({ ...answer, query: 'from the worker' }));
  const schema = toBackground.search.response;

  it('takes the document’s answer when it is there, without asking the worker', async () => {
    const search = documentOnChannel();
    const viaWorker = worker();
    await expect(documentFirst('search', { query: 'Baku' }, schema, viaWorker, { direct: true, ackMs: 500, answerMs: 5000 })).resolves.toEqual(answer);
    expect(search).toHaveBeenCalledTimes(1);
    expect(viaWorker).not.toHaveBeenCalled();
  });

  it('calls the document in its process first, and takes a copy of its answer, without the channel or the worker', async () => {
    const { search, all } = handlers();
    const returned = { ...answer, hits: [] };
    search.mockResolvedValueOnce(returned);
    const viaWorker = worker();
    const got = await documentFirst('search', { query: 'Baku' }, schema, viaWorker, { direct: true, ackMs: 30, answerMs: 5000, inProcess: () => inProcessAnswerer(all) });
    expect(got).toEqual(returned);
    expect(got).not.toBe(returned);
    expect(got.hits).not.toBe(returned.hits);
    expect(viaWorker).not.toHaveBeenCalled();
  });

  it('passes on the in-process document’s errors, by name, without asking again', async () => {
    const { all } = handlers();
    const viaWorker = worker();
    const refused = documentFirst('search', { query: 42 }, schema, viaWorker, { direct: true, ackMs: 30, answerMs: 5000, inProcess: () => inProcessAnswerer(all) });
    await expect(refused).rejects.toThrow(/^invalid search request/);
    await expect(refused).rejects.toMatchObject({ name: 'InvalidMessageError' });
    expect(viaWorker).not.toHaveBeenCalled();
  });

  it('asks on the channel when no document runs in this process', async () => {
    const search = documentOnChannel();
    const viaWorker = worker();
    await expect(documentFirst('search', { query: 'Baku' }, schema, viaWorker, { direct: true, ackMs: 500, answerMs: 5000, inProcess: () => undefined })).resolves.toEqual(answer);
    expect(search).toHaveBeenCalledTimes(1);
    expect(viaWorker).not.toHaveBeenCalled();
  });

  it('asks the worker when no document acknowledges in time (none yet, or one still loading)', async () => {
    const viaWorker = worker();
    await expect(documentFirst('search', { query: 'Baku' }, schema, viaWorker, { direct: true, ackMs: 30, answerMs: 5000 })).resolves.toMatchObject({ query: 'from the worker' });
    expect(viaWorker).toHaveBeenCalledTimes(1);
  });

  it('asks the worker when the document acknowledged and never answered (closed mid-answer), and ignores a late answer', async () => {
    const closing = new BroadcastChannel(ARCHIVE_CHANNEL);
    channels.push(closing);
    const heardIds: string[] = [];
    closing.onmessage = (event: MessageEvent<{ id: string }>) => {
      heardIds.push(event.data.id);
      closing.postMessage({ id: event.data.id, kind: 'ack' });
    };
    const viaWorker = worker();
    await expect(documentFirst('search', { query: 'Baku' }, schema, viaWorker, { direct: true, ackMs: 500, answerMs: 50 })).resolves.toMatchObject({ query: 'from the worker' });
    expect(viaWorker).toHaveBeenCalledTimes(1);
    // The answer that comes after all settles nothing twice.
    closing.postMessage({ id: heardIds[0], kind: 'res', res: answer });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(viaWorker).toHaveBeenCalledTimes(1);
  });

  it('asks once more when the worker was stopped before it answered, and not for any other failure', async () => {
    const gone = new Error('The message port closed before a response was received.');
    const stoppedOnce = vi.fn().mockRejectedValueOnce(gone).mockResolvedValueOnce({ ...answer, query: 'from the woken worker' });
    await expect(documentFirst('search', { query: 'Baku' }, schema, stoppedOnce, { direct: false, ackMs: 30, answerMs: 5000 })).resolves.toMatchObject({ query: 'from the woken worker' });
    expect(stoppedOnce).toHaveBeenCalledTimes(2);
    // Twice gone: the user is told.
    const stoppedTwice = vi.fn().mockRejectedValue(gone);
    await expect(documentFirst('search', { query: 'Baku' }, schema, stoppedTwice, { direct: false, ackMs: 30, answerMs: 5000 })).rejects.toBe(gone);
    expect(stoppedTwice).toHaveBeenCalledTimes(2);
    const refused = vi.fn().mockRejectedValue(Object.assign(new Error('invalid search request'), { name: 'InvalidMessageError' }));
    await expect(documentFirst('search', { query: 'Baku' }, schema, refused, { direct: false, ackMs: 30, answerMs: 5000 })).rejects.toMatchObject({ name: 'InvalidMessageError' });
    expect(refused).toHaveBeenCalledTimes(1);
  });

  it('passes on the document’s own errors, by name, without asking again', async () => {
    documentOnChannel();
    const viaWorker = worker();
    const refused = documentFirst('search', { query: 42 }, schema, viaWorker, { direct: true, ackMs: 500, answerMs: 5000 });
    await expect(refused).rejects.toThrow(/^invalid search request/);
    await expect(refused).rejects.toMatchObject({ name: 'InvalidMessageError' });
    expect(viaWorker).not.toHaveBeenCalled();
  });

  it('asks the worker again when an answer on the channel does not match the protocol', async () => {
    const impostor = new BroadcastChannel(ARCHIVE_CHANNEL);
    channels.push(impostor);
    impostor.onmessage = (event: MessageEvent<{ id: string }>) => impostor.postMessage({ id: event.data.id, kind: 'res', res: { hits: 'not a list' } });
    const viaWorker = worker();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(documentFirst('search', { query: 'Baku' }, schema, viaWorker, { direct: true, ackMs: 500, answerMs: 5000 })).resolves.toMatchObject({ query: 'from the worker' });
    expect(viaWorker).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/search answer on its channel does not match the protocol/));
    warn.mockRestore();
  });

  it('asks only the worker from a content script or in Firefox, and by default in Node (no extension page)', async () => {
    const search = documentOnChannel();
    const viaWorker = worker();
    await expect(documentFirst('search', { query: 'Baku' }, schema, viaWorker, { direct: false, ackMs: 500, answerMs: 5000 })).resolves.toMatchObject({ query: 'from the worker' });
    await expect(askArchive.search({ query: 'Baku' }).catch(() => 'the worker was asked')).resolves.toBe('the worker was asked');
    expect(search).not.toHaveBeenCalled();
  });
});
