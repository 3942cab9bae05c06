/**
 * Helpers for the hover card e2e tests: where a name is on the page, what the card shows.
 * Both are read from the page's main world (the card's shadow root is open).
 */
import type { Frame, Page } from '@playwright/test';
import { waitForMarks } from './highlight-support.ts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface CardState {
  entity: string;
  text: string;
  box: Box;
  side: string | null;
  theme: string | null;
  /** Tag of the host's parent element (html, or the fullscreen element). */
  parent: string;
  focused: boolean;
  background: string;
}

/** The first line box of the `occurrence`-th appearance of `text` in the frame, in the frame's viewport. */
export async function nameBox(frame: Page | Frame, text: string, occurrence = 0): Promise<Box> {
  return frame.evaluate(
    ([needle, nth]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        let at = n.textContent!.indexOf(needle);
        while (at >= 0) {
          if (seen++ === nth) {
            const range = document.createRange();
            range.setStart(n, at);
            range.setEnd(n, at + needle.length);
            const r = range.getClientRects()[0]!;
            return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
          }
          at = n.textContent!.indexOf(needle, at + 1);
        }
      }
      throw new Error(`"${needle}" not found`);
    },
    [text, occurrence] as const,
  );
}

/** Where a frame's viewport starts in the page's (0,0 for the page itself). */
async function frameOffset(frame: Page | Frame): Promise<{ x: number; y: number }> {
  if (!('parentFrame' in frame) || frame.parentFrame() === null) return { x: 0, y: 0 };
  const el = await frame.frameElement();
  const box = (await el.boundingBox())!;
  // The iframe's border (1px in the pages here) and padding: its content box is what scrolls.
  const inset = await el.evaluate((f) => ({ x: (f as Element).clientLeft, y: (f as Element).clientTop }));
  return { x: box.x + inset.x, y: box.y + inset.y };
}

/** Moves the mouse onto the middle of a name. */
export async function pointAt(page: Page, frame: Page | Frame, text: string, occurrence = 0): Promise<Box> {
  const box = await nameBox(frame, text, occurrence);
  const off = await frameOffset(frame);
  await page.mouse.move(off.x + box.left + box.width / 2, off.y + box.top + box.height / 2);
  return box;
}

/** The open card in a frame, or null. */
export async function cardIn(frame: Page | Frame): Promise<CardState | null> {
  return frame.evaluate(() => {
    const host = document.querySelector('dossier-card');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.hover-card');
    if (!host || !card) return null;
    const r = card.getBoundingClientRect();
    return {
      entity: card.dataset.entity ?? '',
      text: card.innerText,
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
      side: card.dataset.side ?? null,
      theme: card.dataset.theme ?? null,
      parent: host.parentElement?.tagName.toLowerCase() ?? '',
      focused: document.activeElement === host && host.shadowRoot!.activeElement !== null,
      background: getComputedStyle(card).backgroundColor,
    };
  });
}

/** Waits until a card for `entity` is open and its content (not the loading state) is shown. */
export async function waitForCard(frame: Page | Frame, entity: string, timeout = 5_000): Promise<CardState> {
  const until = Date.now() + timeout;
  for (;;) {
    const card = await cardIn(frame);
    if (card && card.entity === entity && card.side !== null && !card.text.includes('Looking in your archive')) return card;
    if (Date.now() > until) throw new Error(`no card for ${entity}; last: ${JSON.stringify(card)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Loads a page and waits until Dossier marked `name`. */
export async function openMarked(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await waitForMarks(page, (m) => [...m.country, ...m.official].includes(name));
}

/** Viewport size of a frame. */
export async function viewportOf(frame: Page | Frame): Promise<{ width: number; height: number }> {
  return frame.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }));
}
