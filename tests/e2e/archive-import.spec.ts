// The archive page's import screen in the built extension: files and a folder through the
// real pickers, progress, problems, Cancel, search over what was imported, and everything
// still there after a browser restart and a stopped service worker.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, launchWithDossier, nextServiceWorker, screenshot, stopServiceWorker, welcomePage } from './fixtures.ts';
import { ROOT } from '../support/paths.mjs';

const FIXTURES = path.join(ROOT, 'tests/fixtures/import');
const CORPORA = path.join(ROOT, '../shared/data/corpora');
const AZ_HEADLINES = path.join(CORPORA, 'az-agency-headlines-2026/headlines.jsonl');
const BBC_FOLDER = path.join(CORPORA, 'bbc-2004');
const hasCorpora = fs.existsSync(AZ_HEADLINES) && fs.existsSync(path.join(BBC_FOLDER, 'articles.jsonl'));

async function openArchivePage(context: BrowserContext): Promise<Page> {
  const worker = await nextServiceWorker(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/archive.html`);
  await expect(page.getByRole('heading', { name: 'Import articles' })).toBeVisible();
  return page;
}

/** Every value the progress bar takes, recorded in the page as it changes. */
async function recordProgress(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const seen: number[] = [];
    Object.assign(window, { progressSeen: seen });
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar && seen.at(-1) !== bar.value) seen.push(bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  });
  return () => page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
}

async function waitForImport(page: Page, timeout = 120_000): Promise<string> {
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^(Imported|Cancelled|Stopped)/, { timeout });
  return (await status.textContent()) ?? '';
}

async function searchTitles(context: BrowserContext, query: string): Promise<string[]> {
  return (await searchResults(context, query)).map((r) => r.title);
}

/** The reader's search results: each one's title and the snippet quoted from its text. */
async function searchResults(context: BrowserContext, query: string): Promise<Array<{ title: string; snippet: string }>> {
  const worker = await nextServiceWorker(context);
  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${new URL(worker.url()).host}/reader.html#/search?q=${encodeURIComponent(query)}`);
  const results = reader.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  // The first search after a wake loads the user's articles too (seconds on a busy machine).
  await expect(results.first()).toBeVisible({ timeout: 30_000 });
  const found = await results.evaluateAll((options) => options.map((o) => ({ title: o.querySelector('.result-title')?.textContent ?? '', snippet: o.querySelector('.result-snippet')?.textContent ?? '' })));
  await reader.close();
  return found;
}

test('small files import through the picker, with the broken ones listed by file and line', async ({ context }) => {
  const page = await openArchivePage(context);
  await page.locator('#import-files').setInputFiles([path.join(FIXTURES, 'wire.jsonl'), path.join(FIXTURES, 'broken.json'), path.join(FIXTURES, 'saved-page.html')]);
  expect(await waitForImport(page)).toBe('Imported. 3 articles stored, 2 problems.');
  const problems = page.getByRole('region', { name: /2 problems/ }).getByRole('listitem');
  await expect(problems).toHaveCount(2);
  await expect(problems.filter({ hasText: 'wire.jsonl, line 2' })).toHaveCount(1);
  await expect(problems.filter({ hasText: 'broken.json' })).toHaveCount(1);

  expect(await searchTitles(context, 'Kuryk ferry')).toContain('Caspian ferry line opens between Alat and Kuryk');
  // The saved page's article, found by Readability: its title, without the site's name.
  expect(await searchTitles(context, 'Lankaran tea')).toContain('Lankaran tea harvest breaks a record');

  // The same files again: nothing doubled, every article reported as a duplicate.
  await page.locator('#import-files').setInputFiles([path.join(FIXTURES, 'wire.jsonl'), path.join(FIXTURES, 'saved-page.html')]);
  expect(await waitForImport(page)).toBe('Imported. 0 articles stored, 3 duplicates left out, 1 problem.');
  await page.getByText('3 duplicates already in the archive').click();
  await expect(page.getByText('Caspian ferry line opens between Alat and Kuryk (same address)')).toBeVisible();
});

