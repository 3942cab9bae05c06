import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LoadedArchive } from '../../../lib/search/archive.ts';
import { buildArchive, serializeArchive } from '../../../lib/search/archive.ts';
import { article } from '../helpers/small-archive.ts';

/** Refreshes the test finishes one by one, and how many were started. */
const refreshes: Array<() => void> = [];
vi.mock('../../../entrypoints/background/user-archive.ts', () => ({
  withUserArchive: async (bundle: LoadedArchive) => bundle,
  readUserKeys: async () => ({ ids: [], learned: [], changes: 0 }),
  refreshUserArchive: (current: LoadedArchive) => new Promise<LoadedArchive>((resolve) => refreshes.push(() => resolve(current))),
}));

const bundleJson = serializeArchive(buildArchive({ articles: [article('b1', 'Bundled', ['Body.'])], knowledge: null }));

beforeEach(() => {
  fakeBrowser.reset();
  refreshes.length = 0;
  vi.stubGlobal('fetch', async () => new Response(bundleJson));
});

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('refreshing the user archive after changes', () => {
  it('runs one refresh at a time; changes announced meanwhile share the one after it', async () => {
    vi.resetModules();
    const loader = await import('../../../entrypoints/background/archive-loader.ts');
    await loader.getArchive();
    const first = loader.reloadUserArchive();
    await settle();
    const second = loader.reloadUserArchive();
    const third = loader.reloadUserArchive();
    expect(third).toBe(second);
    await settle();
    expect(refreshes).toHaveLength(1);

    refreshes[0]!();
    await first;
    await settle();
    // The second refresh starts after the first: it reads what the second and third announced.
    expect(refreshes).toHaveLength(2);
    refreshes[1]!();
    expect((await second).file.articleCount).toBe(1);
    // Meanwhile-free again: the next change starts its own refresh at once, which the next answer waits for.
    const fourth = loader.reloadUserArchive();
    const answer = loader.getArchive();
    await settle();
    expect(refreshes).toHaveLength(3);
    refreshes[2]!();
    expect(await answer).toBe(await fourth);
  });
});
