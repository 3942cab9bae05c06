// Dossier in Firefox: the Firefox build (.output/firefox-mv3) highlights names, opens the
// hover card, its popup (This page, Search), reader and options page work; a site whose access the
// user withheld gets an honest popup state with a button that asks for it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../support/paths.mjs';
import { closedCardText } from './closed-card.ts';
import type { Page } from 'puppeteer-core';
import {
  firefoxMissing,
  firefoxPath,
  openExtensionPage,
  pointOf,
  startFirefox,
  until,
  untilSelector,
  waitForMarks,
  type FirefoxSession,
} from './firefox.ts';

if (!firefoxPath) console.log(firefoxMissing);

const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');


describe.skipIf(!firefoxPath)('Firefox', () => {
  let firefox: FirefoxSession;
  let demo: Page;

  beforeAll(async () => {
    firefox = await startFirefox();
    console.log(`Firefox suite on ${firefox.version}`);
    demo = await firefox.browser.newPage();
    await demo.goto(firefox.server.url('/demo/'));
  });

  afterAll(async () => {
    await firefox?.close();
  });

  /** The popup of the tab showing `url`, opened as a page (popup.html?tab=<id>). */
  async function popupFor(url: string): Promise<Page> {
    const probe = await openExtensionPage(firefox.browser, 'popup.html');
    const tabId = await probe.evaluate(async (wanted) => (await browser.tabs.query({})).find((t) => t.url === wanted)?.id, url);
    await probe.close();
    expect(tabId).toBeTypeOf('number');
    return openExtensionPage(firefox.browser, `popup.html?tab=${tabId}`);
  }

  test('highlights countries and officials on a web page', async () => {
    const marks = await waitForMarks(demo);
    expect(marks.country).toBeGreaterThan(5);
    expect(marks.official).toBeGreaterThan(2);
    // For humans: how the marks paint in this Firefox (underlines do not paint on 140).
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const major = firefox.version.split('/')[1]?.split('.')[0] ?? 'unknown';
    await demo.screenshot({ path: path.join(SCREENSHOT_DIR, `firefox-${major}-page.png`) as `${string}.png` });
  });

  test('resting the pointer on a name opens its card', async () => {
    await waitForMarks(demo);
    const at = await pointOf(demo, 'Ivica Dačić');
    await demo.mouse.move(at.x, at.y);
    let text = '';
    for (const deadline = Date.now() + 10_000; !text.includes('archive article') && Date.now() < deadline; ) {
      text = await closedCardText(firefox.browser, demo);
      if (!text.includes('archive article')) await new Promise((r) => setTimeout(r, 100));
    }
    expect(text).toContain('Ivica Dačić');
    expect(text).toContain('Minister of Foreign Affairs');
    await demo.mouse.move(1, 1);
  });

  test("the popup's This page lists the names and the related archive articles", async () => {
    const popup = await popupFor(demo.url());
    await untilSelector(popup, '.entity-chips .chip', 15_000);
    const chips = await popup.$$eval('.entity-chips .chip', (els) => els.map((e) => e.textContent ?? ''));
    expect(chips.join(' ')).toContain('Serbia');
    expect(chips.join(' ')).toContain('Jeyhun Bayramov');
    const related = await popup.$$eval('[aria-label="Related archive articles"] li', (els) => els.map((e) => e.textContent ?? ''));
    expect(related.length).toBeGreaterThan(0);
    expect(related[0]).toContain('Bayramov');
    await popup.close();
  });

  test("the popup's Search finds archive articles in any spelling, and the reader opens them", async () => {
    const popup = await openExtensionPage(firefox.browser, 'popup.html');
    await popup.click('#tab-search');
    await untilSelector(popup, 'input[type="search"]');
    await popup.type('input[type="search"]', 'Dačić');
    await untilSelector(popup, '[role="listbox"] [role="option"]', 10_000);
    const results = await popup.$$eval('[role="listbox"] [role="option"]', (els) => els.map((e) => e.textContent ?? ''));
    // The archive spells him without diacritics: the search folds them.
    expect(results[0]).toContain('Ivica Dacic');
    await popup.close();

    const reader = await openExtensionPage(firefox.browser, 'reader.html#/search?q=Da%C4%8Di%C4%87');
    await untilSelector(reader, '[role="listbox"] [role="option"]', 10_000);
    await reader.click('[role="listbox"] [role="option"]');
    const article = reader;
    await untilSelector(article, '.article h1', 10_000);
    expect(await article.$eval('.article h1', (h) => h.textContent)).toContain('Bayramov');
    // The reader highlights the article's names too.
    const marks = await waitForMarks(article);
    expect(marks.official).toBeGreaterThan(0);
    await article.close();
  });

  test('the options page turns officials off on an open tab, and Firefox offers its shortcut settings to it', async () => {
    await waitForMarks(demo);
    const options = await openExtensionPage(firefox.browser, 'options.html');
    await untilSelector(options, 'input[type="checkbox"]:not(:disabled)');
    // ShortcutsLink.tsx feature-detects this call: in Firefox it opens Manage Extension Shortcuts.
    expect(await options.evaluate(() => 'openShortcutSettings' in browser.commands)).toBe(true);
    const officials = (on: boolean) =>
      options.evaluate((want) => {
        const box = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Officials')?.querySelector('input');
        if (box && box.checked !== want) box.click();
      }, on);
    await officials(false);
    await until(demo, () => (CSS.highlights.get('dossier-official')?.size ?? 0) === 0 && (CSS.highlights.get('dossier-country')?.size ?? 0) > 0);
    await officials(true);
    await waitForMarks(demo);
    await options.close();
  });

  test('withheld site access: the popup says so and offers a button that asks for it', async () => {
    const probe = await openExtensionPage(firefox.browser, 'popup.html');
    const removed = await probe.evaluate(() => browser.permissions.remove({ origins: ['http://*/*', 'https://*/*'] }));
    await probe.close();
    expect(removed).toBe(true);
    const page = await firefox.browser.newPage();
    await page.goto(firefox.server.url('/demo/?withheld'));
    const popup = await popupFor(page.url());
    await untilSelector(popup, '.site-access', 10_000);
    const notice = await popup.$eval('.site-access', (el) => (el as HTMLElement).innerText);
    expect(notice).toContain('not allowed to read this site');
    expect(notice).not.toContain('No names found');
    expect(await popup.$eval('.site-access button', (b) => b.textContent)).toContain('Allow');
  });
});
