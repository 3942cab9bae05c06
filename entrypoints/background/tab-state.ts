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

export async function saveTabReport(tabId: number, report: TabReport): Promise<void> {
  const stored = await getTabReports(tabId);
  // A new top-frame report means a new page (or SPA route): forget the old frames.
  const others = report.frameId === 0 ? [] : stored.filter((r) => r.frameId !== report.frameId);
  await browser.storage.session.set({ [key(tabId)]: [...others, report] });
}

export async function getTabReports(tabId: number): Promise<TabReport[]> {
  const value = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  return Array.isArray(value) ? (value as TabReport[]) : [];
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
