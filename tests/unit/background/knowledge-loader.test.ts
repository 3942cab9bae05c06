import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Knowledge, OfficialEntry } from '../../../lib/entities/types.ts';
import { article } from '../helpers/small-archive.ts';

const bundled: Knowledge = {
  format: 1,
  countries: [{ code: 'AZ', name: 'Azerbaijan', names: { name: ['Azerbaijan'] } }],
  officials: [],
};

/** A fresh worker: module state gone, the database and local storage (the profile) kept. */
async function wake() {
  vi.resetModules();
  return {
    loader: await import('../../../entrypoints/background/knowledge-loader.ts'),
    store: await import('../../../archive-store/index.ts'),
    stored: await import('../../../storage/page-knowledge.ts'),
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  // The bundled knowledge file, as the build writes it.
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ format: 1, version: 'bundle1', knowledge: bundled })));
  const { store } = await wake();
  for (const s of await store.listSources()) await store.removeSource(s.id);
});

afterEach(() => vi.unstubAllGlobals());

describe('the knowledge the worker stores for pages', () => {
  it('is what it serves, and follows what the user’s sources teach', async () => {
    const { loader, store, stored } = await wake();
    await loader.restorePageKnowledge();
    expect(await stored.readPageKnowledge()).toEqual({ version: 'bundle1', knowledge: bundled });

    const learned: OfficialEntry = {
      slug: 'nora-kestrel', name: 'Nora Kestrel', aliases: [], articleIds: ['u1'],
      roles: [{ role: 'Foreign Minister', country: 'AZ', asOf: '2026-02-01', origin: 'archive', articleId: 'u1' }],
    };
    const u1 = { ...article('u1', 'Foreign Minister Nora Kestrel', ['Talks.']), entities: [] };
    await store.commitArticles({ source: { id: 's1', kind: 'import', label: 'a.jsonl' }, articles: [u1], errors: [], learned: [learned] });
    await loader.storeServedKnowledge();
    const withLearned = await stored.readPageKnowledge();
    expect(withLearned).toEqual(await loader.handleGetKnowledge());
    expect(withLearned?.version).not.toBe('bundle1');
    expect(withLearned?.knowledge?.officials.map((o) => o.slug)).toContain('nora-kestrel');

    await store.removeSource('s1');
    await (await wake()).loader.storeServedKnowledge();
    expect(await stored.readPageKnowledge()).toEqual({ version: 'bundle1', knowledge: bundled });
  });

  it('is removed when it cannot be written, so pages ask the background', async () => {
    const { loader, stored } = await wake();
    await loader.restorePageKnowledge();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ format: 1, version: 'bundle2', knowledge: bundled })));
    await (await wake()).loader.storeServedKnowledge();
    expect(await stored.readPageKnowledge()).toBeNull();
  });
});
