// The popup's "This page" view for a real tab: the names found on it, the related archive
// articles with reasons, the badge, honest empty states and unsupported pages.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures.ts';

declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
};

/** The browser's id for the tab showing `url`, asked from an extension page. */
async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const tabs = await extensionPage.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
  return tab.id;
}

async function popupFor(context: BrowserContext, extensionId: string, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await tabIdOf(popup, page.url());
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('tab', { name: 'This page' }).click();
  return { page, popup, tabId };
}

test('lists the names on the page and the related archive articles with reasons', async ({ context, extensionId, server }) => {
  const { popup, tabId } = await popupFor(context, extensionId, server.url('/demo/'));
  const names = popup.getByRole('list').filter({ has: popup.locator('.chip') });
  await expect(names).toContainText('Serbia');
  await expect(names).toContainText('Jeyhun Bayramov');
  await expect(names).toContainText('Ivica Dačić');
  const related = popup.getByRole('list', { name: 'Related archive articles' }).getByRole('listitem');
  await expect(related.first()).toBeVisible();
  await expect(related.first()).toContainText('Bayramov');
  await expect(related.first().locator('.related-reasons')).toContainText('Jeyhun Bayramov');
  await screenshot(popup, 'popup-this-page');

  // Clicking a name shows its card inline.
  await popup.locator('.chip', { hasText: 'Ivica Dačić' }).click();
  await expect(popup.locator('.inline-card')).toContainText('1 archive article');
  await screenshot(popup, 'popup-this-page-card');
  await popup.locator('main.popup').screenshot({ path: 'test-results/screenshots/popup-this-page-card-cropped.png' });

  const badge = await popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  expect(Number(badge)).toBeGreaterThan(0);
  const title = await popup.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
  expect(title).toMatch(/archive articles? related to this page/);
});

test('a headline-sized page relates to the archive articles that share its subject', async ({ context, extensionId, server }) => {
  // The seed archive's three Azerbaijan–Serbia articles (issue 15): a short page must reach the threshold too.
  const { popup, tabId } = await popupFor(context, extensionId, server.url('/pages/popup/headline.html'));
  const related = popup.getByRole('list', { name: 'Related archive articles' }).getByRole('listitem');
  await expect(related).toHaveCount(3);
  for (const title of ['Ilham Aliyev: Azerbaijan and Serbia are strategic partners', 'Azerbaijan and Serbia hold political consultations', 'Jeyhun Bayramov met with the Serbian']) {
    await expect(related.filter({ hasText: title })).toHaveCount(1);
  }
  expect(await popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('3');
});

test('a page that shares nothing gets an honest empty state and no badge', async ({ context, extensionId, server }) => {
  const { popup, tabId } = await popupFor(context, extensionId, server.url('/pages/popup/unrelated.html'));
  await expect(popup.getByText('No countries or officials on this page.')).toBeVisible();
  await expect(popup.getByRole('list', { name: 'Related archive articles' })).toHaveCount(0);
  expect(await popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
  await screenshot(popup, 'popup-this-page-empty');
});

test('browser pages get an explanation instead', async ({ context, extensionId }) => {
  const { popup } = await popupFor(context, extensionId, 'chrome://version/');
  await expect(popup.getByText('Dossier can’t read this page.')).toBeVisible();
  await expect(popup.getByText('Browser pages can’t be read by extensions.')).toBeVisible();
});

test('a very long word wraps: the popup and the reader stay their width', async ({ extensionPage }) => {
  const word = 'Constantinople'.repeat(300);
  const popup = await extensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Search' }).click();
  await popup.getByRole('combobox', { name: 'Search the archive' }).fill(word.slice(0, 400));
  await expect(popup.getByText(/No archive articles match/)).toBeVisible();
  const popupWidths = await popup.evaluate(() => ({ scroll: document.body.scrollWidth, body: document.body.clientWidth }));
  expect(popupWidths.scroll).toBeLessThanOrEqual(popupWidths.body + 1);

  const reader = await extensionPage(`reader.html#/search?q=${word.slice(0, 1000)}`);
  await expect(reader.getByText(/No archive articles match/)).toBeVisible();
  const readerWidths = await reader.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
  expect(readerWidths.scroll).toBeLessThanOrEqual(readerWidths.view + 1);
});
