// "Save to Dossier" on a real page (../shared/data/pages, the New York Times article): the
// popup's form shows the title and date the page declares, the user corrects them, the page
// is stored and found by search at once, and the page itself is left exactly as it was.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures.ts';
import { ROOT, SHARED_PAGES_DIR } from '../support/paths.mjs';
import { clickToolbarButton } from './toolbar-click.ts';

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

const NYT = 'nytimes_us_lift_sudan_sanctions__readability-nytimes-1.html';
const hasShared = existsSync(path.join(SHARED_PAGES_DIR, NYT));
if (!hasShared) console.log(`skipping save-page: ${path.relative(ROOT, SHARED_PAGES_DIR)}/${NYT} is absent (../shared is missing)`);

async function popupFor(context: BrowserContext, extensionId: string, url: string): Promise<{ page: Page; popup: Page }> {
  const page = await context.newPage();
  await page.goto(url);
  // The user's click on the toolbar button: what grants Dossier `activeTab` on the page.
  await clickToolbarButton(context, extensionId, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabs = await popup.evaluate(() => chrome.tabs.query({}));
  const tabId = tabs.find((t) => t.url === page.url())?.id;
  if (tabId === undefined) throw new Error(`no tab shows ${url}`);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return { page, popup };
}

/** What a page's own scripts can see of the document and the window, to compare before and after. */
async function pageState(page: Page) {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    globals: Object.keys(window).sort().join(' '),
    mutations: (window as unknown as { __mutations?: number }).__mutations ?? -1,
  }));
}

test.describe('Save to Dossier', () => {
  test.skip(!hasShared, '../shared/data/pages is absent');

  test('saves the NYT article with the title found, corrected date, then search finds it; the page is untouched', async ({ context, extensionId, server }) => {
    const { page, popup } = await popupFor(context, extensionId, server.url(`/shared/${NYT}`));
    // The page watches itself the way a hostile page could.
    await page.evaluate(() => {
      const w = window as unknown as { __mutations: number };
      w.__mutations = 0;
      new MutationObserver((records) => (w.__mutations += records.length)).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const before = await pageState(page);

    await popup.getByRole('button', { name: 'Save to Dossier' }).click();
    const form = popup.getByRole('form', { name: 'Save to Dossier' });
    await expect(form).toBeVisible();
    await expect(popup.getByLabel('Title')).toHaveValue('United States to Lift Sudan Sanctions');
    // The page's only dated <time> is its dateline, marked dateModified: offered, and said so.
    await expect(popup.getByLabel('Date')).toHaveValue('2017-01-13');
    await expect(popup.getByText('Found in the page’s dateline (updated).')).toBeVisible();
    await expect(popup.getByLabel('Source')).toHaveValue(/./);
    await expect(form.getByText(/\d+ paragraphs, about [\d,]+ words/)).toBeVisible();
    await screenshot(popup, 'save-form');

    // The user corrects what was found: the source, and the date (the story ran on the 13th).
    await popup.getByLabel('Source').fill('The New York Times');
    await popup.getByLabel('Date').fill('2017-01-13');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(popup.getByText('Saved “United States to Lift Sudan Sanctions” to your archive.')).toBeVisible();
    expect(await pageState(page)).toEqual(before);

    // Found by search at once, with its title and source.
    const reader = await context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/reader.html#/search?q=${encodeURIComponent('Sudan sanctions Gettleman')}`);
    const hit = reader.getByRole('option').filter({ hasText: 'United States to Lift Sudan Sanctions' });
    await expect(hit).toBeVisible();
    await expect(hit).toContainText('The New York Times');

    // Saving it again finds the first copy.
    await popup.reload();
    await popup.getByRole('button', { name: 'Save to Dossier' }).click();
    await popup.getByRole('form', { name: 'Save to Dossier' }).getByRole('button', { name: 'Save' }).click();
    await expect(popup.getByText('Already in your archive: saved before.')).toBeVisible();
  });
});
