import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DWELL_MS } from '../../../lib/hover/hover-intent.ts';
import { lastQuery, lastView } from '../../../storage/popup-state.ts';
import { disabledSites, highlightKinds, highlightingEnabled, hoverDelayMs, quietMode, setSiteEnabled } from '../../../storage/settings.ts';
import { tabRanking, tabReports } from '../../../storage/tab-state.ts';
import { repairStoredValues } from '../../../storage/repair.ts';

describe('stored items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('read as their defaults before anything is stored', async () => {
    expect(await highlightingEnabled.getValue()).toBe(true);
    expect(await disabledSites.getValue()).toEqual([]);
    expect(await hoverDelayMs.getValue()).toBe(DEFAULT_DWELL_MS);
    expect(await highlightKinds.getValue()).toEqual({ country: true, official: true });
    expect(await quietMode.getValue()).toBe('off');
    expect(await lastQuery.getValue()).toBe('');
    expect(await lastView.getValue()).toBe('page');
    expect(await tabReports(3).getValue()).toEqual([]);
    expect(await tabRanking(3).getValue()).toBeNull();
  });

  it('keep what is written, in their own area and key', async () => {
    await highlightingEnabled.setValue(false);
    await setSiteEnabled('www.Example.org', false);
    await hoverDelayMs.setValue(1200);
    await highlightKinds.setValue({ country: true, official: false });
    await quietMode.setValue('while-alt');
    await lastQuery.setValue('Dačić');
    await lastView.setValue('search');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      highlightingEnabled: false,
      disabledSites: ['example.org'],
      hoverDelayMs: 1200,
      highlightKinds: { country: true, official: false },
      quietMode: 'while-alt',
    });
    expect(await highlightKinds.getValue()).toEqual({ country: true, official: false });
    expect(await quietMode.getValue()).toBe('while-alt');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ lastQuery: 'Dačić', popupView: 'search' });
    expect(await disabledSites.getValue()).toEqual(['example.org']);
    await setSiteEnabled('example.org', true);
    expect(await disabledSites.getValue()).toEqual([]);
  });

  it('keep each tab’s state under its own session key', async () => {
    const report = { url: 'https://example.org/', title: 'News', entities: [{ id: 'country:RS', count: 2, first: 0 }], frameId: 0, at: 1 };
    await tabReports(5).setValue([report]);
    await tabRanking(5).setValue({ url: report.url, title: report.title, entities: [], related: [], relatedCount: 0 });
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual(['related:5', 'tab:5']);
    expect(await tabReports(5).getValue()).toEqual([report]);
    expect(await tabReports(6).getValue()).toEqual([]);
    await tabReports(5).removeValue();
    expect(await tabReports(5).getValue()).toEqual([]);
  });

  it.each([
    ['a list of sites that is not a list', 'sync', 'disabledSites', 'example.org', () => disabledSites.getValue(), []],
    ['a switch that is not a boolean', 'sync', 'highlightingEnabled', 'no', () => highlightingEnabled.getValue(), true],
    ['a delay that is not a number', 'sync', 'hoverDelayMs', '900', () => hoverDelayMs.getValue(), DEFAULT_DWELL_MS],
    ['kinds that are not an object', 'sync', 'highlightKinds', ['country'], () => highlightKinds.getValue(), { country: true, official: true }],
    ['kinds with a switch missing', 'sync', 'highlightKinds', { country: false }, () => highlightKinds.getValue(), { country: true, official: true }],
    ['kinds with a switch that is not a boolean', 'sync', 'highlightKinds', { country: 'no', official: true }, () => highlightKinds.getValue(), { country: true, official: true }],
    ['a quiet mode that does not exist', 'sync', 'quietMode', 'while-shift', () => quietMode.getValue(), 'off'],
    ['a quiet mode that is a boolean', 'sync', 'quietMode', true, () => quietMode.getValue(), 'off'],
    ['a view that does not exist', 'local', 'popupView', 'settings', () => lastView.getValue(), 'page'],
    ['a tab report of another shape', 'session', 'tab:1', [{ frameId: 'top' }], () => tabReports(1).getValue(), []],
  ] as const)('read %s as the default', async (_label, area, key, stored, read, expected) => {
    await fakeBrowser.storage[area].set({ [key]: stored });
    expect(await read()).toEqual(expected);
  });

  it('that do not fit their schema are removed when repaired, so storage says what is read; valid ones stay', async () => {
    // `n.some is not a function`: a malformed site list once switched highlighting off everywhere.
    await fakeBrowser.storage.sync.set({ disabledSites: 'example.org', quietMode: 'sometimes', highlightingEnabled: false, hoverDelayMs: 9_000 });
    await fakeBrowser.storage.local.set({ popupView: 42, lastQuery: 'Baku' });
    expect(await disabledSites.getValue()).toEqual([]);
    expect((await repairStoredValues()).sort()).toEqual(['local:popupView', 'sync:disabledSites', 'sync:quietMode']);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ highlightingEnabled: false, hoverDelayMs: 9_000 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ lastQuery: 'Baku' });
    expect(await disabledSites.getValue()).toEqual([]);
    expect(await repairStoredValues()).toEqual([]);
  });

  it('clamp a stored delay into the dwell’s bounds', async () => {
    await fakeBrowser.storage.sync.set({ hoverDelayMs: 60_000 });
    expect(await hoverDelayMs.getValue()).toBe(5_000);
    await fakeBrowser.storage.sync.set({ hoverDelayMs: -5 });
    expect(await hoverDelayMs.getValue()).toBe(0);
  });

  it('hand watchers validated values', async () => {
    const seen: string[][] = [];
    const unwatch = disabledSites.watch((sites) => seen.push(sites));
    await fakeBrowser.storage.sync.set({ disabledSites: ['example.org'] });
    await fakeBrowser.storage.sync.set({ disabledSites: 42 });
    unwatch();
    expect(seen).toEqual([['example.org'], []]);
  });
});
