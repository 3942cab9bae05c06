// The options page (entrypoints/options): each setting reaches a tab that is already open,
// without a reload; quiet mode answers only the user's own keys; the page passes axe in light
// and dark, and its screenshots are saved for the README.
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { cardIn, openMarked, pointAt, waitForCard } from './card-support.ts';
import { test, expect, screenshot } from './fixtures.ts';
import { marksIn, setSettings, waitForMarks } from './highlight-support.ts';

// The extension API as seen inside serviceWorker.evaluate() (the project has no @types/chrome).
declare const chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };

const NAMES = '/pages/card/names.html';

async function stored(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (k) => (await chrome.storage.sync.get(k))[k], key);
}

async function markCount(page: Page): Promise<number> {
  const m = await marksIn(page);
  return m.country.length + m.official.length;
}

test('the hover delay chosen in the options applies to an open tab', async ({ page, server, serviceWorker, extensionPage }) => {
  await openMarked(page, server.url(NAMES), 'Serbia');
  const options = await extensionPage('options.html');
  const delay = options.getByLabel('Delay before a card opens');
  await expect(delay).toHaveValue('300');
  await delay.fill('1500');
  await delay.blur();
  await expect.poll(() => stored(serviceWorker, 'hoverDelayMs')).toBe(1500);

  // Out of bounds is clamped, in the field and in storage.
  await delay.fill('99999');
  await delay.blur();
  await expect(delay).toHaveValue('5000');
  await expect.poll(() => stored(serviceWorker, 'hoverDelayMs')).toBe(5000);
  await delay.fill('1500');
  await delay.blur();
  await expect.poll(() => stored(serviceWorker, 'hoverDelayMs')).toBe(1500);

  await page.bringToFront();
  await pointAt(page, page, 'Serbia');
  await page.waitForTimeout(900);
  expect(await cardIn(page)).toBeNull();
  await waitForCard(page, 'country:RS');
});

test('turning officials off in the options removes their marks and cards from an open tab', async ({ page, server, extensionPage }) => {
  await page.goto(server.url(NAMES));
  const before = await waitForMarks(page, (m) => m.country.includes('Serbia') && m.official.includes('Ivica Dacic'));
  const options = await extensionPage('options.html');

  await options.getByRole('checkbox', { name: 'Officials' }).uncheck();
  await expect.poll(async () => (await marksIn(page)).official).toEqual([]);
  expect((await marksIn(page)).country).toEqual(before.country);

  // An official's name is no longer marked, so resting on it opens nothing; a country still does.
  await page.bringToFront();
  await pointAt(page, page, 'Ivica Dacic');
  await page.waitForTimeout(900);
  expect(await cardIn(page)).toBeNull();
  await pointAt(page, page, 'Serbia');
  await waitForCard(page, 'country:RS');

  await options.getByRole('checkbox', { name: 'Officials' }).check();
  await options.getByRole('checkbox', { name: 'Countries' }).uncheck();
  await expect.poll(async () => (await marksIn(page)).official).toEqual(before.official);
  expect((await marksIn(page)).country).toEqual([]);
});

