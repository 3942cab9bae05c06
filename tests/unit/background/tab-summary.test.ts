import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seedArchive } from '../helpers/seed-archive.ts';
import type { LoadedArchive } from '../../../lib/search/archive.ts';

const archiveLoader = vi.hoisted(() => ({ getArchive: vi.fn<() => Promise<LoadedArchive>>() }));
vi.mock('../../../entrypoints/background/archive-loader.ts', () => archiveLoader);

const { handleGetTabSummary, handleReportPageEntities } = await import('../../../entrypoints/background/handlers.ts');

const page = {
  url: 'https://news.example/serbia-gas',
  title: 'Serbia wants more Azerbaijani gas',
  entities: [
    { id: 'official:ivica-dacic', count: 2, first: 0, name: 'Ivica Dačić' },
    { id: 'country:RS', count: 3, first: 1 },
    { id: 'country:AZ', count: 1, first: 4 },
  ],
  terms: ['gas'],
};

async function openTab(url: string): Promise<number> {
  const { id } = await fakeBrowser.tabs.create({ url });
  if (id === undefined) throw new Error('the fake browser gave the tab no id');
  return id;
}

describe('what the popup says about a tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    archiveLoader.getArchive.mockReset();
    archiveLoader.getArchive.mockResolvedValue(seedArchive());
  });

  it('explains a page no extension may read', async () => {
    const tabId = await openTab('chrome://settings/');
    expect(await handleGetTabSummary({ tabId })).toEqual({ status: 'unsupported', url: 'chrome://settings/', reason: expect.stringMatching(/Browser pages/) });
  });

  it('waits while the page has not reported', async () => {
    const tabId = await openTab(page.url);
    expect(await handleGetTabSummary({ tabId })).toEqual({ status: 'waiting', url: page.url });
  });

  it('lists the page’s names and related articles once it reported, and shows their count on the badge', async () => {
    const tabId = await openTab(page.url);
    await handleReportPageEntities(page, { id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId: 0 });
    const summary = await handleGetTabSummary({ tabId });
    if (summary.status !== 'ready') throw new Error(`expected a ready summary, got ${summary.status}`);
    expect(summary.title).toBe(page.title);
    expect(summary.entities.map((e) => [e.name, e.kind, e.count])).toEqual([
      ['Serbia', 'country', 3],
      ['Ivica Dačić', 'official', 2],
      ['Azerbaijan', 'country', 1],
    ]);
    expect(summary.related[0]?.id).toBe('003_b681c1fa2e90997a');
    const badge = await fakeBrowser.action.getBadgeText({ tabId });
    expect(badge).toBe(String(summary.related.length));
    expect(await fakeBrowser.action.getTitle({ tabId })).toMatch(new RegExp(`^Dossier: ${badge} archive articles? related to this page$`));
  });

  it('reads the ranking made when the page reported, without ranking again', async () => {
    const tabId = await openTab(page.url);
    await handleReportPageEntities(page, { id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId: 0 });
    const first = await handleGetTabSummary({ tabId });
    // The popup's polls need no archive at all: they read what the report stored.
    archiveLoader.getArchive.mockRejectedValue(new Error('no archive now'));
    expect(await handleGetTabSummary({ tabId })).toEqual(first);
    expect(archiveLoader.getArchive).toHaveBeenCalledTimes(1);
  });

  it('adds up the names of every frame', async () => {
    const tabId = await openTab(page.url);
    const sender = { id: fakeBrowser.runtime.id, tab: { id: tabId } };
    await Promise.all([
      handleReportPageEntities(page, { ...sender, frameId: 0 }),
      handleReportPageEntities({ url: 'https://ads.example/', title: '', entities: [{ id: 'country:RS', count: 2, first: 0 }] }, { ...sender, frameId: 4 }),
    ]);
    const summary = await handleGetTabSummary({ tabId });
    expect(summary.status === 'ready' && summary.entities.find((e) => e.id === 'country:RS')?.count).toBe(5);
    expect(summary.status === 'ready' && summary.url).toBe(page.url);
  });

  it('ignores a report that comes from no tab', async () => {
    await handleReportPageEntities(page, { id: fakeBrowser.runtime.id });
    expect(archiveLoader.getArchive).not.toHaveBeenCalled();
  });

  it('relates the page through what its main content names, not its menus', async () => {
    const tabId = await openTab(page.url);
    const sender = { id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId: 0 };
    // The same names, but only in the navigation: the main content is about knitting.
    const menusOnly = { ...page, entities: page.entities.map((e) => ({ ...e, mainCount: 0 })), terms: undefined, mainTerms: [{ term: 'knitting', count: 4 }, { term: 'wool', count: 3 }] };
    await handleReportPageEntities(menusOnly, sender);
    const summary = await handleGetTabSummary({ tabId });
    expect(summary.status === 'ready' && summary.entities.length).toBe(3);
    expect(summary.status === 'ready' && summary.related).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');

    const inArticle = { ...menusOnly, entities: page.entities.map((e) => ({ ...e, mainCount: e.count })), mainTerms: [{ term: 'gas', count: 2 }] };
    await handleReportPageEntities(inArticle, sender);
    const related = await handleGetTabSummary({ tabId });
    expect(related.status === 'ready' && related.related[0]?.id).toBe('003_b681c1fa2e90997a');
  });
});
