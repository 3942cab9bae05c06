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

describe('which tab a sender may ask about', () => {
  beforeEach(() => fakeBrowser.reset());
  const summary = { status: 'waiting' as const, url: null };

  it('answers a content script about its own tab', async () => {
    const handler = vi.fn(async () => summary);
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 0, url: 'https://news.example/a' };
    await expect(guarded('getTabSummary', handler)({ data: { tabId: 7 }, sender })).resolves.toBe(summary);
    expect(handler).toHaveBeenCalledWith({ tabId: 7 }, sender);
  });

  it("refuses a content script that asks about another tab (its URL, title and names)", async () => {
    const handler = vi.fn(async () => summary);
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 3, url: 'https://evil.example/frame' };
    const answer = guarded('getTabSummary', handler)({ data: { tabId: 8 }, sender });
    await expect(answer).rejects.toThrow(RefusedSenderError);
    await expect(answer).rejects.toThrow(/getTabSummary: a content script may ask only about its own tab/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a sender with no URL and no tab that names a tab', async () => {
    const handler = vi.fn(async () => summary);
    await expect(guarded('getTabSummary', handler)({ data: { tabId: 8 }, sender: { id: fakeBrowser.runtime.id } })).rejects.toThrow(RefusedSenderError);
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers extension pages (the popup, the reader) about any tab', async () => {
    const handler = vi.fn(async () => summary);
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const reader = { id: fakeBrowser.runtime.id, tab: { id: 2 }, url: fakeBrowser.runtime.getURL('/reader.html#/search?q=x') };
    await expect(guarded('getTabSummary', handler)({ data: { tabId: 8 }, sender: popup })).resolves.toBe(summary);
    await expect(guarded('getTabSummary', handler)({ data: { tabId: 8 }, sender: reader })).resolves.toBe(summary);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('leaves requests that name no tab to the sender rules above (a content script may still ask for cards)', async () => {
    const handler = vi.fn(async (data: { prefix: string }) => [data.prefix]);
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 7 }, url: 'https://news.example/a' };
    await expect(guarded('suggest', handler)({ data: { prefix: 'ser' }, sender })).resolves.toEqual(['ser']);
  });
});
