// axe-core finds no accessibility violations in the popup and the reader, light and dark;
// screenshots of each view are saved for a human to look at.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures.ts';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test('popup search with results and filters', async ({ extensionPage }) => {
      const popup = await extensionPage('popup.html');
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByRole('tab', { name: 'Search' }).click();
      await popup.getByRole('combobox', { name: 'Search the archive' }).fill('Azerbaijan');
      await expect(popup.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(5);
      await popup.getByRole('button', { name: /Filters/ }).click();
      await expect(popup.getByLabel('Country')).toBeVisible();
      await expectNoViolations(popup);
      await screenshot(popup, `popup-search-${scheme}`);
    });

    test('popup search filters: the country combobox open on its matches', async ({ extensionPage }) => {
      const popup = await extensionPage('popup.html');
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByRole('tab', { name: 'Search' }).click();
      await popup.getByRole('button', { name: /Filters/ }).click();
      await popup.getByRole('combobox', { name: 'Country' }).fill('a');
      await popup.getByRole('combobox', { name: 'Country' }).press('ArrowDown');
      await expect(popup.getByRole('listbox', { name: 'countries' }).getByRole('option', { selected: true })).toHaveCount(1);
      await expectNoViolations(popup);
      await screenshot(popup, `popup-country-combobox-${scheme}`);
    });

    test('popup search with no results', async ({ extensionPage }) => {
      const popup = await extensionPage('popup.html');
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByRole('tab', { name: 'Search' }).click();
      await popup.getByRole('combobox', { name: 'Search the archive' }).fill('zebrafish');
      await expect(popup.getByText('No archive articles match “zebrafish”.')).toBeVisible();
      await expectNoViolations(popup);
      await screenshot(popup, `popup-search-empty-${scheme}`);
    });

    test('reader article and reader search', async ({ extensionPage }) => {
      const article = await extensionPage('reader.html#/article/000_9bc284ab3f6946f2');
      await article.emulateMedia({ colorScheme: scheme });
      await expect(article.getByRole('heading', { level: 1 })).toHaveText('Azerbaijan, Montenegro mull security co-op');
      await expect(article.getByRole('heading', { name: 'Related in your archive' })).toBeVisible();
      await expectNoViolations(article);
      await screenshot(article, `reader-article-${scheme}`);

      const search = await extensionPage('reader.html#/search?q=Serbia');
      await search.emulateMedia({ colorScheme: scheme });
      await expect(search.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
      await expectNoViolations(search);
      await screenshot(search, `reader-search-${scheme}`);
    });
  });
}
