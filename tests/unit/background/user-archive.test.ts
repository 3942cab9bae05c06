import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type MiniSearch from 'minisearch';
import type { ArchiveArticle } from '../../../lib/search/archive-types.ts';
import { encodeIndex } from '../../../lib/search/compact-index.ts';
import { toIndexedDocument, type IndexedDocument } from '../../../lib/search/index-config.ts';
import { searchArchive } from '../../../lib/search/search.ts';
import { fullArticle } from '../../../lib/search/stored-article.ts';
import type { OfficialEntry } from '../../../lib/entities/types.ts';
import { article, smallArchive } from '../helpers/small-archive.ts';
import { seedArchive } from '../helpers/seed-archive.ts';

/** A fresh worker: module state gone, the database (the browser profile) kept unless reset. */
async function wake() {
  vi.resetModules();
  const userArchive = await import('../../../entrypoints/background/user-archive.ts');
  const store = await import('../../../archive-store/index.ts');
  return { userArchive, store };
}

function userArticle(id: string, title: string, extra: Partial<ArchiveArticle> = {}): ArchiveArticle {
  return { ...article(id, title, [`${title}. Talks continued in Lankaran.`]), entities: [], ...extra };
}

const bundleArticles = [article('b1', 'Bundled story about Lisbon', ['Lisbon harbour news.'])];

beforeEach(async () => {
  const { store } = await wake();
  for (const s of await store.listSources()) await store.removeSource(s.id);
});