test('quiet mode marks names only while the user holds Alt, and ignores a page’s own key events', async ({ page, server, extensionPage }) => {
  await page.goto(server.url(NAMES));
  const before = await waitForMarks(page, (m) => m.country.includes('Serbia') && m.official.length > 0);
  const options = await extensionPage('options.html');
  await options.getByRole('radio', { name: /Only while I hold Alt/ }).check();
  await expect.poll(() => markCount(page)).toBe(0);

  await page.bringToFront();
  // The page's own listener sees the user's Alt as it would without Dossier (nothing cancelled).
  await page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { altSeen: boolean[] }).altSeen = seen;
    addEventListener('keydown', (e) => e.isTrusted && e.key === 'Alt' && seen.push(e.defaultPrevented));
  });
  // Key events a page's script dispatches are not the user's: they show nothing.
  await page.evaluate(() => {
    for (const target of [window, document, document.body]) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Alt', code: 'AltLeft', altKey: true, bubbles: true }));
    }
    document.body.dispatchEvent(new PointerEvent('pointermove', { altKey: true, bubbles: true, clientX: 50, clientY: 50 }));
  });
  await page.waitForTimeout(500);
  expect(await markCount(page)).toBe(0);

  // Playwright's keyboard is trusted input, as a user's key press is.
  await page.keyboard.down('Alt');
  const held = await waitForMarks(page, (m) => m.country.length > 0);
  expect(held.country).toEqual(before.country);
  expect(held.official).toEqual(before.official);
  expect(await page.evaluate(() => (window as unknown as { altSeen: boolean[] }).altSeen)).toEqual([false]);
  await pointAt(page, page, 'Serbia');
  await waitForCard(page, 'country:RS');

  await page.keyboard.up('Alt');
  await expect.poll(() => markCount(page)).toBe(0);

  // Quiet mode off: the marks are back with no key held.
  await options.getByRole('radio', { name: /Always/ }).check();
  const back = await waitForMarks(page, (m) => m.country.length > 0);
  expect(back).toEqual(before);
});

test('removing a site from the list marks its open tab again', async ({ page, server, serviceWorker, extensionPage }) => {
  const host = new URL(server.url('/')).hostname;
  await setSettings(serviceWorker, { disabledSites: [host, 'example.org'] });
  await page.goto(server.url('/pages/highlight/spa.html'));
  await page.waitForTimeout(1500);
  expect((await marksIn(page)).registered).toBe(false);

  const options = await extensionPage('options.html');
  const list = options.getByRole('list');
  await expect(list.getByRole('listitem')).toHaveText([`${host}Turn back on for ${host}`, 'example.orgTurn back on for example.org']);
  await options.getByRole('button', { name: `Turn back on for ${host}` }).click();
  await waitForMarks(page, (m) => m.country.includes('Serbia'));
  await expect(list.getByRole('listitem')).toHaveText(['example.orgTurn back on for example.org']);
  expect(await stored(serviceWorker, 'disabledSites')).toEqual(['example.org']);
});

test('the shortcuts button opens Chrome’s shortcut settings; the popup and first-run page open the options', async ({ context, extensionPage }) => {
  const options = await extensionPage('options.html');
  const [shortcuts] = await Promise.all([context.waitForEvent('page'), options.getByRole('button', { name: 'Change keyboard shortcuts' }).click()]);
  await expect.poll(() => shortcuts.url()).toBe('chrome://extensions/shortcuts');
  await shortcuts.close();
  await options.close();

  const isOptions = (p: Page) => p.url().endsWith('/options.html');
  const popup = await extensionPage('popup.html');
  const [fromPopup] = await Promise.all([context.waitForEvent('page', { predicate: isOptions }), popup.getByRole('button', { name: 'Options' }).click()]);
  await expect(fromPopup.getByRole('heading', { name: 'Dossier options' })).toBeVisible();
  await fromPopup.close();

  const welcome = await extensionPage('welcome.html');
  const [fromWelcome] = await Promise.all([context.waitForEvent('page', { predicate: isOptions }), welcome.getByRole('button', { name: 'Options' }).first().click()]);
  await expect(fromWelcome.getByRole('heading', { name: 'Dossier options' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the options page passes axe in ${scheme} mode`, async ({ serviceWorker, extensionPage }) => {
    await setSettings(serviceWorker, {
      disabledSites: ['example.org', 'news.example.com', 'a-very-long-regional-edition-subdomain.newspaper-of-record-with-a-long-name.example.co.uk'],
    });
    const options = await extensionPage('options.html');
    await options.emulateMedia({ colorScheme: scheme });
    await expect(options.getByRole('listitem')).toHaveCount(3);
    await expect(options.getByLabel('Delay before a card opens')).toHaveValue('300');
    const results = await new AxeBuilder({ page: options }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await screenshot(options, `options-${scheme}`);
  });
}
