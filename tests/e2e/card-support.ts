/**
 * Helpers for the hover card e2e tests: where a name is on the page, what the card shows.
 * The card's shadow root is closed, so the page's scripts (and `page.evaluate`, which runs
 * as one) cannot reach it: `inCard` reaches it through the DevTools protocol, which sees
 * closed roots (`DOM.getDocument` with `pierce`), and runs a function with it in the frame.
 */
import type { CDPSession, Frame, Page } from '@playwright/test';
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

interface DomNode {
  backendNodeId: number;
  localName?: string;
  documentURL?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionFor(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  return session;
}

/** The shadow roots of `dossier-card` hosts in the document with this URL (iframes' documents included). */
function cardRoots(node: DomNode, url: string, documentURL: string, out: number[]): number[] {
  const docUrl = node.documentURL ?? documentURL;
  if (node.localName === 'dossier-card' && docUrl === url) for (const r of node.shadowRoots ?? []) out.push(r.backendNodeId);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) cardRoots(child, url, docUrl, out);
  return out;
}

/**
 * Runs `fn(root, arg)` in the frame's main world with the card's closed shadow root (made on
 * the first card of a page); null when the frame has no card host yet. `fn` is serialised, as
 * with `page.evaluate`: it may use only its arguments.
 */
export async function inCard<T, A = undefined>(frame: Page | Frame, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<Awaited<T> | null> {
  const page = 'page' in frame ? frame.page() : frame;
  const cdp = await sessionFor(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const [backendNodeId] = cardRoots(root, frame.url(), '', []);
  if (backendNodeId === undefined) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
  const result = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
    arguments: [{ value: arg }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (result.exceptionDetails) throw new Error(`in the card: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
  return result.result.value as Awaited<T>;
}

/** The open card in a frame, or null. */
export async function cardIn(frame: Page | Frame): Promise<CardState | null> {
  return inCard(frame, (root) => {
    const host = root.host;
    const card = root.querySelector<HTMLElement>('.hover-card');
    if (!card) return null;
    const r = card.getBoundingClientRect();
    return {
      entity: card.dataset.entity ?? '',
      text: card.innerText,
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
      side: card.dataset.side ?? null,
      theme: card.dataset.theme ?? null,
      parent: host.parentElement?.tagName.toLowerCase() ?? '',
      focused: document.activeElement === host && root.activeElement !== null,
      background: getComputedStyle(card).backgroundColor,
    };
  });
}

/** Clicks (a real, trusted click) the centre of the first element in the open card matching `selector`. */
export async function clickInCard(page: Page, selector: string): Promise<void> {
  const box = await inCard(
    page,
    (root, sel) => {
      // As locator.click() would: scrolled into view first (the card scrolls when it is tall).
      const el = root.querySelector(sel);
      el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el?.getBoundingClientRect();
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    },
    selector,
  );
  if (!box) throw new Error(`nothing in the card matches ${selector}`);
  await page.mouse.click(box.x, box.y);
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
