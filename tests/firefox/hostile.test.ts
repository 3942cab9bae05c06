// A hostile page's own script probing for Dossier in Firefox (the page of
// tests/e2e/hostile-page.spec.ts, tests/e2e/pages/hostile/probe.html): synthetic events open
// no card, the card the user opens cannot be read from the page, no Dossier entries in its
// performance timeline, names known only from the archive never enter CSS.highlights, and
// nothing of Dossier is observable on a site where highlighting is off. `page.evaluate` runs
// as the page's own script does, so what it sees is what the page sees.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { closedCardText } from './closed-card.ts';
import { NO_TRACES, PROBE_PAGE } from '../support/hostile-probe.ts';
import { firefoxMissing, firefoxPath, openExtensionPage, pointOf, startFirefox, until, untilSelector, type FirefoxSession } from './firefox.ts';

if (!firefoxPath) console.log(firefoxMissing);

describe.skipIf(!firefoxPath)('Firefox: a hostile page', () => {
  let firefox: FirefoxSession;

  beforeAll(async () => {
    firefox = await startFirefox();
  });

  afterAll(async () => {
    await firefox?.close();
  });

  async function openProbe(): Promise<Page> {
    const page = await firefox.browser.newPage();
    await page.goto(firefox.server.url(PROBE_PAGE));
    return page;
  }

  /** Waits until the page's registry holds a highlight of `text` (Dossier marked the page). */
  async function untilHighlighted(page: Page, text: string): Promise<void> {
    await until(page, (t) => window.probe.highlighted().some((h) => h.text === t), text, 15_000);
  }

  /** Rests the user's (trusted) pointer on `text` until the closed card says `expected`. */
  async function cardFor(page: Page, text: string, expected: string): Promise<string> {
    const at = await pointOf(page, text);
    await page.mouse.move(at.x, at.y);
    let shown = '';
    for (const deadline = Date.now() + 10_000; !shown.includes(expected) && Date.now() < deadline; ) {
      shown = await closedCardText(firefox.browser, page);
      if (!shown.includes(expected)) await new Promise((r) => setTimeout(r, 100));
    }
    return shown;
  }

  /** Sets the sites where highlighting is off, as the popup does (storage item `sync:disabledSites`). */
  async function setDisabledSites(sites: string[]): Promise<void> {
    const page = await openExtensionPage(firefox.browser, 'popup.html');
    await page.evaluate((value) => browser.storage.sync.set({ disabledSites: value }), sites);
    await page.close();
  }

  test("a page's synthetic keys and pointer moves open no card; the user's pointer does", async () => {
    const page = await openProbe();
    await untilHighlighted(page, 'Ivica Dacic');
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => window.probe.fireSynthetic());
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(await page.evaluate(() => window.probe.readCard().host)).toBe(false);
    expect(await closedCardText(firefox.browser, page)).toBe('');
    // Control: the user's own pointer on the same name opens its card.
    expect(await cardFor(page, 'Ivica Dacic', 'archive article')).toContain('Ivica Dačić');
    await page.close();
  });

  test('the card the user opens cannot be read from the page, and leaves no timeline entries', async () => {
    const page = await openProbe();
    await untilHighlighted(page, 'Ivica Dacic');
    const shown = await cardFor(page, 'Ivica Dacic', 'archive article');
    expect(shown).toContain('archive article');
    const seen = await page.evaluate(() => window.probe.readCard());
    expect(seen.host).toBe(true);
    expect(seen.shadowRoot).toBe(false);
    expect(seen.text).toBe('');
    expect(seen.pageText).not.toMatch(/archive article/);
    expect(await page.evaluate(() => document.documentElement.outerHTML.includes('moz-extension://'))).toBe(false);
    expect(await page.evaluate(() => window.probe.traces().timeline)).toEqual([]);
    await page.close();
  });

  test('names known only from the archive are recognised but never enter the highlight registry', async () => {
    const page = await openProbe();
    await untilHighlighted(page, 'Ivica Dacic');
    await untilHighlighted(page, 'Azerbaijan');
    // Control: Dossier recognised a planted archive-only name: the user's pointer opens its card.
    expect(await cardFor(page, 'Leyla Abdullayeva', 'Leyla Abdullayeva')).toContain('Leyla Abdullayeva');
    const archiveOnly = await page.evaluate(() => window.probe.archiveOnly);
    const highlighted = await page.evaluate(() => window.probe.highlighted().map((h) => h.text));
    expect(highlighted).toContain('Ivica Dacic');
    for (const name of archiveOnly) expect(highlighted.filter((t) => name.includes(t) || t.includes(name)), name).toEqual([]);
    await page.close();
  });

  test('with highlighting off for the site nothing of Dossier is observable; on, the probe sees it', async () => {
    const host = new URL(firefox.server.url('/')).hostname;
    await setDisabledSites([host]);
    const page = await openProbe();
    await untilSelector(page, '#planted');
    await new Promise((r) => setTimeout(r, 1500));
    const at = await pointOf(page, 'Ivica Dacic');
    await page.mouse.move(at.x, at.y);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.evaluate(() => window.probe.traces())).toEqual(NO_TRACES);
    // Control: the same probe notices Dossier once it is on (so the check above can fail).
    await setDisabledSites([]);
    await untilHighlighted(page, 'Ivica Dacic');
    const on = await page.evaluate(() => window.probe.traces());
    expect(on.highlights.length).toBeGreaterThan(0);
    expect(on.adoptedSheets).toBe(1);
    expect(on.highlightStyle[0]).not.toBe(NO_TRACES.highlightStyle[0]);
    await page.mouse.move(1, 1);
    await page.close();
  });
});
