import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, getTabRanking, recordReport } from '../../../entrypoints/background/tab-state.ts';
import { tabReports, type TabRanking, type TabReport } from '../../../storage/tab-state.ts';

const getTabReports = (tabId: number) => tabReports(tabId).getValue();

function report(frameId: number, ids: string[]): TabReport {
  return { url: `https://example.org/${frameId}`, title: `Frame ${frameId}`, entities: ids.map((id, first) => ({ id, count: 1, first })), frameId, at: frameId };
}

/** A ranking that records which frames it saw, so a test can tell which reports it was made from. */
async function rankFrames(reports: TabReport[]): Promise<TabRanking> {
  await new Promise((resolve) => setTimeout(resolve, 5 * (3 - reports.length)));
  const frames = reports.map((r) => r.frameId).sort();
  return { url: 'https://example.org/0', title: frames.join(','), entities: [], related: [], relatedCount: frames.length };
}

describe('the per-tab write queue', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every frame when a page’s frames report at the same moment', async () => {
    await Promise.all([recordReport(1, report(0, ['country:RS']), rankFrames), recordReport(1, report(3, ['country:ME']), rankFrames), recordReport(1, report(5, ['country:AZ']), rankFrames)]);
    expect((await getTabReports(1)).map((r) => r.frameId).sort()).toEqual([0, 3, 5]);
    // The stored ranking is the one made from all three reports, not a slower earlier one.
    expect(await getTabRanking(1)).toMatchObject({ title: '0,3,5', relatedCount: 3 });
  });

  it('replaces a frame’s earlier report', async () => {
    await recordReport(1, report(0, ['country:RS']), rankFrames);
    await recordReport(1, report(0, ['country:ME', 'country:AZ']), rankFrames);
    const reports = await getTabReports(1);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.entities.map((e) => e.id)).toEqual(['country:ME', 'country:AZ']);
  });

  it('keeps tabs apart', async () => {
    await Promise.all([recordReport(1, report(0, ['country:RS']), rankFrames), recordReport(2, report(0, ['country:ME']), rankFrames)]);
    expect((await getTabReports(1))[0]?.entities[0]?.id).toBe('country:RS');
    expect((await getTabReports(2))[0]?.entities[0]?.id).toBe('country:ME');
  });

  it('forgets a tab after the reports queued before it, and later reports start afresh', async () => {
    const writes = [recordReport(1, report(0, ['country:RS']), rankFrames), forgetTab(1)];
    await Promise.all(writes);
    expect(await getTabReports(1)).toEqual([]);
    expect(await getTabRanking(1)).toBeNull();
    await recordReport(1, report(2, ['country:ME']), rankFrames);
    expect((await getTabReports(1)).map((r) => r.frameId)).toEqual([2]);
  });

  it('goes on after a ranking fails: the report is kept and the next write runs', async () => {
    const failing = recordReport(1, report(0, ['country:RS']), () => Promise.reject(new Error('archive unreadable')));
    const next = recordReport(1, report(1, ['country:ME']), rankFrames);
    await expect(failing).rejects.toThrow('archive unreadable');
    await expect(next).resolves.toMatchObject({ title: '0,1' });
  });

  it('drops a ranking that no longer matches the reports when ranking them fails', async () => {
    await recordReport(1, report(0, ['country:RS']), rankFrames);
    await expect(recordReport(1, report(1, ['country:ME']), () => Promise.reject(new Error('archive unreadable')))).rejects.toThrow();
    expect(await getTabRanking(1)).toBeNull();
    expect((await getTabReports(1)).map((r) => r.frameId)).toEqual([0, 1]);
  });
});
