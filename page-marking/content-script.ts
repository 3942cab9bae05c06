import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { disabledSites, highlightingEnabled } from '../storage/settings.ts';
import { highlightingActive } from '../lib/highlight/sites.ts';
import { followMarkSettings } from './mark-settings.ts';
import { PageMarking } from './page-marking.ts';
import type { PageMarks } from './page-marks.ts';
import { whenFrameWorthScanning } from './frame-gate.ts';

/**
 * Page marking in a content script: prepared at `document_start` (the knowledge is fetched
 * while the page loads), started once the page has settled, switched on and off by the
 * user's settings for this site, filtered by the options (kinds, quiet mode), stopped with
 * the script's context; a frame only once it is visible and not tiny (frame-gate.ts).
 * Features that use the marks (the hover card) are started with them once the page has
 * settled, before the scan.
 */
export async function markPage(ctx: ContentScriptContext, startFeatures: (marks: PageMarks) => void): Promise<void> {
  const isTop = window === window.top;
  const marking = new PageMarking(isTop);
  // about:blank frames inherit their parent's host, which is the site the user sees.
  const host = location.hostname || safeParentHost();
  let globalOn = await highlightingEnabled.getValue();
  let disabled = await disabledSites.getValue();
  if (highlightingActive(globalOn, disabled, host)) {
    marking.styleEarly();
    if (isTop) marking.prepare();
  }
  let settled = false;
  const apply = (): void => {
    if (!settled) return;
    if (highlightingActive(globalOn, disabled, host)) marking.enable();
    else marking.disable();
  };
  const unwatchGlobal = highlightingEnabled.watch((value) => {
    globalOn = value;
    apply();
  });
  const unwatchSites = disabledSites.watch((value) => {
    disabled = value;
    apply();
  });
  // Which kinds are painted and quiet mode (the options page), followed the same way.
  const stopSettings = await followMarkSettings(marking.filter);
  ctx.onInvalidated(() => {
    unwatchGlobal();
    unwatchSites();
    stopSettings();
    marking.stop();
  });
  await whenPageSettled();
  // A tiny or invisible frame waits (frame-gate.ts); if it never qualifies it never scans.
  await whenFrameWorthScanning((cancel) => ctx.onInvalidated(cancel));
  if (ctx.isInvalid) return;
  settled = true;
  startFeatures(marking.marks);
  if (highlightingActive(globalOn, disabled, host)) marking.enable();
  else marking.announceOff();
}

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
