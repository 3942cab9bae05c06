import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guarded, RefusedSenderError } from '../../../entrypoints/background/guard.ts';
import { InvalidMessageError } from '../../../lib/messages/define-protocol.ts';

describe('who may ask the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers this extension with the validated data and the sender', async () => {
    const handler = vi.fn(async (data: { prefix: string }) => [data.prefix.toUpperCase()]);
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 2 };
    await expect(guarded('suggest', handler)({ data: { prefix: 'ser' }, sender })).resolves.toEqual(['SER']);
    expect(handler).toHaveBeenCalledWith({ prefix: 'ser' }, sender);
  });

  it('refuses another extension before reading its data', async () => {
    const handler = vi.fn(async () => []);
    const answer = guarded('suggest', handler)({ data: { prefix: 'ser' }, sender: { id: 'some-other-extension' } });
    await expect(answer).rejects.toThrow(RefusedSenderError);
    await expect(answer).rejects.toThrow(/suggest: message from another extension refused/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a sender without an id (a web page through an externally_connectable hole)', async () => {
    const handler = vi.fn(async () => []);
    await expect(guarded('suggest', handler)({ data: { prefix: 'x' }, sender: {} })).rejects.toThrow(RefusedSenderError);
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers malformed data with a readable error and never calls the handler', async () => {
    const handler = vi.fn(async () => null);
    const answer = guarded('getArticle', handler)({ data: { id: 42 }, sender: { id: fakeBrowser.runtime.id } });
    await expect(answer).rejects.toThrow(InvalidMessageError);
    await expect(answer).rejects.toThrow(/^invalid getArticle request at id/);
    expect(handler).not.toHaveBeenCalled();
  });
});
