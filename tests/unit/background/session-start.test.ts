import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** A background start: module state gone, storage (session storage included) kept. */
async function start() {
  vi.resetModules();
  return import('../../../entrypoints/background/session-start.ts');
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('work done once per browser session, not at every wake', () => {
  it('runs at the first start, not at a wake, and again once the session storage is emptied (a browser restart, an update)', async () => {
    const task = vi.fn(async () => {});
    await (await start()).oncePerSession([task]);
    expect(task).toHaveBeenCalledTimes(1);
    await (await start()).oncePerSession([task]);
    await (await start()).oncePerSession([task]);
    expect(task).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.session.clear();
    await (await start()).oncePerSession([task]);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('runs every task though one fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const after = vi.fn(async () => {});
    await (await start()).oncePerSession([async () => Promise.reject(new Error('quota')), after]);
    expect(after).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('runs again at the next start when the background stopped before the work was done', async () => {
    const never = vi.fn(() => new Promise<void>(() => {}));
    void (await start()).oncePerSession([never]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const task = vi.fn(async () => {});
    await (await start()).oncePerSession([task]);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
