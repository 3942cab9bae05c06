// The popup with a 600-article archive: "Top 20 of 600", very long titles, no overflow.
// The built extension is copied and its archive replaced by one made with the project's
// own build code from generated articles (seeded, so every run sees the same archive).
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Article } from '../../lib/corpus/article.ts';
import { buildArchiveWithEntities } from '../../lib/search/build-archive.ts';
import { findBrowserSync } from '../support/find-browser.mjs';
import { EXTENSION_DIR } from '../support/paths.mjs';
import { test, expect, screenshot } from './fixtures.ts';

const COUNT = 600;
const SENTENCES = [
  'Azerbaijan and Serbia discussed energy cooperation in Belgrade.',
  'Foreign Minister Jeyhun Bayramov met his Montenegrin counterpart.',
  'The talks covered transport corridors, tourism and investment.',
  'Officials in Baku said the next round would take place in spring.',
];

function article(i: number): Article {
  const long = i % 50 === 0;
  const title = long
    ? `Azerbaijan ${'and its partners in the Western Balkans agree on an extraordinarily long list of shared priorities '.repeat(3)}(${i})`
    : `Azerbaijan diplomatic bulletin number ${i}`;
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  return {
    id: `bulletin-${i}`, title, titleDerived: false, date: `20${20 + (i % 6)}-${month}-${day}`, time: null, timeZone: null,
    source: ['Report', 'Azernews', 'Trend News'][i % 3]!, author: null, section: null, lang: 'en', altTitles: [], url: null,
    body: [SENTENCES[i % 4]!, SENTENCES[(i + 1) % 4]!], sidebar: [], file: 'generated.json',
  };
}

let dir = '';
let context: BrowserContext;

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-large-'));
  const ext = path.join(dir, 'ext');
  cpSync(EXTENSION_DIR, ext, { recursive: true });
  const archive = buildArchiveWithEntities(Array.from({ length: COUNT }, (_, i) => article(i)));
  writeFileSync(path.join(ext, 'archive.json'), JSON.stringify(archive));
  context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? findBrowserSync().path ?? undefined,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
});

test.afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('600 results: the popup shows the top 20 with the total, long titles wrap inside it', async () => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.getByRole('tab', { name: 'Search' }).click();
  await popup.getByRole('combobox', { name: 'Search the archive' }).fill('Azerbaijan');
  await expect(popup.getByText(`Top 20 of ${COUNT} results`)).toBeVisible();
  await expect(popup.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(20);
  const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await screenshot(popup, 'popup-search-600');

  const box = popup.getByRole('combobox', { name: 'Search the archive' });
  await box.fill('extraordinarily');
  await expect(popup.getByText(`${COUNT / 50} results`)).toBeVisible();
  expect(await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await screenshot(popup, 'popup-search-long-titles');
});

/** A screenshot of what the window shows (the full page of 600 results is too tall to look at). */
async function viewShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join('test-results', 'screenshots', `${name}.png`) });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the reader pages past the first 50 results, and the official filter types ahead (${scheme})`, async () => {
    // Twelve pages of 50, each a search of its own, on a machine shared with other runs.
    test.setTimeout(120_000);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const reader = await context.newPage();
    await reader.emulateMedia({ colorScheme: scheme });
    await reader.setViewportSize({ width: 900, height: 700 });
    await reader.goto(`chrome-extension://${id}/reader.html#/search?q=Azerbaijan`);
    const results = reader.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(reader.getByText(`Top 50 of ${COUNT} results`)).toBeVisible();
    const official = reader.getByRole('combobox', { name: 'Official' });
    await official.fill('bayr');
    const options = reader.getByRole('listbox', { name: 'officials' }).getByRole('option');
    await expect(options.first()).toContainText('Jeyhun Bayramov');
    await official.press('ArrowDown');
    await expect(official).toHaveAttribute('aria-activedescendant', /-0$/);
    await viewShot(reader, `reader-official-combobox-${scheme}`);
    await official.press('Enter');
    await expect(official).toHaveValue('Jeyhun Bayramov');
    await expect(reader.getByText(/Top 50 of \d+ results/)).toBeVisible();
    await reader.getByRole('button', { name: 'Clear the official filter' }).click();
    await expect(official).toHaveValue('');
    await expect(reader.getByText(`Top 50 of ${COUNT} results`)).toBeVisible();

    await reader.getByRole('button', { name: 'Show 50 more' }).click();
    await expect(reader.getByText(`Top 100 of ${COUNT} results`)).toBeVisible();
    await expect(results).toHaveCount(100);
    const more = reader.getByRole('button', { name: /^Show \d+ more$/ });
    await more.scrollIntoViewIfNeeded();
    await viewShot(reader, `reader-paged-results-${scheme}`);
    // Every result is reachable: page until none are left.
    for (let shown = 100; shown < COUNT; ) {
      await more.click();
      shown = Math.min(COUNT, shown + 50);
      await expect(results).toHaveCount(shown);
    }
    await expect(reader.getByText(`${COUNT} results`, { exact: true })).toBeVisible();
    await expect(more).toHaveCount(0);
  });
}
