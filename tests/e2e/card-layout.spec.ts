// The hover card's placement, frames, fullscreen, themes and keyboard use.
import { test, expect, screenshot } from './fixtures.ts';
import { cardIn, inCard, nameBox, openMarked, pointAt, viewportOf, waitForCard } from './card-support.ts';
import { waitForMarks } from './highlight-support.ts';

const inside = (box: { left: number; top: number; right: number; bottom: number }, vp: { width: number; height: number }) =>
  box.left >= 0 && box.top >= 0 && box.right <= vp.width && box.bottom <= vp.height;

test('the card stays inside the viewport near every edge, flipping above names at the bottom', async ({ page, server }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await openMarked(page, server.url('/pages/card/edges.html'), 'Armenia');
  const vp = await viewportOf(page);
  const cases = [
    { name: 'Serbia', id: 'country:RS', side: 'below' },
    { name: 'Azerbaijan', id: 'country:AZ', side: 'below' },
    { name: 'Montenegro', id: 'country:ME', side: 'above' },
    { name: 'Armenia', id: 'country:AM', side: 'above' },
    { name: 'Russia', id: 'country:RU', side: null },
  ];
  for (const c of cases) {
    const name = await pointAt(page, page, c.name);
    const card = await waitForCard(page, c.id);
    expect(inside(card.box, vp), `${c.name}: ${JSON.stringify(card.box)} in ${JSON.stringify(vp)}`).toBe(true);
    if (c.side) expect(card.side).toBe(c.side);
    // Never over its own name.
    expect(card.box.bottom <= name.top || card.box.top >= name.bottom).toBe(true);
    if (c.name === 'Azerbaijan') await screenshot(page, 'card-edge-top-right');
    if (c.name === 'Armenia') await screenshot(page, 'card-edge-bottom-right');
    await page.keyboard.press('Escape');
  }
  // A narrow viewport: the card narrows with it.
  await page.setViewportSize({ width: 300, height: 500 });
  await pointAt(page, page, 'Serbia');
  const narrow = await waitForCard(page, 'country:RS');
  expect(inside(narrow.box, await viewportOf(page))).toBe(true);
  await screenshot(page, 'card-narrow');
});

test('a name inside an iframe opens its card in that frame', async ({ page, server }) => {
  await page.goto(server.url('/pages/card/frame.html'));
  const framed = page.frames().find((f) => f.url().endsWith('/card/framed.html'))!;
  await waitForMarks(framed, (m) => m.country.includes('Azerbaijan'));
  await pointAt(page, framed, 'Azerbaijan');
  const card = await waitForCard(framed, 'country:AZ');
  expect(card.text).toContain('Azerbaijan');
  expect(inside(card.box, await viewportOf(framed))).toBe(true);
  expect(await cardIn(page)).toBeNull();
  await screenshot(page, 'card-iframe');
});

test('in fullscreen the card lives in the fullscreen element', async ({ page, server }) => {
  await openMarked(page, server.url('/pages/card/fullscreen.html'), 'Serbia');
  await page.click('#go');
  await page.waitForFunction(() => document.fullscreenElement?.id === 'stage');
  await page.waitForTimeout(300);
  await pointAt(page, page, 'Serbia');
  const card = await waitForCard(page, 'country:RS');
  expect(card.parent).toBe('div');
  expect(await page.evaluate(() => document.querySelector('dossier-card')!.parentElement!.id)).toBe('stage');
  // Leaving fullscreen closes the card (its name moved) and the host goes back to <html>;
  // checked right after the change, before a dwell could open a card again under the pointer.
  const after = await page.evaluate(async () => {
    const changed = new Promise((resolve) => document.addEventListener('fullscreenchange', resolve, { once: true }));
    await document.exitFullscreen();
    await changed;
    await new Promise((resolve) => setTimeout(resolve, 0));
    return document.querySelector('dossier-card')!.parentElement!.tagName;
  });
  const open = await inCard(page, (root) => root.querySelector('.hover-card') !== null);
  expect({ open, parent: after }).toEqual({ open: false, parent: 'HTML' });
  await page.mouse.move(1, 1);
  await pointAt(page, page, 'Serbia');
  expect((await waitForCard(page, 'country:RS')).parent).toBe('html');
});

test('the card is dark on a dark page, and on a page that follows a dark OS', async ({ page, server }) => {
  await openMarked(page, server.url('/pages/card/dark.html'), 'Ivica Dacic');
  await pointAt(page, page, 'Azerbaijan');
  const dark = await waitForCard(page, 'country:AZ');
  expect(dark.theme).toBe('dark');
  expect(dark.background).not.toBe('rgb(255, 255, 255)');
  await screenshot(page, 'card-dark-country');
  await page.keyboard.press('Escape');
  await pointAt(page, page, 'Ivica Dacic');
  await waitForCard(page, 'official:ivica-dacic');
  await screenshot(page, 'card-dark-official');

  // A page that follows the OS (color-scheme: light dark), light then dark.
  await openMarked(page, server.url('/pages/card/os-theme.html'), 'Serbia');
  await pointAt(page, page, 'Serbia');
  expect((await waitForCard(page, 'country:RS')).theme).toBe('light');
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.mouse.move(2, 2);
  await pointAt(page, page, 'Serbia');
  expect((await waitForCard(page, 'country:RS')).theme).toBe('dark');
  await screenshot(page, 'card-dark-os');
  // A plain white page keeps a light card even when the OS is dark: the card matches what is behind it.
  await openMarked(page, server.url('/pages/card/names.html'), 'Serbia');
  await pointAt(page, page, 'Serbia');
  expect((await waitForCard(page, 'country:RS')).theme).toBe('light');
});

