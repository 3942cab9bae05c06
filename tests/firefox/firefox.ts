/**
 * Firefox for the Firefox suite: the built extension (.output/firefox-mv3) installed into a
 * fresh headless Firefox through puppeteer-core over WebDriver BiDi.
 *
 * - `browser.installExtension(dir)` installs the unpacked build as a temporary add-on and
 *   answers with its gecko id, not with the moz-extension:// host (nor do BiDi's targets
 *   tell: they keep saying about:blank for extension pages). That host is a random
 *   UUID per profile unless the `extensions.webextensions.uuids` pref names it, so the pref
 *   fixes it before start: extension pages are then at moz-extension://<EXTENSION_UUID>/.
 * - Firefox only lets WebDriver open moz-extension:// pages with --remote-allow-system-access.
 * - puppeteer-core stays on 24.x: 25 needs Node 22.
 */
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefoxSync } from '../support/find-browser.mjs';
import { DEMO_DIR, E2E_PAGES_DIR, FIREFOX_DIR } from '../support/paths.mjs';
import { startStaticServer, type StaticServer } from '../support/static-server.mjs';

export const GECKO_ID = 'dossier@dossier.invalid';
export const EXTENSION_UUID = '5d0551e7-0000-4000-8000-00000000d055';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const found = findFirefoxSync();
/** The Firefox to drive, or null: the suite then skips with `firefoxMissing` as its one line. */
export const firefoxPath = found.path ?? null;
export const firefoxMissing = found.error ? `Firefox suite skipped: ${found.error}.` : '';

export interface FirefoxSession {
  browser: Browser;
  server: StaticServer;
  version: string;
  close(): Promise<void>;
}

export async function startFirefox(): Promise<FirefoxSession> {
  if (!firefoxPath) throw new Error(firefoxMissing);
  if (!fs.existsSync(path.join(FIREFOX_DIR, 'manifest.json'))) {
    throw new Error('Dossier is not built for Firefox: run `npm run build:firefox` first (`npm test` builds it).');
  }
  const server = await startStaticServer([
    { prefix: '/pages/', dir: E2E_PAGES_DIR },
    { prefix: '/demo/', dir: DEMO_DIR },
  ]);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
  });
  const version = await browser.version();
  const id = await browser.installExtension(FIREFOX_DIR);
  if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  await closeWelcomePage(browser);
  return {
    browser,
    server,
    version,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The first-run page opens on install; tests that do not look at it close it. BiDi keeps
 * reporting about:blank as the URL of moz-extension:// tabs, so each tab is asked itself.
 */
async function closeWelcomePage(browser: Browser): Promise<void> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${EXTENSION_ORIGIN}/welcome.html`)) return page.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the first-run page did not open on install');
}

/**
 * Waits until `predicate` (run in the page) is true. Not puppeteer's waitForFunction or
 * waitForSelector: their in-page poller is built with Function(), which the extension
 * pages' CSP blocks on Firefox 140.
 */
export async function until(page: Page, predicate: (arg: string) => boolean, arg = '', timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(predicate, arg).catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${predicate.toString().slice(0, 120)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits for an element matching `selector` (see `until`). */
export function untilSelector(page: Page, selector: string, timeout?: number): Promise<void> {
  return until(page, (sel) => document.querySelector(sel) !== null, selector, timeout);
}

/**
 * Opens one of Dossier's pages. Firefox reports no load event to BiDi for moz-extension://
 * navigations, so this waits for the DOM instead of the navigation.
 */
export async function openExtensionPage(browser: Browser, pagePath: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`${EXTENSION_ORIGIN}/${pagePath}`).catch(() => {});
  await until(page, () => document.readyState === 'complete' && location.protocol === 'moz-extension:', undefined, 15_000);
  return page;
}

/** Sizes of Dossier's country and official highlights, once both have marks. */
export async function waitForMarks(page: Page): Promise<{ country: number; official: number }> {
  await until(
    page,
    () => (CSS.highlights.get('dossier-country')?.size ?? 0) > 0 && (CSS.highlights.get('dossier-official')?.size ?? 0) > 0,
    undefined,
    15_000,
  );
  return page.evaluate(() => ({
    country: CSS.highlights.get('dossier-country')?.size ?? 0,
    official: CSS.highlights.get('dossier-official')?.size ?? 0,
  }));
}

/** The middle of the first line box of `text` on the page. */
export async function pointOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + needle.length);
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    throw new Error(`"${needle}" not found`);
  }, text);
}
