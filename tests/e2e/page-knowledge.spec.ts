// The knowledge a page highlights with comes from the copy the worker stores for content
// scripts (storage/page-knowledge.ts), read without waking the worker: it must follow what the
// user's imported articles teach, and forget it when their source is removed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, stopServiceWorker } from './fixtures.ts';

declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

/** Three headlines from three papers introduce one official (lib/entities/building/learned.ts). */
function introductions(dir: string): string {
  const file = path.join(dir, 'kestrel.jsonl');
  const lines = [1, 2, 3].map((i) => JSON.stringify({ title: `Foreign Minister Nora Kestrel visits Baku, day ${i}`, source: `Paper ${i}`, date: `2026-03-0${i}` }));
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** The officials in the copy stored for pages (by slug), read from an extension page. */
async function storedOfficials(extensionPage: Page): Promise<string[]> {
  const text = (await extensionPage.evaluate(() => chrome.storage.local.get('pageKnowledge'))).pageKnowledge;
  if (typeof text !== 'string') return [];
  const stored = JSON.parse(text) as { answer: { knowledge: { officials: Array<{ slug: string }> } | null } };
  return stored.answer.knowledge?.officials.map((o) => o.slug) ?? [];
}

/** The popup's names for a fresh load of the page, opened after the worker stopped. */
async function namesOnPage(context: BrowserContext, extensionId: string, url: string) {
  await stopServiceWorker(context);
  const page = await context.newPage();
  await page.goto(url);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tab = (await popup.evaluate(() => chrome.tabs.query({}))).find((t) => t.url === page.url());
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tab?.id}`);
  await popup.getByRole('tab', { name: 'This page' }).click();
  return { page, popup, names: popup.getByRole('list').filter({ has: popup.locator('.chip') }) };
}

test('an official the user’s articles taught is known on the next page, until the source is removed', async ({ context, extensionId, extensionPage, server }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-knowledge-'));
  const archive = await extensionPage('archive.html');
  await expect(archive.getByRole('heading', { name: 'Import articles' })).toBeVisible();
  // Installed: the bundle's knowledge is stored for pages, without the user's officials.
  await expect.poll(() => storedOfficials(archive)).toContain('ilham-aliyev');
  expect(await storedOfficials(archive)).not.toContain('nora-kestrel');

  await archive.locator('#import-files').setInputFiles(introductions(dir));
  await expect(archive.getByRole('status')).toHaveText(/^Imported. 3 articles stored/, { timeout: 60_000 });
  await expect.poll(() => storedOfficials(archive), { timeout: 15_000 }).toContain('nora-kestrel');

  const url = server.url('/pages/popup/learned-official.html');
  let seen = await namesOnPage(context, extensionId, url);
  await expect(seen.names).toContainText('Nora Kestrel', { timeout: 15_000 });
  await seen.page.close();
  await seen.popup.close();

  await archive.getByRole('button', { name: 'Remove kestrel.jsonl' }).click();
  await expect(archive.getByRole('status').filter({ hasText: 'Removed “kestrel.jsonl” (3 articles).' })).toBeVisible();
  await expect.poll(() => storedOfficials(archive), { timeout: 15_000 }).not.toContain('nora-kestrel');
  seen = await namesOnPage(context, extensionId, url);
  await expect(seen.names).toContainText('Azerbaijan', { timeout: 15_000 });
  await expect(seen.names).not.toContainText('Nora Kestrel');
  fs.rmSync(dir, { recursive: true, force: true });
});
