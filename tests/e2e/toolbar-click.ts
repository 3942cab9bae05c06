import type { BrowserContext, Page } from '@playwright/test';

/**
 * Clicks Dossier's toolbar button on the tab showing `page`, as a user does: the browser
 * grants the extension `activeTab` on that tab (what "Save to Dossier" needs to read it)
 * and opens the popup. Uses the DevTools protocol's Extensions.triggerAction, available
 * because the fixtures launch Chromium over a pipe with --enable-unsafe-extension-debugging.
 * The action needs the tab's target (type "tab"), not the page's, found here by its URL.
 */
export async function clickToolbarButton(context: BrowserContext, extensionId: string, page: Page): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser to click the toolbar button in');
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab) throw new Error(`no tab target shows ${page.url()}`);
    await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  } finally {
    await session.detach();
  }
}
