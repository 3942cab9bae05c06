/**
 * The tab the popup describes: the `tab` query parameter when given (tests open
 * popup.html?tab=<id> in a normal tab), else the active tab of the current window.
 */
export async function popupTab(): Promise<{ id: number; url: string | null } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null } : null;
}
