// A hostile page's own script probes for Dossier (tests/e2e/pages/hostile/probe.html): it
// must not open cards with synthetic events, read or click the card, read which names are in
// the user's archive from the highlight registry, find Dossier's timings in its performance
// timeline, or notice Dossier at all on a site where highlighting is off.
import { test, expect } from './fixtures.ts';
import { cardIn, inCard, pointAt, waitForCard } from './card-support.ts';
import { setSettings, storedReports, waitForMarks } from './highlight-support.ts';
import { NO_TRACES, PROBE_PAGE } from '../support/hostile-probe.ts';

// The extension API as seen inside serviceWorker.evaluate() (the project has no @types/chrome).
declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

test("a page's synthetic keys and pointer moves open no card", async ({ page, server }) => {
  await page.goto(server.url(PROBE_PAGE));
  await waitForMarks(page, (m) => m.official.includes('Ivica Dacic'));
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.probe.fireSynthetic());
    await page.waitForTimeout(500);
  }
  expect(await page.evaluate(() => window.probe.readCard().host)).toBe(false);
  expect(await cardIn(page)).toBeNull();
  // Control: the user's own pointer on the same name opens its card.
  await pointAt(page, page, 'Ivica Dacic');
  await waitForCard(page, 'official:ivica-dacic');
});

test('the card the user opens cannot be read or clicked by the page', async ({ page, server, context }) => {
  await page.goto(server.url(PROBE_PAGE));
  await waitForMarks(page, (m) => m.official.includes('Ivica Dacic'));
  await pointAt(page, page, 'Ivica Dacic');
  const card = await waitForCard(page, 'official:ivica-dacic');
  expect(card.text).toMatch(/archive article/);
  const seen = await page.evaluate(() => window.probe.readCard());
  expect(seen.host).toBe(true);
  expect(seen.shadowRoot).toBe(false);
  expect(seen.text).toBe('');
  expect(seen.pageText).not.toMatch(/archive article|Foreign Minister.*as of/);
  // The page's clicks on the host (and on anything it could reach) open no reader tab.
  const pages = context.pages().length;
  expect(await page.evaluate(() => window.probe.clickCard())).toBe(true);
  await page.waitForTimeout(1000);
  expect(context.pages().length).toBe(pages);
  // The extension's URLs (with its id) are only in the card's links, which the page cannot reach.
  expect(await inCard(page, (root) => root.querySelector('a')?.href.startsWith('chrome-extension://'))).toBe(true);
  expect(await page.evaluate(() => document.documentElement.outerHTML.includes('chrome-extension://'))).toBe(false);
});

test('names known only from the archive are recognised but never enter the highlight registry', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url(PROBE_PAGE));
  await waitForMarks(page, (m) => m.official.includes('Ivica Dacic') && m.country.includes('Azerbaijan'));
  // Control: Dossier did recognise the planted archive-only names (the popup lists them).
  const archiveOnly = await page.evaluate(() => window.probe.archiveOnly);
  await expect
    .poll(async () => (await storedReports(serviceWorker)).flatMap((r) => r.entities.map((e) => e.name ?? e.id)), { timeout: 10_000 })
    .toEqual(expect.arrayContaining(['Leyla Abdullayeva', 'Heydar Aliyev']));
  const highlighted = await page.evaluate(() => window.probe.highlighted().map((h) => h.text));
  expect(highlighted).toContain('Ivica Dacic');
  for (const name of archiveOnly) expect(highlighted.filter((t) => name.includes(t) || t.includes(name)), name).toEqual([]);
  // They are still found under the user's pointer: the card opens.
  await pointAt(page, page, 'Leyla Abdullayeva');
  const card = await waitForCard(page, 'official:leyla-abdullayeva');
  expect(card.text).toContain('Leyla Abdullayeva');
  expect(await page.evaluate(() => window.probe.highlighted().map((h) => h.text))).not.toContain('Leyla Abdullayeva');
});

test("no Dossier entries in the page's performance timeline (production build)", async ({ page, server }) => {
  await page.goto(server.url(PROBE_PAGE));
  await waitForMarks(page, (m) => m.official.includes('Ivica Dacic'));
  await pointAt(page, page, 'Azerbaijan');
  await waitForCard(page, 'country:AZ');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.probe.traces().timeline)).toEqual([]);
});

