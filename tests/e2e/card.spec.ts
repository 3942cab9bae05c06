// The hover card against the built extension: opening, closing, content, keyboard.
import { test, expect, screenshot } from './fixtures.ts';
import { cardIn, clickInCard, inCard, openMarked, pointAt, waitForCard } from './card-support.ts';

test('resting on a name opens its card with the entity, its role and its archive articles', async ({ page, server }) => {
  await openMarked(page, server.url('/pages/card/names.html'), 'Ivica Dacic');
  await pointAt(page, page, 'Azerbaijan');
  const country = await waitForCard(page, 'country:AZ');
  expect(country.text).toContain('Azerbaijan');
  expect(country.text).toMatch(/Country/i);
  expect(country.text).toMatch(/5 archive articles/);
  expect(country.text).toContain('Search the archive for Azerbaijan');
  // The page's careless styles stop at the shadow root.
  const font = await inCard(page, (root) => {
    const a = root.querySelector('.card-articles a')!;
    return { family: getComputedStyle(a).fontFamily, color: getComputedStyle(a).color, spacing: getComputedStyle(a).letterSpacing };
  });
  expect(font?.family).not.toContain('Comic');
  expect(font?.color).not.toBe('rgb(255, 0, 0)');
  expect(font?.spacing).toBe('normal');
  // A timeline picture, with a text alternative.
  expect(await inCard(page, (root) => root.querySelector('svg[role="img"]')?.getAttribute('aria-label'))).toMatch(/Articles by month/);
  await screenshot(page, 'card-light-country');

  // The country's card (below Azerbaijan) can cover the next line: close it first.
  await page.keyboard.press('Escape');
  await pointAt(page, page, 'Ivica Dacic');
  const official = await waitForCard(page, 'official:ivica-dacic');
  expect(official.text).toContain('Ivica Dačić');
  expect(official.text).toMatch(/Foreign Minister/);
  expect(official.text).toMatch(/as of/);
  expect(official.text).toMatch(/1 archive article\b/);
  expect(official.text).toContain('Azerbaijani Foreign Minister Jeyhun Bayramov');
  await screenshot(page, 'card-light-official');
});

test('names the archive does not know yet say so, with their role', async ({ page, server }) => {
  await openMarked(page, server.url('/pages/card/names.html'), 'Zorana Petkovska');
  await pointAt(page, page, 'Emmanuel Macron');
  const curated = await waitForCard(page, 'official:emmanuel-macron');
  expect(curated.text).toMatch(/Not in your archive yet/);
  expect(curated.text).toMatch(/President/);
  expect(curated.text).toMatch(/Wikidata/);
  // The card below Macron covers the next line: close it first.
  await page.keyboard.press('Escape');
  await pointAt(page, page, 'Zorana Petkovska');
  const introduced = await waitForCard(page, 'official:zorana-petkovska');
  expect(introduced.text).toMatch(/Not in your archive yet/);
  expect(introduced.text).toMatch(/Energy Minister/);
  expect(introduced.text).toMatch(/as this page says/);
  await screenshot(page, 'card-light-page-official');
});

test('a pointer passing over a name opens no card', async ({ page, server }) => {
  await openMarked(page, server.url('/pages/card/names.html'), 'Ivica Dacic');
  const box = await pointAt(page, page, 'Plain words');
  const name = await (await import('./card-support.ts')).nameBox(page, 'Ivica Dacic');
  // Across the name and on, in about 120 ms.
  await page.mouse.move(name.left - 20, name.top + name.height / 2);
  for (let x = name.left - 20; x <= name.right + 200; x += 20) {
    await page.mouse.move(x, name.top + name.height / 2);
    await page.waitForTimeout(8);
  }
  await page.mouse.move(box.left + 5, box.top + 5);
  await page.waitForTimeout(900);
  expect(await cardIn(page)).toBeNull();
});

