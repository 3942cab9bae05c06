// Turning highlighting off and on: everywhere, per site, and the settings persist.
import { test, expect } from './fixtures.ts';
import { marksIn, setSettings, waitForMarks } from './highlight-support.ts';

test('the global switch removes every mark at once and restores them', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url('/pages/highlight/rules.html'));
  const before = await waitForMarks(page, (m) => m.official.includes('Nikol Pashinyan'));

  await setSettings(serviceWorker, { highlightingEnabled: false });
  await expect.poll(async () => (await marksIn(page)).registered).toBe(false);
  const framed = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
  await expect.poll(async () => (await marksIn(framed)).registered).toBe(false);

  await setSettings(serviceWorker, { highlightingEnabled: true });
  const after = await waitForMarks(page, (m) => m.registered);
  expect(after).toEqual(before);

  // The setting persists: a page opened while it is off is never marked.
  await setSettings(serviceWorker, { highlightingEnabled: false });
  const other = await page.context().newPage();
  await other.goto(server.url('/pages/highlight/spa.html'));
  await other.waitForTimeout(1500);
  expect((await marksIn(other)).registered).toBe(false);
  await setSettings(serviceWorker, { highlightingEnabled: true });
  await waitForMarks(other, (m) => m.country.includes('Serbia'));
});

test('the per-site switch turns one site off and leaves others on', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url('/pages/highlight/spa.html'));
  await waitForMarks(page, (m) => m.country.includes('Serbia'));
  const host = new URL(server.url('/')).hostname;

  await setSettings(serviceWorker, { disabledSites: [host] });
  await expect.poll(async () => (await marksIn(page)).registered).toBe(false);

  // Changes made while off are caught up when the site is turned back on.
  await page.evaluate(() => (window as unknown as { addStory(t: string): void }).addStory('Meanwhile in Montenegro.'));
  await page.waitForTimeout(500);
  expect((await marksIn(page)).registered).toBe(false);

  // Another host (localhost is the same server under another name) is still marked.
  const other = await page.context().newPage();
  await other.goto(server.url('/pages/highlight/spa.html').replace('127.0.0.1', 'localhost'));
  await waitForMarks(other, (m) => m.country.includes('Serbia'));

  await setSettings(serviceWorker, { disabledSites: [] });
  const back = await waitForMarks(page, (m) => m.country.includes('Montenegro'));
  expect(back.country).toEqual(['Montenegro', 'Serbia']);
});