describe('the user archive joined to the bundle', () => {
  it('searches imported articles with the bundle, and follows additions and removals', async () => {
    const { userArchive, store } = await wake();
    let archive = await userArchive.withUserArchive(smallArchive(bundleArticles));
    expect(searchArchive(archive, { query: 'Lankaran' }).total).toBe(0);

    await store.commitArticles({ source: { id: 's1', kind: 'import', label: 'a.jsonl' }, articles: [userArticle('u1', 'Caspian gas deal')], errors: [] });
    archive = await userArchive.refreshUserArchive(archive);
    expect(searchArchive(archive, { query: 'Lankaran' }).hits.map((h) => h.id)).toEqual(['u1']);
    expect(searchArchive(archive, { query: 'Lisbon' }).hits.map((h) => h.id)).toEqual(['b1']);
    expect(archive.file.articleCount).toBe(2);
    // The user's article is held without its text, which is read from the store when shown.
    expect(archive.texts.text('u1').body).toEqual([]);
    await archive.texts.load(['u1']);
    expect(fullArticle(archive.byId.get('u1')!, archive.texts.text('u1'))).toEqual(userArticle('u1', 'Caspian gas deal'));

    await store.removeSource('s1');
    archive = await userArchive.refreshUserArchive(archive);
    expect(searchArchive(archive, { query: 'Lankaran' }).total).toBe(0);
    expect(archive.file.articleCount).toBe(1);
  });

  it('a wake holds the user’s articles without their text, and an answer reads the texts it shows from the store', async () => {
    const first = await wake();
    await first.store.commitArticles({ source: { id: 's1', kind: 'import', label: 'a.jsonl' }, articles: [userArticle('u3', 'Caspian ferry', { body: ['The ferry sails from Alat at dawn.'] }), userArticle('u4', 'Baku port')], errors: [] });
    const { userArchive, store } = await wake();
    const read = vi.spyOn(store, 'readTexts');
    const archive = await userArchive.withUserArchive(smallArchive(bundleArticles));
    expect(archive.byId.get('u3')).not.toHaveProperty('body');
    const answer = await archive.texts.answer(() => searchArchive(archive, { query: 'ferry' }));
    expect(answer.hits.map((h) => h.id)).toEqual(['u3']);
    expect(answer.hits[0]!.snippet.text).toContain('sails from Alat');
    expect(read.mock.calls).toEqual([[['u3']]]);
  });

  it('a new wake loads the stored index snapshot instead of indexing the user articles again', async () => {
    const first = await wake();
    const archive = await first.userArchive.withUserArchive(smallArchive(bundleArticles));
    await first.store.commitArticles({ source: { id: 's1', kind: 'import', label: 'a.jsonl' }, articles: [userArticle('u2', 'Pipeline talks')], errors: [] });
    await first.userArchive.refreshUserArchive(archive);
    // Written once the archive has been quiet for a moment (SNAPSHOT_DELAY_MS).
    await vi.waitFor(async () => expect(await first.store.readSnapshot()).toMatchObject({ changes: await first.store.readChanges() }), { timeout: 10_000, interval: 200 });

    const second = await wake();
    const bundle = smallArchive(bundleArticles);
    const woken = await second.userArchive.withUserArchive(bundle);
    expect(searchArchive(woken, { query: 'Lankaran' }).hits.map((h) => h.id)).toEqual(['u2']);
    // The bundle's own index was not touched: the user's articles came with the snapshot.
    expect(bundle.index.documentCount).toBe(1);
    expect(woken.index.documentCount).toBe(2);
  }, 20_000);

  it('a new wake takes the records from the snapshot: none read from the store, each the same as the last wake held', async () => {
    const first = await wake();
    const archive = await first.userArchive.withUserArchive(smallArchive(bundleArticles));
    const odd = userArticle('u5', 'Bayramov: “səfir” — e\u0301 👩🏽‍⚕️ مرحبا', {
      date: '2026-04-20', time: '17:41', source: 'Trend', url: 'https://trend.az/x', altTitles: [{ lang: 'az', title: 'Bayramov səfiri qəbul edib' }],
      entities: [{ id: 'country:AZ', count: 2, first: 0, length: 10 }], sidebar: ['Latest'],
    });
    await first.store.commitArticles({ source: { id: 's1', kind: 'import', label: 'a.jsonl' }, articles: [odd, userArticle('u6', 'Pipeline talks')], errors: [] });
    const held = await first.userArchive.refreshUserArchive(archive);
    await vi.waitFor(async () => expect(await first.store.readSnapshot()).toMatchObject({ changes: await first.store.readChanges(), records: [{ count: 2 }] }), { timeout: 10_000, interval: 200 });

    const second = await wake();
    const reads = [vi.spyOn(second.store, 'readAllRecords'), vi.spyOn(second.store, 'readAllArticles')];
    const woken = await second.userArchive.withUserArchive(smallArchive(bundleArticles));
    expect(reads.map((r) => r.mock.calls.length)).toEqual([0, 0]);
    expect(woken.byId.get('u5')).toEqual(held.byId.get('u5'));
    expect(woken.byId.get('u6')).toEqual(held.byId.get('u6'));
    expect(woken.file.articleCount).toBe(3);
    await woken.texts.load(['u5']);
    expect(fullArticle(woken.byId.get('u5')!, woken.texts.text('u5'))).toEqual(odd);

    // A snapshot written before records were kept in it: the wake reads the records, not the texts.
    const snapshot = await second.store.readSnapshot();
    expect(snapshot).toHaveProperty('records');
    if (typeof snapshot === 'object' && snapshot !== null) Reflect.deleteProperty(snapshot, 'records');
    await second.store.writeSnapshot(snapshot);
    const third = await wake();
    const thirdReads = [vi.spyOn(third.store, 'readAllRecords'), vi.spyOn(third.store, 'readAllArticles')];
    const again = await third.userArchive.withUserArchive(smallArchive(bundleArticles));
    expect(thirdReads.map((r) => r.mock.calls.length)).toEqual([1, 0]);
    expect(again.byId.get('u5')).toEqual(held.byId.get('u5'));
    expect(searchArchive(again, { query: 'Pipeline' }).hits.map((h) => h.id)).toEqual(['u6']);
    // And writes a snapshot with them, for the next wake.
    await vi.waitFor(async () => expect(await third.store.readSnapshot()).toMatchObject({ records: [{ count: 2 }] }), { timeout: 10_000, interval: 200 });
  }, 30_000);

  it('a snapshot whose index changed while it was encoded is not stored; the one the change scheduled is, and a wake loads it', async () => {
    // Every pause of the encoding a task of its own (a zero slice); the first runs `midway`.
    let midway: (() => Promise<void>) | null = null;
    vi.doMock('../../../lib/search/index-in-slices.ts', async (importOriginal) => ({
      ...(await importOriginal<typeof import('../../../lib/search/index-in-slices.ts')>()),
      SLICE_MS: 0,
      nextTask: async () => {
        const run = midway;
        midway = null;
        await run?.();
      },
    }));
    try {
      const first = await wake();
      // The bundle built by this wake's modules: an index loaded by another copy of
      // lib/search/compact-index.ts is not one it encodes in slices (`instanceof`).
      const { smallArchive: wakeSmallArchive } = await import('../helpers/small-archive.ts');
      let archive = await first.userArchive.withUserArchive(wakeSmallArchive(bundleArticles));
      await first.store.commitArticles({ source: { id: 's1', kind: 'import', label: 'a.jsonl' }, articles: [userArticle('u1', 'Caspian gas deal')], errors: [] });
      archive = await first.userArchive.refreshUserArchive(archive);
      const writes = vi.spyOn(first.store, 'writeSnapshot');
      // While the snapshot of u1 is being encoded, another import stores u2 and the archive follows it.
      midway = async () => {
        await first.store.commitArticles({ source: { id: 's2', kind: 'import', label: 'b.jsonl' }, articles: [userArticle('u2', 'Pipeline talks')], errors: [] });
        archive = await first.userArchive.refreshUserArchive(archive);
      };
      await vi.waitFor(() => expect(writes).toHaveBeenCalled(), { timeout: 10_000, interval: 200 });
      expect(midway).toBeNull();
      expect(writes.mock.calls.map(([snapshot]) => snapshot)).toMatchObject([{ changes: await first.store.readChanges() }]);

      const second = await wake();
      const bundle = smallArchive(bundleArticles);
      const woken = await second.userArchive.withUserArchive(bundle);
      expect(searchArchive(woken, { query: 'Lankaran' }).hits.map((h) => h.id).sort()).toEqual(['u1', 'u2']);
      // From the snapshot: the bundle's own index was not touched.
      expect(bundle.index.documentCount).toBe(1);
    } finally {
      vi.doUnmock('../../../lib/search/index-in-slices.ts');
    }
  }, 20_000);

  it('a snapshot whose index is of compact format 1 (stored before postings were kept apart) is loaded, not indexed again', async () => {
    const fixture: { index: unknown } = JSON.parse(readFileSync(new URL('../../fixtures/search/compact-index-format-1.json', import.meta.url), 'utf8'));
    const first = await wake();
    await first.store.commitArticles({ source: { id: 's1', kind: 'import', label: 'a.jsonl' }, articles: [userArticle('u4', 'Harbour talks')], errors: [] });
    const bundle = smallArchive(bundleArticles);
    // The fixture's index stands for the snapshot of this state: what the wake searches tells where its index came from.
    await first.store.writeSnapshot({ bundleVersion: bundle.file.version, changes: await first.store.readChanges(), index: fixture.index });

    const second = await wake();
    const woken = await second.userArchive.withUserArchive(bundle);
    expect(woken.index).not.toBe(bundle.index);
    expect(woken.index.search('pipeline').length).toBeGreaterThan(0);
    expect(bundle.index.documentCount).toBe(1);
  });

  it.each([
    ['of the earlier shape (MiniSearch\'s JSON as a string)', (index: MiniSearch<IndexedDocument>) => JSON.stringify(index)],
    ['that is corrupt', (index: MiniSearch<IndexedDocument>) => {
      const compact = encodeIndex(index.toJSON());
      return { ...compact, numbers: compact.numbers.slice(0, -5) };
    }],
  ])('a snapshot %s is ignored: the wake indexes the user articles again', async (_label, stored) => {
    const first = await wake();
    await first.store.commitArticles({ source: { id: 's1', kind: 'import', label: 'a.jsonl' }, articles: [userArticle('u4', 'Harbour talks')], errors: [] });
    // What a snapshot of both would hold, in the shape under test, for the current state of the store.
    const both = smallArchive(bundleArticles).index;
    both.add(toIndexedDocument(userArticle('u4', 'Harbour talks')));
    const bundle = smallArchive(bundleArticles);
    await first.store.writeSnapshot({ bundleVersion: bundle.file.version, changes: await first.store.readChanges(), index: stored(both) });

    const second = await wake();
    const woken = await second.userArchive.withUserArchive(bundle);
    expect(searchArchive(woken, { query: 'Lankaran' }).hits.map((h) => h.id)).toEqual(['u4']);
    // Indexed again into the bundle's index, not loaded from the snapshot.
    expect(bundle.index.documentCount).toBe(2);
    expect(woken.index).toBe(bundle.index);
  });

  it('a new wake takes the learned officials’ compiled names from the snapshot instead of compiling them again', async () => {
    const learned: OfficialEntry = {
      slug: 'nora-kestrel', name: 'Nora Kestrel', aliases: ['N. Kestrel'], articleIds: ['u7'],
      roles: [{ role: 'Foreign Minister', country: 'AZ', asOf: '2026-02-01', origin: 'archive', articleId: 'u7' }],
    };
    const first = await wake();
    const archive = await first.userArchive.withUserArchive(seedArchive());
    await first.store.commitArticles({ source: { id: 's3', kind: 'import', label: 'c.jsonl' }, articles: [userArticle('u7', 'Foreign Minister Nora Kestrel')], errors: [], learned: [learned] });
    const held = await first.userArchive.refreshUserArchive(archive);
    await vi.waitFor(async () => expect(await first.store.readSnapshot()).toMatchObject({ changes: await first.store.readChanges(), names: held.file.knowledge?.compiled }), { timeout: 10_000, interval: 200 });

    const second = await wake();
    const compiling = vi.spyOn(await import('../../../lib/entities/building/compile-names.ts'), 'compileNames');
    const woken = await second.userArchive.withUserArchive(seedArchive());
    expect(compiling).not.toHaveBeenCalled();
    expect(woken.file.knowledge?.compiled).toEqual(held.file.knowledge?.compiled);
    expect(woken.file.knowledge?.officials.find((o) => o.slug === 'nora-kestrel')?.aliases).toEqual(['N. Kestrel']);
  }, 60_000);

  it('officials learned from a source join the knowledge until the source is removed', async () => {
    const { userArchive, store } = await wake();
    const bundle = seedArchive();
    const learned: OfficialEntry = {
      slug: 'nora-kestrel', name: 'Nora Kestrel', aliases: [], articleIds: ['u3'],
      roles: [{ role: 'Foreign Minister', country: 'AZ', asOf: '2026-02-01', origin: 'archive', articleId: 'u3' }],
    };
    await store.commitArticles({ source: { id: 's2', kind: 'import', label: 'b.jsonl' }, articles: [userArticle('u3', 'Foreign Minister Nora Kestrel')], errors: [], learned: [learned] });
    let archive = await userArchive.withUserArchive(bundle);
    expect(archive.file.knowledge?.officials.find((o) => o.slug === 'nora-kestrel')?.roles[0]?.role).toBe('Foreign Minister');
    expect(archive.file.version).not.toBe(bundle.file.version);
    await store.removeSource('s2');
    archive = await userArchive.refreshUserArchive(archive);
    expect(archive.file.knowledge?.officials.some((o) => o.slug === 'nora-kestrel')).toBe(false);
    // Building the seed archive's knowledge takes seconds on a busy machine.
  }, 60_000);
});