test('Esc closes the card; leaving it closes it after the grace period; the card itself can be hovered', async ({ page, server }) => {
  await openMarked(page, server.url('/pages/card/names.html'), 'Serbia');
  await pointAt(page, page, 'Serbia');
  await waitForCard(page, 'country:RS');
  await page.keyboard.press('Escape');
  expect(await cardIn(page)).toBeNull();

  // Leaving: still there within the grace period, gone after it.
  await pointAt(page, page, 'Serbia');
  const card = await waitForCard(page, 'country:RS');
  // The page's empty left margin, away from the name and the card.
  await page.mouse.move(5, 300);
  await page.waitForTimeout(120);
  expect((await cardIn(page))?.entity).toBe('country:RS');
  await page.waitForTimeout(600);
  expect(await cardIn(page)).toBeNull();

  // Into the card (across the gap): it stays, and it does not move.
  await pointAt(page, page, 'Serbia');
  const again = await waitForCard(page, 'country:RS');
  expect(again.box).toEqual(card.box);
  const name = await (await import('./card-support.ts')).nameBox(page, 'Serbia');
  await page.mouse.move(name.left + 4, name.bottom + 3, { steps: 2 });
  await page.mouse.move(again.box.left + 40, again.box.top + 60, { steps: 4 });
  await page.waitForTimeout(1200);
  const kept = await cardIn(page);
  expect(kept?.entity).toBe('country:RS');
  expect(kept?.box).toEqual(again.box);

  // A click elsewhere on the page closes it.
  await page.mouse.click(5, 5);
  expect(await cardIn(page)).toBeNull();
});

test('a click on an article opens it in the reader; the search link opens the reader search', async ({ page, server, context, extensionId }) => {
  await openMarked(page, server.url('/pages/card/names.html'), 'Ivica Dacic');
  await pointAt(page, page, 'Ivica Dacic');
  await waitForCard(page, 'official:ivica-dacic');
  const [reader] = await Promise.all([context.waitForEvent('page'), clickInCard(page, '.card-articles a')]);
  await reader.waitForLoadState();
  expect(reader.url()).toMatch(new RegExp(`^chrome-extension://${extensionId}/reader\\.html#/article/`));
  await expect(reader.locator('h1, h2').first()).toContainText(/Bayramov|Dacic|Dačić/);
  expect(await cardIn(page)).toBeNull();

  await page.bringToFront();
  await pointAt(page, page, 'Serbia');
  await waitForCard(page, 'country:RS');
  const [search] = await Promise.all([context.waitForEvent('page'), clickInCard(page, '.card-search')]);
  await search.waitForLoadState();
  expect(decodeURIComponent(search.url())).toContain('#/search?q=Serbia');
});

test('names split across inline markup and names inside an open shadow root open their cards', async ({ page, server }) => {
  await openMarked(page, server.url('/pages/card/markup.html'), 'Ilham Aliyev');
  // The second half of the name is in a <b>: the pointer on it is on the same name.
  await pointAt(page, page, 'Aliyev');
  const split = await waitForCard(page, 'official:ilham-aliyev');
  expect(split.text).toContain('Ilham Aliyev');
  await page.keyboard.press('Escape');

  await expect.poll(() => page.evaluate(() => CSS.highlights.get('dossier-country')?.size ?? 0)).toBeGreaterThan(0);
  const box = await page.evaluate(() => {
    const text = document.getElementById('box')!.shadowRoot!.querySelector('p')!.firstChild!;
    const at = text.textContent!.indexOf('Armenia');
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 'Armenia'.length);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  expect((await waitForCard(page, 'country:AM')).text).toContain('Armenia');
});

// The extension API as seen inside serviceWorker.evaluate() (the project has no @types/chrome).
declare const chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } };

test('the dwell follows the hoverDelayMs setting', async ({ page, server, serviceWorker }) => {
  // Set before the page loads: the content script reads it at start (and watches it after).
  await serviceWorker.evaluate(() => chrome.storage.sync.set({ hoverDelayMs: 1200 }));
  await openMarked(page, server.url('/pages/card/names.html'), 'Serbia');
  await pointAt(page, page, 'Serbia');
  await page.waitForTimeout(700);
  expect(await cardIn(page)).toBeNull();
  await waitForCard(page, 'country:RS');
});