test('with highlighting off for the site nothing of Dossier is observable; on, the probe sees it', async ({ page, server, serviceWorker }) => {
  const host = new URL(server.url('/')).hostname;
  await setSettings(serviceWorker, { disabledSites: [host] });
  await page.goto(server.url(PROBE_PAGE));
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  await pointAt(page, page, 'Ivica Dacic');
  await page.waitForTimeout(1000);
  const off = await page.evaluate(() => window.probe.traces());
  expect(off).toEqual(NO_TRACES);
  // Control: the same probe notices Dossier once it is on (so the checks above can fail).
  await setSettings(serviceWorker, { disabledSites: [] });
  await waitForMarks(page, (m) => m.official.includes('Ivica Dacic'));
  const on = await page.evaluate(() => window.probe.traces());
  expect(on.highlights.length).toBeGreaterThan(0);
  expect(on.adoptedSheets).toBe(1);
  expect(on.highlightStyle[0]).not.toBe('rgba(0, 0, 0, 0)');
  // Off again: every trace goes.
  await setSettings(serviceWorker, { disabledSites: [host] });
  await expect.poll(() => page.evaluate(() => window.probe.traces().highlights)).toEqual([]);
  const offAgain = await page.evaluate(() => window.probe.traces());
  expect(offAgain.adoptedSheets).toBe(0);
  expect(offAgain.highlightStyle[0]).toBe('rgba(0, 0, 0, 0)');
});

test('Dossier makes no network requests: scanning, hovering, searching and reading stay local', async ({ context, page, server, extensionPage }) => {
  const local = new URL(server.url('/')).origin;
  const elsewhere: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(local) && !url.startsWith('chrome-extension://') && !url.startsWith('data:')) elsewhere.push(url);
  });
  await page.goto(server.url(PROBE_PAGE));
  await waitForMarks(page, (m) => m.official.includes('Ivica Dacic'));
  await pointAt(page, page, 'Ivica Dacic');
  await waitForCard(page, 'official:ivica-dacic');
  const popup = await extensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Search' }).click();
  await popup.getByRole('combobox', { name: 'Search the archive' }).fill('Dačić');
  await expect(popup.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText('Bayramov');
  const reader = await extensionPage(`reader.html#/search?q=${encodeURIComponent('Serbia')}`);
  await expect(reader.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await reader.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
  await reader.waitForTimeout(500);
  expect(elsewhere).toEqual([]);
  // Control: the listener does see requests (the page's own).
  const seen: string[] = [];
  context.on('request', (request) => seen.push(request.url()));
  await page.reload();
  expect(seen.some((u) => u.startsWith(local))).toBe(true);
});

test("a content script cannot read another tab's URL, title or names; it may ask about its own", async ({ context, page, server, serviceWorker, extensionId }) => {
  const other = await context.newPage();
  await other.goto(server.url('/demo/'));
  await waitForMarks(other, (m) => m.official.length > 0);
  await page.goto(server.url(PROBE_PAGE));
  await waitForMarks(page, (m) => m.official.includes('Ivica Dacic'));
  const tabs = await serviceWorker.evaluate(() => chrome.tabs.query({}));
  const tabOf = (url: string): number => tabs.find((t) => t.url === url)!.id!;
  // Dossier's content script's own world in the probe's tab (CDP lists it as an isolated
  // world of the extension's origin): what a compromised content script could send.
  const cdp = await context.newCDPSession(page);
  const worlds: Array<{ id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c));
  await cdp.send('Runtime.enable');
  await expect.poll(() => worlds.some((w) => w.auxData?.type === 'isolated' && w.origin.includes(extensionId))).toBe(true);
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.includes(extensionId))!;
  // The message as lib/messages/messenger.ts sends it (@webext-core/messaging's envelope).
  const ask = async (tabId: number): Promise<{ res?: { url?: string }; err?: { message?: string } }> => {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `chrome.runtime.sendMessage({ id: 1, type: 'getTabSummary', data: { tabId: ${tabId} }, timestamp: Date.now() })`,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    return result.value as { res?: { url?: string }; err?: { message?: string } };
  };
  const stolen = await ask(tabOf(other.url()));
  expect(stolen.res).toBeUndefined();
  expect(stolen.err?.message).toContain('only about its own tab');
  // Control: the same world, asking about its own tab, is answered.
  const own = await ask(tabOf(page.url()));
  expect(own.err).toBeUndefined();
  expect(own.res).toBeDefined();
});
