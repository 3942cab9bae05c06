/**
 * Time-sliced work: runs small steps until the slice's budget is spent, then yields to the
 * browser so that input, rendering and the page's own scripts run between slices. Pure:
 * the clock and the way of yielding are given, so it runs (and is tested) in Node.
 */
export interface SliceHost {
  now(): number;
  /** Resolves when the browser had a chance to run other work. */
  yield(): Promise<void>;
}

export interface SliceOptions {
  /** Milliseconds of work per slice. Long tasks start at 50 ms; a step may overrun the check. */
  budgetMs: number;
  /** Stops early (the result is then `false`). */
  cancelled?: () => boolean;
}

/**
 * Calls `step` until it returns false (no more work). Each step should be well under the
 * budget: the clock is read between steps only. Resolves true when all work was done.
 */
export async function runSliced(step: () => boolean, host: SliceHost, options: SliceOptions): Promise<boolean> {
  let sliceStart = host.now();
  for (;;) {
    if (options.cancelled?.()) return false;
    if (!step()) return true;
    if (host.now() - sliceStart >= options.budgetMs) {
      await host.yield();
      sliceStart = host.now();
    }
  }
}

/** A trailing debounce that can also be flushed at once or cancelled. */
export interface Debounced {
  (): void;
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

export interface TimerHost {
  now(): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/**
 * Runs `fn` once `waitMs` after the last call, but never later than `maxWaitMs` after the
 * first call of a burst: a page that changes every 100 ms (a live ticker) still gets scanned.
 */
export function debounce(fn: () => void, waitMs: number, maxWaitMs: number, timers: TimerHost): Debounced {
  let timer: number | null = null;
  let burstStart: number | null = null;
  const fire = (): void => {
    timer = null;
    burstStart = null;
    fn();
  };
  const call = (): void => {
    const now = timers.now();
    burstStart ??= now;
    if (timer !== null) timers.clearTimeout(timer);
    const due = Math.min(now + waitMs, burstStart + maxWaitMs);
    timer = timers.setTimeout(fire, Math.max(0, due - now));
  };
  const debounced = call as Debounced;
  debounced.flush = () => {
    if (timer === null) return;
    timers.clearTimeout(timer);
    fire();
  };
  debounced.cancel = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    burstStart = null;
  };
  Object.defineProperty(debounced, 'pending', { get: () => timer !== null });
  return debounced;
}
