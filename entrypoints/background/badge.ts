import type { LoadedArchive } from '../../lib/search/archive.ts';
import { rankRelated } from '../../lib/search/related.ts';
import { mergeFrames } from './tab-summary.ts';
import { getTabReports } from './tab-state.ts';

/** The badge never shows more than two digits and a plus (Hypothesis settled on the same). */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/** Counts related archive articles for the tab and shows it on the toolbar icon; hidden at 0. */
export async function updateBadge(archive: LoadedArchive, tabId: number): Promise<void> {
  const reports = await getTabReports(tabId);
  const entities = mergeFrames(reports);
  const count = entities.length
    ? rankRelated(archive, { entities, terms: reports.flatMap((r) => r.terms ?? []) }, 100).length
    : 0;
  const title = count
    ? `Dossier: ${count} archive article${count === 1 ? '' : 's'} related to this page`
    : 'Dossier: no archive articles related to this page';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badgeText(count) }),
    browser.action.setTitle({ tabId, title }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#0b5cad' }),
  ]);
}
