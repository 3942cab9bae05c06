// The archive page's sources, browse and export (entrypoints/archive/): the built-in default
// archive hidden and shown again (search follows), sources with a long name and problems,
// removing a source and undoing it, browsing newest first by source, the export file.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures.ts';

/** No axe violations, then a screenshot, in light and then dark. */
async function checkBothSchemes(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await screenshot(page, `${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

interface SeedSource {
  id: string;
  label: string;
  errors: Array<{ file: string; line: number | null; message: string }>;
  articles: Array<{ id: string; title: string; date: string | null; source: string | null }>;
}

/**
 * Stores sources in the page's IndexedDB as an import batch leaves them (archive-store/:
 * a source record, and compact articles with their index keys). The page has opened the
 * database already (it lists the sources on load), so it is at the current version.
 */
async function seed(page: Page, sources: SeedSource[]): Promise<void> {
  await page.evaluate(async (batches) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dossier');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['articles', 'sources'], 'readwrite');
    for (const [n, b] of batches.entries()) {
      const dates = b.articles.flatMap((a) => (a.date ? [a.date] : [])).sort();
      tx.objectStore('sources').put({
        id: b.id,
        kind: 'import',
        label: b.label,
        createdAt: `2026-05-0${n + 1}T10:00:00.000Z`,
        articleCount: b.articles.length,
        dateRange: dates.length ? [dates[0], dates[dates.length - 1]] : null,
        errorCount: b.errors.length,
        errors: b.errors,
      });
      for (const a of b.articles) {
        tx.objectStore('articles').put({
          id: a.id,
          title: a.title,
          lang: 'en',
          file: b.label,
          sourceId: b.id,
          dedup: `${a.title}|${a.date}|${a.source}`,
          sort: a.date ?? '0',
          body: [`${a.title}. Body text.`],
          ...(a.date ? { date: a.date } : {}),
          ...(a.source ? { source: a.source } : {}),
        });
      }
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, sources);
}

const LONG_LABEL = 'az-agency-headlines-2026 / a folder with a very long name that goes on and on / headlines-from-trend-azernews-and-jamnews-march-to-may-2026.jsonl';

const SOURCES: SeedSource[] = [
  {
    id: 'import-1',
    label: 'bbc-politics-2005.jsonl',
    errors: [],
    articles: [
      { id: 'bbc:1', title: 'Blair and Straw discuss the EU treaty', date: '2005-03-01', source: 'BBC' },
      { id: 'bbc:2', title: 'Howard attacks Labour on tax', date: '2005-02-10', source: 'BBC' },
    ],
  },
  {
    id: 'import-2',
    label: LONG_LABEL,
    errors: [
      { file: 'headlines.jsonl', line: 17, message: 'line 17: invalid JSON (Unexpected token } in JSON at position 41)' },
      { file: 'broken.txt', line: null, message: 'binary file skipped' },
    ],
    articles: [
      { id: 'az:1', title: 'Bayramov receives the Serbian ambassador', date: '2026-04-20', source: 'Trend' },
      { id: 'az:2', title: 'Undated note on gas transit', date: null, source: 'Azernews' },
    ],
  },
];

async function openArchivePage(extensionPage: (path: string) => Promise<Page>): Promise<Page> {
  const page = await extensionPage('archive.html');
  await expect(page.getByRole('list', { name: 'Sources in your archive' })).toContainText('Built-in default archive');
  return page;
}

test('an empty archive: the default archive is listed and hidden then shown again, and search follows', async ({ extensionPage }) => {
  const page = await openArchivePage(extensionPage);
  const bundle = page.getByRole('list', { name: 'Sources in your archive' }).getByRole('listitem').filter({ hasText: 'Built-in default archive' });
  await expect(bundle).toContainText('5 articles · 2023-11-07 to 2026-02-02');
  await expect(page.getByText('Nothing added yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export what you added (.jsonl)' })).toBeDisabled();
  await checkBothSchemes(page, 'archive-empty');

  const reader = await extensionPage('reader.html#/search?q=Montenegro%20security');
  const hit = reader.getByRole('option').filter({ hasText: 'Azerbaijan, Montenegro mull security co-op' });
  await expect(hit).toBeVisible();

  await bundle.getByRole('button', { name: 'Hide it' }).click();
  await expect(bundle).toContainText('hidden: not searched');
  await expect(bundle.getByRole('button', { name: 'Show it again' })).toHaveAttribute('aria-pressed', 'true');
  await checkBothSchemes(page, 'archive-default-hidden');
  await expect(page.getByRole('list', { name: 'Articles, newest first' })).toHaveCount(0);
  await reader.reload();
  await expect(reader.getByText('No archive articles match “Montenegro security”.')).toBeVisible();
  await expect(hit).toHaveCount(0);

  // Still bundled: shown again, it is searched again.
  await bundle.getByRole('button', { name: 'Show it again' }).click();
  await expect(bundle).not.toContainText('hidden');
  await reader.reload();
  await expect(hit).toBeVisible();
});

test('sources with their counts, dates and problems; remove then undo; browse newest first by source', async ({ extensionPage }) => {
  const page = await openArchivePage(extensionPage);
  await seed(page, SOURCES);
  await page.reload();
  const sources = page.getByRole('list', { name: 'Sources in your archive' });
  const long = sources.getByRole('listitem').filter({ hasText: LONG_LABEL });
  await expect(long).toContainText('Imported 2026-05-02 · 2 articles · 2026-04-20');
  await long.getByText('2 problems while reading it').click();
  await expect(long).toContainText('headlines.jsonl:17 line 17: invalid JSON');
  await expect(long).toContainText('broken.txt binary file skipped');
  await expect(page.getByRole('list', { name: 'Articles, newest first' }).getByRole('link')).toHaveCount(9);
  await checkBothSchemes(page, 'archive-sources');

  // Browse: all sources merged newest first, undated last; then one source.
  const articles = page.getByRole('list', { name: 'Articles, newest first' });
  await expect(articles.getByRole('link')).toHaveText([
    'Bayramov receives the Serbian ambassador',
    'Azerbaijan, Montenegro mull security co-op',
    'Azerbaijan and Serbia hold political consultations',
    'Ilham Aliyev: Azerbaijan and Serbia are strategic partners',
    /^Azerbaijani Foreign Minister Jeyhun Bayramov/,
    'Blair and Straw discuss the EU treaty',
    'Howard attacks Labour on tax',
    // Undated last; among them the user's before the built-in ones.
    'Undated note on gas transit',
    /^Foreign Ministry: Unreasonable/,
  ]);
  await expect(articles.getByRole('link').first()).toHaveAttribute('href', /reader\.html#\/article\/az%3A1$/);
  await page.getByLabel('Show articles from').selectOption({ label: 'bbc-politics-2005.jsonl' });
  await expect(articles.getByRole('link')).toHaveText(['Blair and Straw discuss the EU treaty', 'Howard attacks Labour on tax']);
  await page.getByLabel('Show articles from').selectOption({ label: 'All sources' });

  await page.getByRole('button', { name: 'Remove bbc-politics-2005.jsonl' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed “bbc-politics-2005.jsonl” (2 articles).' })).toBeVisible();
  await expect(sources).not.toContainText('bbc-politics-2005.jsonl');
  await expect(articles).not.toContainText('Blair and Straw');

  await page.getByRole('button', { name: 'Undo' }).click();
  const restored = sources.getByRole('listitem').filter({ hasText: 'bbc-politics-2005.jsonl' });
  await expect(restored).toContainText('Imported 2026-05-01 · 2 articles · 2005-02-10 to 2005-03-01');
  await expect(articles).toContainText('Blair and Straw discuss the EU treaty');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);

  // Export: a metadata line, then every article the user added (not the built-in ones).
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export what you added (.jsonl)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^dossier-archive-\d{4}-\d{2}-\d{2}\.jsonl$/);
  const lines = readFileSync((await file.path())!, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines[0]).toMatchObject({ articleCount: 4 });
  expect(lines.slice(1).map((l) => l['title']).sort()).toEqual(['Bayramov receives the Serbian ambassador', 'Blair and Straw discuss the EU treaty', 'Howard attacks Labour on tax', 'Undated note on gas transit']);
  await expect(page.getByText('Exported 4 articles.')).toBeVisible();
});
