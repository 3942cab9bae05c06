/**
 * Firefox suspends an idle event page (`extensions.background.idle.timeout`, 30 s by default)
 * even while it is still loading the archive for a message it has not answered: Firefox ESR
 * 153's ext-backgroundPage.js resets the idle timer once for listeners whose answer is pending
 * ("so that the pending listeners calls can reset the idle timer only once"), and then
 * suspends, leaving the sender without an answer. Each call the background makes to an
 * extension API answered by the parent process resets the timer ("parentapicall" in its
 * ExtensionParent.sys.mjs), so while a load or an answer is in flight the page makes one such call, the
 * cheapest there is (runtime.getPlatformInfo, no permission), every KEEP_AWAKE_MS, until
 * the answer is sent (the archive's handlers are wrapped in `answeredAwake`): the
 * keep-alive Chrome documents for service workers too. The page is suspended as before once
 * its answers are sent and it idles. Chrome needs none of this: there the archive lives in the
 * offscreen document (entrypoints/background/archive-route.ts).
 *
 * A timer cannot fire during synchronous work, nor between steps chained by promises (and
 * Firefox may throttle a background page's timers): the loader also calls at once between its
 * long steps (`stillAwake`), so that the longest time without a call is one step (parsing the
 * index, or loading it), not their sum. A single step longer than the idle timeout can still
 * be cut short (the pending answer buys one more). Yielding to the timer instead (a
 * setTimeout between steps) made the wake slower by up to a second on this machine.
 */

/** Well under the idle timeout Firefox allows at least (100 ms is its minimum; 30 s its default). */
const KEEP_AWAKE_MS = 80;

let busy = 0;
let timer: ReturnType<typeof setInterval> | null = null;

function resetIdleTimer(): void {
  browser.runtime.getPlatformInfo().catch(() => {});
}

/** Between two long steps of work kept awake: resets Firefox's idle timer now (see the top of this file). */
export function stillAwake(): void {
  if (import.meta.env.FIREFOX && busy > 0) resetIdleTimer();
}

/** Keeps the page awake until `work` settles (one timer for however many are in flight). */
export function keepAwakeWhile<T>(work: Promise<T>): Promise<T> {
  if (!import.meta.env.FIREFOX) return work;
  busy++;
  timer ??= setInterval(resetIdleTimer, KEEP_AWAKE_MS);
  return work.finally(() => {
    if (--busy === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  });
}

/** A handler kept awake until it answered: a pending answer alone keeps a Firefox event page for one more timeout only. */
export function answeredAwake<A extends unknown[], R>(handler: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args) => keepAwakeWhile(handler(...args));
}
