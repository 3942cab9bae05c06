/** The badge never shows more than two digits and a plus (Hypothesis settled on the same). */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/** Shows the tab's count of related archive articles (tab-summary.ts ranks them) on the toolbar icon; hidden at 0. */
export async function showBadge(tabId: number, count: number): Promise<void> {
  const title = count
    ? `Dossier: ${count} archive article${count === 1 ? '' : 's'} related to this page`
    : 'Dossier: no archive articles related to this page';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badgeText(count) }),
    browser.action.setTitle({ tabId, title }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#0b5cad' }),
  ]);
}
