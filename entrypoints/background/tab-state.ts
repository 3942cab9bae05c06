import type { PageEntityReport } from '../../lib/messages/protocol.ts';

/**
 * What each tab's frames reported, kept in session storage so it survives the worker
 * being stopped (MV3) but not a browser restart. Keyed by tab, then frame.
 */
export interface TabReport extends PageEntityReport {
  frameId: number;
  at: number;
}

const key = (tabId: number) => `tab:${tabId}`;

/**
 * Saves run one after another per tab: a page's frames report at the same moment, and
 * concurrent read-modify-writes of the same storage key would lose all but one.
 */
const pending = new Map<number, Promise<void>>();

function queued(tabId: number, change: () => Promise<void>): Promise<void> {
  const next = (pending.get(tabId) ?? Promise.resolve()).then(change, change);
  pending.set(tabId, next);
  const settle = () => {
    if (pending.get(tabId) === next) pending.delete(tabId);
  };
  next.then(settle, settle);
  return next;
}

export function saveTabReport(tabId: number, report: TabReport): Promise<void> {
  return queued(tabId, async () => {
    const others = (await getTabReports(tabId)).filter((r) => r.frameId !== report.frameId);
    await browser.storage.session.set({ [key(tabId)]: [...others, report] });
  });
}

export async function getTabReports(tabId: number): Promise<TabReport[]> {
  const value = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  return Array.isArray(value) ? (value as TabReport[]) : [];
}

export function forgetTab(tabId: number): Promise<void> {
  return queued(tabId, () => browser.storage.session.remove(key(tabId)));
}