test('keyboard: the next-name shortcut steps through names with focus in the card, Tab reaches its links, Esc returns to the page', async ({ page, server }) => {
  await openMarked(page, server.url('/pages/card/names.html'), 'Armenia');
  await page.focus('#focus-me');
  await page.keyboard.press('Alt+Shift+J');
  const first = await waitForCard(page, 'country:RS');
  expect(first.focused).toBe(true);
  // The dialog is announced by its name.
  const dialog = await inCard(page, (root) => {
    const d = root.querySelector('[role="dialog"]');
    const r = d?.getBoundingClientRect();
    return d && r && { labelledBy: d.getAttribute('aria-labelledby'), name: root.getElementById(d.getAttribute('aria-labelledby') ?? '')?.textContent ?? '', visible: r.width > 0 && r.height > 0 };
  });
  expect(dialog?.labelledBy).toBe('dossier-card-title');
  // (What getByRole('dialog', { name: 'Serbia' }) checked, which cannot pierce a closed root.)
  expect(dialog?.name).toContain('Serbia');
  expect(dialog?.visible).toBe(true);

  // n / ArrowDown inside the card, and the shortcut again, move on in document order.
  await page.keyboard.press('n');
  await waitForCard(page, 'country:AZ');
  await page.keyboard.press('Alt+Shift+J');
  await waitForCard(page, 'official:ivica-dacic');
  await page.keyboard.press('ArrowUp');
  await waitForCard(page, 'country:AZ');
  await page.keyboard.press('Alt+Shift+K');
  const back = await waitForCard(page, 'country:RS');
  expect(back.focused).toBe(true);
  // The name in hand is painted with its own highlight.
  expect(await page.evaluate(() => CSS.highlights.get('dossier-focus')?.size)).toBe(1);
  await screenshot(page, 'card-keyboard');

  // Tab walks the card's controls and links, and wraps inside the card.
  const activeLabel = () =>
    inCard(page, (root) => {
      const a = root.activeElement as HTMLElement | null;
      return a ? `${a.tagName.toLowerCase()}:${a.getAttribute('aria-label') ?? a.textContent}` : null;
    });
  await page.keyboard.press('Tab');
  expect(await activeLabel()).toBe('button:Close');
  await page.keyboard.press('Tab');
  expect(await activeLabel()).toMatch(/^a:/);
  const links = (await inCard(page, (root) => root.querySelectorAll('a').length)) ?? 0;
  for (let i = 0; i < links; i++) await page.keyboard.press('Tab');
  expect(await activeLabel()).toBe('button:Close');

  await page.keyboard.press('Escape');
  expect(await cardIn(page)).toBeNull();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('focus-me');
  expect(await page.evaluate(() => CSS.highlights.has('dossier-focus'))).toBe(false);
});

test('a hover card does not take focus from the page', async ({ page, server }) => {
  await openMarked(page, server.url('/pages/card/names.html'), 'Serbia');
  await page.focus('#focus-me');
  await pointAt(page, page, 'Serbia');
  const card = await waitForCard(page, 'country:RS');
  expect(card.focused).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('focus-me');
  // nameBox is exported for the passing-pointer test; keep the import used.
  expect((await nameBox(page, 'Serbia')).width).toBeGreaterThan(0);
});

// The extension API as seen inside serviceWorker.evaluate() (the project has no @types/chrome).
declare const chrome: {
  tabs: {
    query(q: { url: string }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
};

test('the background forwards next/previous name to the page (the commands’ path)', async ({ page, server, serviceWorker }) => {
  const url = server.url('/pages/card/names.html');
  await openMarked(page, url, 'Armenia');
  const send = (direction: string) =>
    serviceWorker.evaluate(
      async ([pageUrl, dir]) => {
        const [tab] = await chrome.tabs.query({ url: pageUrl });
        // The messaging library's envelope (lib/messages/messenger.ts), as the background's forwarder sends it.
        await chrome.tabs.sendMessage(tab!.id!, { id: 1, type: 'focusName', data: { direction: dir }, timestamp: Date.now() }, { frameId: 0 });
      },
      [url, direction] as const,
    );
  await send('next');
  expect((await waitForCard(page, 'country:RS')).focused).toBe(true);
  await send('previous');
  await waitForCard(page, 'country:AM');
  // Malformed directions are ignored.
  await send('sideways').catch(() => undefined);
  expect((await cardIn(page))?.entity).toBe('country:AM');
});
