// Export then re-import into a fresh profile gives the same archive: an import through the
// archive page (with a broken line) and a saved page, exported to .jsonl; a new profile
// imports that file and lists the same sources and articles, and its own export holds the
// same articles and sources.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, launchWithDossier, nextServiceWorker, test, welcomePage } from './fixtures.ts';
import { clickToolbarButton } from './toolbar-click.ts';

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

const JSONL = [
  { id: '1', title: 'Bayramov receives the Serbian ambassador', date: '2026-04-20', source: 'Trend', url: 'https://en.trend.az/a1', body: 'Foreign Minister Jeyhun Bayramov received the ambassador of Serbia.' },
  { id: '2', title: 'Montenegro and Azerbaijan sign a memorandum', published_date: '2026-03-02T10:00:00Z', source: 'Azernews', body: ['First paragraph.', 'Second paragraph.'] },
].map((r) => JSON.stringify(r));

async function importFile(page: Page, file: string): Promise<void> {
  await page.locator('#import-files').setInputFiles(file);
  await expect(page.getByText(/^Imported\./)).toBeVisible({ timeout: 30_000 });
}

/**
 * What the page shows of the archive once it lists the built-in archive, the import and the
 * saved pages, and their 5 + 2 + 1 articles: each source's line and every article's line.
 */
async function shownArchive(page: Page) {
  const sources = page.getByRole('list', { name: 'Sources in your archive' });
  await expect(sources.getByRole('listitem')).toHaveCount(3);
  const articles = page.getByRole('list', { name: 'Articles, newest first' });
  await expect(articles.getByRole('listitem')).toHaveCount(8);
  return {
    // Each source's name, counts, dates and problems; the order (newest import first) and the day of import may differ.
    sources: (await sources.getByRole('listitem').allTextContents()).map((t) => t.replace(/(Imported|Pages you saved) \d{4}-\d{2}-\d{2}/, '$1 <day>')).sort(),
    articles: await articles.getByRole('listitem').allTextContents(),
  };
}

async function exportFile(page: Page): Promise<string[]> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export what you added (.jsonl)' }).click();
  return readFileSync((await (await download).path())!, 'utf8').trimEnd().split('\n');
}

/** An export without what may differ between two equal archives: when it was made and when each source was imported. */
function comparable(lines: string[]) {
  const header = JSON.parse(lines[0]!) as { sources: Array<Record<string, unknown>>; exportedAt?: string };
  delete header.exportedAt;
  header.sources = header.sources.map(({ createdAt: _createdAt, ...rest }) => rest).sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
  return { header, articles: lines.slice(1).sort() };
}

test('export, then import into a fresh profile: the same sources and articles', async ({ context, extensionId, extensionPage, server }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-round-trip-'));
  try {
    const jsonl = path.join(dir, 'agency-headlines.jsonl');
    writeFileSync(jsonl, [JSONL[0], '{ this line is broken', JSONL[1]].join('\n') + '\n');

    // A saved page: the demo article, through the popup's form (the toolbar click grants activeTab).
    const tab = await context.newPage();
    await tab.goto(server.url('/demo/'));
    await clickToolbarButton(context, extensionId, tab);
    const popup = await extensionPage('popup.html');
    const tabId = (await popup.evaluate(() => chrome.tabs.query({}))).find((t) => t.url === tab.url())?.id;
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Save to Dossier' }).click();
    await popup.getByLabel('Date').fill('2026-02-14');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(popup.getByText(/^Saved “/)).toBeVisible();

    const archive = await extensionPage('archive.html');
    await importFile(archive, jsonl);
    const before = await shownArchive(archive);
    // The broken line is listed with its file and line (the parser's wording of the JSON error is the browser's).
    expect(before.sources).toContainEqual(
      expect.stringMatching(/^agency-headlines\.jsonlImported <day> · 2 articles · 2026-03-02 to 2026-04-201 problem while reading itagency-headlines\.jsonl:2 line 2: not valid JSON/),
    );
    expect(before.sources).toContain('Saved pagesPages you saved <day> · 1 article · 2026-02-14Remove');
    expect(before.articles.join('\n')).toContain('Bayramov receives the Serbian ambassador');
    const exported = await exportFile(archive);
    expect(exported).toHaveLength(4);
    const file = path.join(dir, 'export.jsonl');
    writeFileSync(file, exported.join('\n') + '\n');

    const fresh = await launchWithDossier(path.join(dir, 'profile'));
    try {
      await (await welcomePage(fresh)).close();
      const id = new URL((await nextServiceWorker(fresh)).url()).host;
      const page = await fresh.newPage();
      await page.goto(`chrome-extension://${id}/archive.html`);
      await expect(page.getByText('Nothing added yet.')).toBeVisible();
      await importFile(page, file);
      expect(await shownArchive(page)).toEqual(before);
      expect(comparable(await exportFile(page))).toEqual(comparable(exported));
    } finally {
      await fresh.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
