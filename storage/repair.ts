import { disabledSites, highlightingEnabled, highlightKinds, hoverDelayMs, quietMode } from './settings.ts';
import { lastQuery, lastView } from './popup-state.ts';

/**
 * Removes every stored setting that does not fit its schema (the worker does it when it
 * starts): each already reads as its default wherever it is read, and the removal makes the
 * stored value say so too, here and, through sync, on the user's other devices. Per-tab
 * session items are checked on read and replaced by the next report.
 */
export async function repairStoredValues(): Promise<string[]> {
  const items = [highlightingEnabled, disabledSites, hoverDelayMs, highlightKinds, quietMode, lastQuery, lastView];
  const repaired = await Promise.all(items.map((item) => item.repair()));
  return items.filter((_, i) => repaired[i]).map((item) => item.key);
}
