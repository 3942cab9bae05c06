// The archive path end to end in the built extension: popup search → reader, search
// after the service worker was stopped, reader deep links, and malformed messages.
import { test, expect, screenshot, stopServiceWorker } from './fixtures.ts';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const DACIC_MEETING = '003_b681c1fa2e90997a';

test('a popup search lists marked results, and a click opens the article in the reader', async ({ context, extensionPage }) => {
  const popup = await extensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Search' }).click();
  await popup.getByRole('combobox', { name: 'Search the archive' }).fill('Dačić');
  const results = popup.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(results.first()).toContainText('Bayramov');
  await expect(results.first().locator('mark').first()).toHaveText('Dacic');
  await expect(results.first()).toContainText(/Nov 7, 2023|7 Nov 2023/);
  await screenshot(popup, 'popup-search');

  const readerOpened = context.waitForEvent('page');
  await results.first().click();
  const reader = await readerOpened;
  await reader.waitForLoadState();
  expect(reader.url()).toContain(`reader.html#/article/${DACIC_MEETING}`);
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('Bayramov');
  await expect(reader.locator('.article-body')).toContainText('Minister Ivitsa Dacic noted that Serbia');
  await expect(reader.locator('.article-meta')).toContainText('Azernews');
  await screenshot(reader, 'reader-article');
});

test('the keyboard alone searches and opens a result', async ({ context, extensionPage }) => {
  const popup = await extensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Search' }).click();
  const box = popup.getByRole('combobox', { name: 'Search the archive' });
  await box.fill('Serbia');
  await expect(popup.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(3);
  await box.press('ArrowDown');
  await box.press('ArrowDown');
  await expect(popup.getByRole('listbox', { name: 'Search results' }).getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  const title = await popup.getByRole('listbox', { name: 'Search results' }).getByRole('option').nth(1).locator('.result-title').textContent();
  const readerOpened = context.waitForEvent('page');
  // The popup closes itself once the reader tab is open, which can end the key press early.
  await box.press('Enter').catch(() => undefined);
  const reader = await readerOpened;
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
});

test('search answers after the service worker was stopped', async ({ context, serviceWorker, extensionPage }) => {
  const popup = await extensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Search' }).click();
  await serviceWorker.evaluate(() => {
    globalThis.__dossierE2eMarker = 'before stop';
  });
  // stopServiceWorker waits until CDP reports the worker stopped (it throws otherwise). Its
  // status is not read again: Chrome may restart it at once for an event of its own (seen in
  // a full run), so the restart is proven by the fresh globals below instead.
  await stopServiceWorker(context);
  await popup.getByRole('combobox', { name: 'Search the archive' }).fill('Đurić');
  await expect(popup.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText('Ilham Aliyev: Azerbaijan and Serbia are strategic partners');
  // The answer came from a worker started after the stop.
  expect(await serviceWorker.evaluate(() => globalThis.__dossierE2eMarker)).toBeUndefined();
});

test('reader deep links open an article and a search', async ({ extensionPage }) => {
  const article = await extensionPage(`reader.html#/article/${DACIC_MEETING}`);
  await expect(article.getByRole('heading', { level: 1 })).toContainText('Bayramov');
  const search = await extensionPage(`reader.html#/search?q=${encodeURIComponent('Черногория')}`);
  await expect(search.getByRole('combobox', { name: 'Search the archive' })).toHaveValue('Черногория');
  await expect(search.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText('Azerbaijan, Montenegro mull security co-op');
  const missing = await extensionPage('reader.html#/article/no-such-article');
  await expect(missing.getByText('This article is not in your archive')).toBeVisible();
});

test('malformed messages get an error reply and the worker keeps answering', async ({ extensionPage }) => {
  const page = await extensionPage('reader.html');
  const replies = await page.evaluate(async () => {
    const attempts: unknown[] = [
      { id: 1, type: 'search', data: { query: 42 }, timestamp: Date.now() },
      { id: 2, type: 'search', data: { query: 'x', limit: 1e9 }, timestamp: Date.now() },
      { id: 3, type: 'getArticle', data: null, timestamp: Date.now() },
    ];
    const out: string[] = [];
    for (const message of attempts) {
      const reply = (await chrome.runtime.sendMessage(message)) as { err?: { message?: string } } | undefined;
      out.push(reply?.err?.message ?? JSON.stringify(reply));
    }
    return out;
  });
  expect(replies[0]).toMatch(/invalid search request at query/);
  expect(replies[1]).toMatch(/invalid search request at limit/);
  expect(replies[2]).toMatch(/invalid getArticle request/);
  await page.goto(page.url().replace(/reader\.html.*/, 'reader.html#/search?q=Bayramov'));
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
});

test('filters narrow the results: by source, by country and by date, sorted newest first', async ({ extensionPage }) => {
  const popup = await extensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Search' }).click();
  await popup.getByRole('combobox', { name: 'Search the archive' }).fill('Azerbaijan');
  const results = popup.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(results).toHaveCount(5);
  await popup.getByRole('button', { name: 'Filters' }).click();
  await popup.getByLabel('Source').selectOption('Report');
  await expect(results).toHaveCount(2);
  await expect(popup.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
  // The country filter is a type-ahead combobox: type, ↓, Enter.
  const country = popup.getByRole('combobox', { name: 'Country' });
  await country.fill('monte');
  await expect(popup.getByRole('listbox', { name: 'countries' }).getByRole('option')).toHaveText(['Montenegro (1)']);
  await country.press('ArrowDown');
  await country.press('Enter');
  await expect(country).toHaveValue('Montenegro');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Azerbaijan, Montenegro mull security co-op');
  await popup.getByRole('button', { name: 'Clear filters' }).click();
  await popup.getByLabel('From').fill('2024-01-01');
  await popup.getByLabel('Sort').selectOption('date');
  await expect(results).toHaveCount(3);
  await expect(results.locator('.result-meta')).toContainText([/2026/, /Oct 16, 2024|16 Oct 2024/, /Sep 1, 2024|1 Sept? 2024/]);
});