test('an import makes no network request, even from a saved page full of remote resources', async ({ context }) => {
  const elsewhere: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('chrome-extension://') && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
  });
  const page = await openArchivePage(context);
  await page.locator('#import-files').setInputFiles([path.join(FIXTURES, 'saved-page.html'), path.join(FIXTURES, 'wire.jsonl')]);
  await waitForImport(page);
  expect(await searchTitles(context, 'Lankaran')).toContain('Lankaran tea harvest breaks a record');
  expect(elsewhere).toEqual([]);
  // Control: the listener does see requests the page makes.
  await page.evaluate(() => fetch('https://example.invalid/').catch(() => undefined));
  await expect.poll(() => elsewhere).toContain('https://example.invalid/');
});

test('Cancel stops between chunks and keeps what was stored', async ({ context }) => {
  const file = syntheticFile('many.jsonl', 30_000);
  const page = await openArchivePage(context);
  await page.locator('#import-files').setInputFiles(file);
  await expect(page.getByText(/^[1-9][\d,]* stored of 30,000 read$/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  const status = await waitForImport(page);
  const stored = Number(/([\d,]+) articles stored \(kept\)/.exec(status)?.[1]?.replace(/,/g, ''));
  expect(status).toMatch(/^Cancelled\./);
  // Whole chunks only, and not all of them.
  expect(stored % 1000).toBe(0);
  expect(stored).toBeGreaterThan(0);
  expect(stored).toBeLessThan(30_000);
  expect(status).toContain(`${(30_000 - stored).toLocaleString('en')} not stored`);
  expect(await searchTitles(context, '"Synthetic dispatch number 0"')).toContain('Synthetic dispatch number 0');
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

/** Drops these files on the drop zone as a user's drag would: a DataTransfer built in the page from the files' contents. */
async function dropFiles(page: Page, files: readonly string[]): Promise<void> {
  const contents = files.map((file) => ({ name: path.basename(file), text: fs.readFileSync(file, 'utf8') }));
  const dataTransfer = await page.evaluateHandle((dropped) => {
    const transfer = new DataTransfer();
    for (const { name, text } of dropped) transfer.items.add(new File([text], name));
    return transfer;
  }, contents);
  await page.dispatchEvent('.drop-zone', 'dragover', { dataTransfer });
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer });
}

test('files dropped on the page import, and their articles are found by search', async ({ context }) => {
  const page = await openArchivePage(context);
  await dropFiles(page, [path.join(FIXTURES, 'wire.jsonl'), path.join(FIXTURES, 'saved-page.html')]);
  expect(await waitForImport(page)).toBe('Imported. 3 articles stored, 1 problem.');
  await expect(page.getByRole('strong').filter({ hasText: '2 files' })).toBeVisible();
  expect(await searchTitles(context, 'Kuryk ferry')).toContain('Caspian ferry line opens between Alat and Kuryk');
  expect(await searchTitles(context, 'Lankaran tea')).toContain('Lankaran tea harvest breaks a record');
});

test('the page answers while a big dropped file imports: Cancel is clicked and acted on before the end', async ({ context }) => {
  const file = syntheticFile('dropped.jsonl', 30_000);
  const page = await openArchivePage(context);
  await dropFiles(page, [file]);
  await expect(page.getByText(/^[1-9][\d,]* stored of 30,000 read$/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  const status = await waitForImport(page);
  expect(status).toMatch(/^Cancelled\./);
  expect(Number(/([\d,]+) articles stored \(kept\)/.exec(status)?.[1]?.replace(/,/g, ''))).toBeLessThan(30_000);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

test.describe('real corpora', () => {
  test.skip(!hasCorpora, 'needs ../shared/data/corpora (az-agency-headlines-2026 and bbc-2004); absent here');
  test.setTimeout(240_000);

  test('headlines and a folder of BBC articles import, are searched, and survive a browser restart and a stopped worker', async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-profile-'));
    let context = await launchWithDossier(profile);
    try {
      await (await welcomePage(context)).close();
      let page = await openArchivePage(context);
      const progress = await recordProgress(page);

      await page.locator('#import-files').setInputFiles([AZ_HEADLINES, path.join(FIXTURES, 'broken.json')]);
      expect(await waitForImport(page)).toMatch(/^Imported\. 3,1\d\d articles stored.*, 1 problem\.$/);
      await expect(page.getByRole('region', { name: /1 problem/ }).getByRole('listitem')).toContainText('broken.json');
      const seen = await progress();
      // The bar moved through values between empty and full before it was full.
      expect(seen.filter((v) => v > 0 && v < 1).length).toBeGreaterThanOrEqual(3);
      expect(seen.at(-1)).toBe(1);

      await page.locator('#import-folder').setInputFiles(BBC_FOLDER);
      expect(await waitForImport(page)).toMatch(/^Imported\. 2,\d{3} articles stored/);
      await expect(page.getByRole('strong').filter({ hasText: 'bbc-2004/ (2 files)' })).toBeVisible();
      await screenshot(page, 'import-done');

      expect(await searchTitles(context, 'NATO secretary general Georgia')).toContain('NATO secretary general: ‘we continue cooperation with Georgia’');
      expect(await searchTitles(context, 'Time Warner profit')).toContain('Ad sales boost Time Warner profit');

      // Restart the browser on the same profile, then stop its worker: still all there.
      await context.close();
      context = await launchWithDossier(profile);
      await nextServiceWorker(context);
      await stopServiceWorker(context);
      // The texts, read from the store only when shown, are quoted as before the restart.
      const results = await searchResults(context, 'Time Warner profit');
      expect(results.map((r) => r.title)).toContain('Ad sales boost Time Warner profit');
      const snippet = results.find((r) => r.title === 'Ad sales boost Time Warner profit')?.snippet ?? '';
      const body = bbcBody('Ad sales boost Time Warner profit');
      const quoted = snippet.split('…').map((part) => part.trim()).filter(Boolean);
      expect(quoted.length).toBeGreaterThan(0);
      for (const part of quoted) expect(body).toContain(part);
      expect(await searchTitles(context, 'NATO secretary general Georgia')).toContain('NATO secretary general: ‘we continue cooperation with Georgia’');
      page = await openArchivePage(context);
      // Importing the same headlines again adds nothing: they are all stored already.
      await page.locator('#import-files').setInputFiles(AZ_HEADLINES);
      expect(await waitForImport(page)).toMatch(/^Imported\. 0 articles stored, 3,1\d\d duplicates left out/);
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});

/** The body of the BBC article of this title, its paragraphs joined by spaces (as a snippet quotes them). */
function bbcBody(title: string): string {
  for (const line of fs.readFileSync(path.join(BBC_FOLDER, 'articles.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const article = JSON.parse(line) as { title: string; body: string };
    if (article.title === title) return article.body.replace(/\s+/g, ' ');
  }
  throw new Error(`no BBC article titled ${title}`);
}

/** The folders `syntheticFile` made, removed when this file's tests end. */
const syntheticDirs: string[] = [];
test.afterAll(() => {
  for (const dir of syntheticDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A JSONL file of `count` synthetic headlines, every `brokenEvery`-th line broken (0: none). */
function syntheticFile(name: string, count: number, brokenEvery = 0): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-import-'));
  syntheticDirs.push(dir);
  const file = path.join(dir, name);
  const lines = Array.from({ length: count }, (_, i) =>
    brokenEvery && i % brokenEvery === brokenEvery - 1 ? `{"title": "unfinished line ${i}"` : JSON.stringify({ title: `Synthetic dispatch number ${i}`, source: 'Generator', date: '2026-01-01' }),
  );
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the import screen, ${scheme}: empty, importing, with problems, large; axe finds no violation`, async ({ context }) => {
    test.setTimeout(180_000);
    const page = await openArchivePage(context);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 900, height: 700 });
    await expectNoViolations(page);
    await screenshot(page, `import-empty-${scheme}`);

    await page.locator('#import-files').setInputFiles(syntheticFile('dispatches.jsonl', 30_000));
    await expect(page.getByText(/^[1-9][\d,]* stored of 30,000 read$/)).toBeVisible({ timeout: 60_000 });
    await expectNoViolations(page);
    await screenshot(page, `import-running-${scheme}`);
    await waitForImport(page);

    await page.locator('#import-files').setInputFiles([path.join(FIXTURES, 'wire.jsonl'), path.join(FIXTURES, 'broken.json'), path.join(FIXTURES, 'saved-page.html')]);
    await waitForImport(page);
    await expectNoViolations(page);
    await screenshot(page, `import-problems-${scheme}`);

    // Large: thousands of problems and duplicates (the same dispatches again, some lines broken).
    await page.locator('#import-files').setInputFiles(syntheticFile('dispatches-again.jsonl', 30_000, 20));
    expect(await waitForImport(page)).toBe('Imported. 0 articles stored, 28,500 duplicates left out, 1,500 problems.');
    await expect(page.getByRole('button', { name: 'Save the whole list' })).toBeVisible();
    await expectNoViolations(page);
    await screenshot(page, `import-large-${scheme}`);
  });
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
