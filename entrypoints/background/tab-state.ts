import { tabRanking, tabReports, type TabRanking, type TabReport } from '../../storage/tab-state.ts';

/**
 * Changes to a tab's stored state (storage/tab-state.ts) run one after another per tab: a
 * page's frames report at the same moment, and concurrent read-modify-writes of the same
 * storage key would lose all but one.
 */
const pending = new Map<number, Promise<unknown>>();

function queued<T>(tabId: number, change: () => Promise<T>): Promise<T> {
  const next = (pending.get(tabId) ?? Promise.resolve()).then(change, change);
  pending.set(tabId, next);
  const settle = () => {
    if (pending.get(tabId) === next) pending.delete(tabId);
  };
  next.then(settle, settle);
  return next;
}

/**
 * Stores one frame's report (replacing that frame's last one) and the tab's ranking worked
 * out from all its frames' reports, in the same turn of the queue, so the ranking always
 * belongs to the reports stored with it.
 */
export function recordReport(tabId: number, report: TabReport, rank: (reports: TabReport[]) => Promise<TabRanking>): Promise<TabRanking> {
  return queued(tabId, async () => {
    const reports = [...(await tabReports(tabId).getValue()).filter((r) => r.frameId !== report.frameId), report];
    await tabReports(tabId).setValue(reports);
    try {
      const ranking = await rank(reports);
      await tabRanking(tabId).setValue(ranking);
      return ranking;
    } catch (error) {
      // A ranking of the earlier reports must not stand for these ones.
      await tabRanking(tabId).removeValue();
      throw error;
    }
  });
}

export function getTabRanking(tabId: number): Promise<TabRanking | null> {
  return tabRanking(tabId).getValue();
}

/** Forgets the tab's page (closed, or navigated to a new page). */
export function forgetTab(tabId: number): Promise<void> {
  return queued(tabId, async () => {
    await Promise.all([tabReports(tabId).removeValue(), tabRanking(tabId).removeValue()]);
  });
}
