import { highlightingActive } from '../../lib/highlight/sites.ts';
import { disabledSites, highlightingEnabled } from '../../storage/settings.ts';
import { Highlighter } from './highlighter.ts';
import { startHoverCards } from './card/index.ts';
import './highlight.css';

export { getHighlightedMentions, onHighlightsChanged, toLiveRange, type HighlightedMention } from './page-highlights.ts';

/**
 * Page highlighting: every country and official the recogniser finds is marked with the CSS
 * Custom Highlight API, without changing the page's DOM. See highlighter.ts for the flow.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  // Started early only to fetch the knowledge and build the recogniser while the page loads;
  // the page is scanned once it has settled (see whenPageSettled).
  runAt: 'document_start',
  async main(ctx) {
    const isTop = window === window.top;
    const highlighter = new Highlighter(isTop);
    // about:blank frames inherit their parent's host, which is the site the user sees.
    const host = location.hostname || safeParentHost();
    let globalOn = await highlightingEnabled.getValue();
    let disabled = await disabledSites.getValue();
    if (isTop && highlightingActive(globalOn, disabled, host)) highlighter.prepare();
    let settled = false;
    const apply = (): void => {
      if (!settled) return;
      if (highlightingActive(globalOn, disabled, host)) highlighter.enable();
      else highlighter.disable();
    };
    const unwatchGlobal = highlightingEnabled.watch((value) => {
      globalOn = value;
      apply();
    });
    const unwatchSites = disabledSites.watch((value) => {
      disabled = value;
      apply();
    });
    ctx.onInvalidated(() => {
      unwatchGlobal();
      unwatchSites();
      highlighter.stop();
    });
    await whenPageSettled();
    if (ctx.isInvalid) return;
    settled = true;
    startHoverCards(ctx);
    if (highlightingActive(globalOn, disabled, host)) highlighter.enable();
    else highlighter.announceOff();
  },
});

/** Time after DOMContentLoaded that a page still loading is given before it is scanned. */
const SETTLE_AFTER_DOM_MS = 200;

/** A hidden tab renders no frames: the scan starts after this long without one. */
const FRAME_WAIT_MS = 100;

/**
 * What `document_idle` gives, from a script started at `document_start`: the load event, or
 * 200 ms after DOMContentLoaded if loading takes longer; then the next frame, so that the
 * page's first full layout is the browser's own work and not forced inside the scan (the
 * scan reads boxes; on a 1.6 MB page that layout alone is a task of 300 ms and more). Later
 * changes reach the scan through its MutationObserver.
 */
async function whenPageSettled(): Promise<void> {
  await new Promise<void>((resolve) => {
    if (document.readyState === 'complete') return resolve();
    addEventListener('load', () => resolve(), { once: true });
    const afterDom = (): void => void setTimeout(resolve, SETTLE_AFTER_DOM_MS);
    if (document.readyState === 'interactive') afterDom();
    else document.addEventListener('DOMContentLoaded', afterDom, { once: true });
  });
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

function safeParentHost(): string {
  try {
    return window.parent.location.hostname;
  } catch {
    return '';
  }
}
