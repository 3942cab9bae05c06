import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askWorker, viaOffscreen } from '../../../entrypoints/background/archive-route.ts';

const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

describe('a request forwarded to the offscreen document', () => {
  let created: number;
  beforeEach(() => {
    vi.useFakeTimers();
    created = 0;
    // A document already there: Chrome refuses a second one with these words.
    Object.assign(fakeBrowser, {
      offscreen: {
        createDocument: async () => {
          created++;
          throw new Error('Only a single offscreen document may be created.');
        },
      },
    });
  });
  afterEach(() => vi.useRealTimers());

  it('is answered once a document that is still loading starts listening', async () => {
    const send = vi.fn<() => Promise<string>>();
    send.mockRejectedValueOnce(NO_RECEIVER).mockRejectedValueOnce(NO_RECEIVER).mockRejectedValueOnce(NO_RECEIVER).mockResolvedValue('results');
    const answer = viaOffscreen(send);
    await vi.runAllTimersAsync();
    await expect(answer).resolves.toBe('results');
    expect(send).toHaveBeenCalledTimes(4);
    expect(created).toBe(1);
  });

  it('gives up with the browser’s words after about 3 s of no listener', async () => {
    const send = vi.fn<() => Promise<string>>().mockRejectedValue(NO_RECEIVER);
    const answer = viaOffscreen(send);
    const settled = expect(answer).rejects.toThrow(/Receiving end does not exist/);
    await vi.runAllTimersAsync();
    await settled;
    expect(send).toHaveBeenCalledTimes(7);
  });

  it('passes on any other error at once, without retrying', async () => {
    const send = vi.fn<() => Promise<string>>().mockRejectedValue(new Error('InvalidMessageError'));
    await expect(viaOffscreen(send)).rejects.toThrow('InvalidMessageError');
    expect(send).toHaveBeenCalledTimes(1);
    expect(created).toBe(0);
  });
});

describe('the offscreen document asking the worker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks again when the worker was stopped before it answered', async () => {
    const send = vi.fn<() => Promise<boolean>>();
    send.mockRejectedValueOnce(new Error('The message port closed before a response was received.')).mockResolvedValue(true);
    const answer = askWorker(send);
    await vi.runAllTimersAsync();
    await expect(answer).resolves.toBe(true);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('passes on any other error at once', async () => {
    const send = vi.fn<() => Promise<boolean>>().mockRejectedValue(new Error('only the offscreen document asks this'));
    await expect(askWorker(send)).rejects.toThrow('only the offscreen document asks this');
    expect(send).toHaveBeenCalledTimes(1);
  });
});
