import * as v from 'valibot';
import { pageReportSchema } from '../lib/highlight/report.ts';
import { pageSummarySchema } from '../lib/messages/background-protocol.ts';
import { defineValidatedItem, type ValidatedItem } from './validated-item.ts';

/**
 * What the background knows about each tab, in `session:` storage so it survives the MV3
 * worker being stopped but not a browser restart. Only the background writes these
 * (entrypoints/background/tab-state.ts queues the writes per tab).
 */

/**
 * One frame's page report, as the background stored it. Checked again on every read, as
 * every stored value is: well under 1 ms for a tab of three 50-name frames, about 20 ms in
 * the worker at the cap of three frames of 5,000 names each (measured with tsx on this VM).
 */
const tabReportSchema = v.object({ ...pageReportSchema.entries, frameId: v.number(), at: v.number() });
export type TabReport = v.InferOutput<typeof tabReportSchema>;

/** A tab's report from each of its frames: `session:tab:<tabId>`. */
export function tabReports(tabId: number): ValidatedItem<TabReport[]> {
  return defineValidatedItem(`session:tab:${tabId}`, v.array(tabReportSchema), []);
}

/**
 * The tab's related ranking, worked out once per change of its reports: the popup's
 * summary and the badge's count (capped, see entrypoints/background/tab-summary.ts) are
 * read from it, never ranked again. `session:related:<tabId>`; null before the first report.
 */
const tabRankingSchema = v.nullable(v.object({ ...pageSummarySchema.entries, relatedCount: v.number() }));
export type TabRanking = NonNullable<v.InferOutput<typeof tabRankingSchema>>;

export function tabRanking(tabId: number): ValidatedItem<TabRanking | null> {
  return defineValidatedItem(`session:related:${tabId}`, tabRankingSchema, null);
}
