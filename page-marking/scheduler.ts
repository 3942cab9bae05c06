import { runSliced, type SliceHost, type TimerHost } from '../lib/highlight/slicer.ts';

/**
 * Slices of main-thread work well under the 50 ms long-task line: a step may overrun the
 * clock check by a few milliseconds (a recogniser batch, a walk step), so slices aim low.
 */
export const SLICE_BUDGET_MS = 12;

interface YieldingScheduler {
  yield(): Promise<void>;
}

function schedulerYield(): (() => Promise<void>) | null {
  const s = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  return typeof s?.yield === 'function' ? () => s.yield!() : null;
}

/** A macrotask without setTimeout's 4 ms clamp after nesting. */
function messageChannelYield(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}

/** Visible work: yield so input and paint run, then continue at once (scheduler.yield keeps our place in line). */
export const urgentHost: SliceHost = {
  now: () => performance.now(),
  yield: schedulerYield() ?? messageChannelYield(),
};

/**
 * Work on the rest of the page: wait for idle time. requestIdleCallback never fires in some
 * background tabs, so it has a timeout; browsers without it (Safari) get a plain timeout.
 */
export const idleHost: SliceHost = {
  now: () => performance.now(),
  yield: () =>
    new Promise<void>((resolve) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
      else setTimeout(resolve, 16);
    }),
};

export function sliced(step: () => boolean, host: SliceHost, cancelled?: () => boolean): Promise<boolean> {
  return runSliced(step, host, { budgetMs: SLICE_BUDGET_MS, cancelled });
}

/** Resolves after the next frame has been produced (the marks registered so far are painted). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The page's clock and timers, for debounced work (lib/highlight/slicer.ts). */
export const pageTimers: TimerHost = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};
