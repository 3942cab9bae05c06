// "Save to Dossier" on a real page (../shared/data/pages, the New York Times article): the
// popup's form shows the title and date the page declares, the user corrects them, the page
// is stored and found by search at once, and the page itself is left exactly as it was.
import { existsSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures.ts';
import { ROOT, SHARED_PAGES_DIR } from '../support/paths.mjs';
import { clickToolbarButton } from './toolbar-click.ts';
import { waitForMarks } from './highlight-support.ts';

declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  contextMenus: { update(id: string, change: object): Promise<void> };
};

const NYT = 'nytimes_us_lift_sudan_sanctions__readability-nytimes-1.html';
const hasShared = existsSync(path.join(SHARED_PAGES_DIR, NYT));
if (!hasShared) console.log(`skipping save-page: ${path.relative(ROOT, SHARED_PAGES_DIR)}/${NYT} is absent (../shared is missing)`);

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const tabs = await extensionPage.evaluate(() => chrome.tabs.query({}));
  const tabId = tabs.find((t) => t.url === url)?.id;
  if (tabId === undefined) throw new Error(`no tab shows ${url}`);
  return tabId;
}

async function popupFor(context: BrowserContext, extensionId: string, url: string): Promise<{ page: Page; popup: Page }> {
  const page = await context.newPage();
  await page.goto(url);
  // The user's click on the toolbar button: what grants Dossier `activeTab` on the page.
  await clickToolbarButton(context, extensionId, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await tabIdOf(popup, page.url());
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

test('the save form in the popup, light and dark, and the window the page menu opens', async ({ context, extensionId, server }) => {
  const { page, popup } = await popupFor(context, extensionId, server.url('/demo/'));
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.getByRole('button', { name: 'Save to Dossier' }).click();
  await expect(popup.getByLabel('Title')).toHaveValue(/Baku, Belgrade and Podgorica/);
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(popup);
    await screenshot(popup, `save-form-${scheme}`);
  }
  await popup.getByRole('button', { name: 'Cancel' }).click();
  await expect(popup.getByRole('button', { name: 'Save to Dossier' })).toBeVisible();

  // "Save page to Dossier" from the page's menu opens save.html for the tab (context-menu.ts):
  // it reads the page at once, and closes itself once the user is done. The menu item exists
  // (updating an item that does not exist fails); the menu itself is the browser's, out of reach.
  const menuItem = (id: string) => popup.evaluate((item) => chrome.contextMenus.update(item, {}).then(() => 'exists', (e: Error) => e.message), id);
  expect(await menuItem('dossier-save-page')).toBe('exists');
  expect(await menuItem('no-such-item')).not.toBe('exists');
  const tabId = await tabIdOf(popup, page.url());
  const window = await context.newPage();
  await window.goto(`chrome-extension://${extensionId}/save.html?tab=${tabId}`);
  await expect(window.getByLabel('Title')).toHaveValue(/Baku, Belgrade and Podgorica/);
  await window.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(window.getByText(/^Saved “Baku, Belgrade and Podgorica/)).toBeVisible();
  await expect(window.getByRole('link', { name: 'Open it in the reader' })).toHaveAttribute('href', /reader\.html#\/article\/saved%3A/);
  await expectNoViolations(window);
  const savedHref = await window.getByRole('link', { name: 'Open it in the reader' }).getAttribute('href');

  // At once: the reader shows the saved article with its names highlighted, and a reload of
  // the page it came from lists it as related.
  const reader = await context.newPage();
  await reader.goto(savedHref!);
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('Baku, Belgrade and Podgorica');
  await waitForMarks(reader, (m) => m.official.includes('Jeyhun Bayramov') && m.country.includes('Montenegro'));
  await page.reload();
  // The page reports again once its scan settles; until then the popup may show the ranking from before.
  await expect(async () => {
    await popup.reload();
    await expect(popup.getByRole('list', { name: 'Related archive articles' })).toContainText('Baku, Belgrade and Podgorica', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });

  const closed = window.waitForEvent('close');
  // The click closes the window, which Playwright may report as the click's own failure:
  // that counts only while the window is still open.
  await window
    .getByRole('button', { name: 'Close' })
    .click()
    .catch((error: unknown) => {
      if (!window.isClosed()) throw error;
    });
  await closed;
});

test('a page Dossier may not read: the save form says so', async ({ context, extensionId, server }) => {
  // No toolbar click on this tab, so no activeTab grant: the browser refuses the script.
  const page = await context.newPage();
  await page.goto(server.url('/demo/'));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(popup, page.url())}`);
  await popup.getByRole('button', { name: 'Save to Dossier' }).click();
  await expect(popup.getByRole('alert')).toHaveText(/Dossier can’t read this page, so it can’t save it\./);
});

test.describe('Save to Dossier on a real page', () => {
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
    // Reading the article fetches nothing: Readability's clone of the page has no browsing context, so its images never load.
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));

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
    expect(requests).toEqual([]);

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
