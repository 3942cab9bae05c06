import type { BrowserContext, Page } from '@playwright/test';

/**
 * The first-run page's tab (entrypoints/welcome), which Dossier opens on install, waiting
 * for it to open if need be. The e2e fixtures and the benchmarks close it so that no test
 * or measurement meets a stray tab.
 */
export async function welcomePage(context: BrowserContext): Promise<Page> {
  const isWelcome = (page: Page) => /^chrome-extension:\/\/[^/]+\/welcome\.html/.test(page.url());
  const waitForUrl = async (page: Page) => isWelcome(await page.waitForURL(/welcome\.html/, { timeout: 10_000 }).then(() => page, () => page));
  return context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: waitForUrl, timeout: 10_000 }));
}
