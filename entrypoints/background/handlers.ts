import type { RequestOf } from '../../lib/messages/background-protocol.ts';
import { tabSummary } from './tab-summary.ts';
import { getTabRanking, recordReport } from './tab-state.ts';
import { showBadge } from './badge.ts';
import type { MessageSender } from './guard.ts';
import type { TabReport } from '../../storage/tab-state.ts';
import { archiveRoute } from './archive-route.ts';

/** Stores a frame's report and the tab's new ranking, then shows its count on the badge. */
export async function handleReportPageEntities(report: RequestOf<'reportPageEntities'>, sender: MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const stored: TabReport = { ...report, frameId: sender.frameId ?? 0, at: Date.now() };
  const ranking = await recordReport(tabId, stored, (reports) => archiveRoute.rankTab(reports));
  await showBadge(tabId, ranking.relatedCount);
}

/** Reads the ranking stored when the tab's page reported (tab-state.ts): never ranks again. */
export async function handleGetTabSummary(request: RequestOf<'getTabSummary'>) {
  const [ranking, tab] = await Promise.all([getTabRanking(request.tabId), browser.tabs.get(request.tabId).catch(() => null)]);
  return tabSummary(tab?.url ?? null, ranking);
}
