import { describe, expect, it } from 'vitest';
import { debounce, runSliced, type SliceHost, type TimerHost } from '../../../lib/highlight/slicer.ts';

/** A clock that only moves when told to, and a yield that logs itself (and may take time). */
class FakeSliceHost implements SliceHost {
  t = 0;
  readonly log: string[] = [];
  yieldCost = 0;
  onYield: (() => void) | null = null;

  now(): number {
    return this.t;
  }

  async yield(): Promise<void> {
    this.log.push('yield');
    this.t += this.yieldCost;
    this.onYield?.();
  }
}

/** Steps that each cost `cost` ms of fake time; the `count`-th step reports no more work. */
function steps(host: FakeSliceHost, count: number, cost: number | ((i: number) => number)): () => boolean {
  let i = 0;
  return () => {
    i++;
    host.t += typeof cost === 'number' ? cost : cost(i);
    host.log.push(`s${i}`);
    return i < count;
  };
}

describe('runSliced', () => {
  it('yields once the budget is spent, and not before', async () => {
    const host = new FakeSliceHost();
    const done = await runSliced(steps(host, 7, 4), host, { budgetMs: 10 });
    expect(done).toBe(true);
    // 4 ms steps in 10 ms slices: the third step of each slice spends the budget.
    expect(host.log).toEqual(['s1', 's2', 's3', 'yield', 's4', 's5', 's6', 'yield', 's7']);
  });

  it('yields when the elapsed time equals the budget exactly', async () => {
    const host = new FakeSliceHost();
    await runSliced(steps(host, 5, 5), host, { budgetMs: 10 });
    expect(host.log).toEqual(['s1', 's2', 'yield', 's3', 's4', 'yield', 's5']);
  });

  it('yields after every step that alone overruns the budget', async () => {
    const host = new FakeSliceHost();
    await runSliced(steps(host, 3, 60), host, { budgetMs: 50 });
    expect(host.log).toEqual(['s1', 'yield', 's2', 'yield', 's3']);
  });

  it('never yields while the steps are cheap', async () => {
    const host = new FakeSliceHost();
    const done = await runSliced(steps(host, 100, 0), host, { budgetMs: 1 });
    expect(done).toBe(true);
    expect(host.log.filter((e) => e === 'yield')).toHaveLength(0);
    expect(host.log).toHaveLength(100);
  });

  it('starts a new slice after the yield: time spent away does not count', async () => {
    const host = new FakeSliceHost();
    host.yieldCost = 1000;
    await runSliced(steps(host, 7, 4), host, { budgetMs: 10 });
    expect(host.log).toEqual(['s1', 's2', 's3', 'yield', 's4', 's5', 's6', 'yield', 's7']);
  });

  it('measures the first slice from the call, not from time zero', async () => {
    const host = new FakeSliceHost();
    host.t = 5000;
    await runSliced(steps(host, 3, 3), host, { budgetMs: 10 });
    expect(host.log).toEqual(['s1', 's2', 's3']);
  });

  it('resolves true at once when the first step has nothing to do', async () => {
    const host = new FakeSliceHost();
    let calls = 0;
    const done = await runSliced(
      () => {
        calls++;
        return false;
      },
      host,
      { budgetMs: 10 },
    );
    expect(done).toBe(true);
    expect(calls).toBe(1);
    expect(host.log).toEqual([]);
  });

  it('resolves false without running a step when cancelled from the start', async () => {
    const host = new FakeSliceHost();
    const done = await runSliced(steps(host, 10, 1), host, { budgetMs: 10, cancelled: () => true });
    expect(done).toBe(false);
    expect(host.log).toEqual([]);
  });

  it('stops and resolves false as soon as cancelled turns true', async () => {
    const host = new FakeSliceHost();
    let stop = false;
    const step = steps(host, 100, 1);
    const done = await runSliced(
      () => {
        const more = step();
        if (host.log.length === 4) stop = true;
        return more;
      },
      host,
      { budgetMs: 1000, cancelled: () => stop },
    );
    expect(done).toBe(false);
    expect(host.log).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('notices a cancel that happened while it was yielding', async () => {
    const host = new FakeSliceHost();
    let stop = false;
    host.onYield = () => {
      stop = true;
    };
    const done = await runSliced(steps(host, 100, 5), host, { budgetMs: 10, cancelled: () => stop });
    expect(done).toBe(false);
    expect(host.log).toEqual(['s1', 's2', 'yield']);
  });

  it('waits for the yield to resolve before running the next step', async () => {
    let release: () => void = () => {};
    let t = 0;
    let stepsRun = 0;
    const host: SliceHost = {
      now: () => t,
      yield: () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    };
    const run = runSliced(
      () => {
        stepsRun++;
        t += 10;
        return stepsRun < 3;
      },
      host,
      { budgetMs: 10 },
    );
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(stepsRun).toBe(1);
    release();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(stepsRun).toBe(2);
    release();
    expect(await run).toBe(true);
    expect(stepsRun).toBe(3);
  });
});

/** A fake clock with a timer queue: time moves only through `advanceTo`, firing due timers in order. */
class FakeTimers implements TimerHost {
  private t = 0;
  private nextId = 1;
  private readonly queue = new Map<number, { at: number; fn: () => void }>();
  cleared = 0;

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): number {
    const id = this.nextId++;
    this.queue.set(id, { at: this.t + ms, fn });
    return id;
  }

  clearTimeout(id: number): void {
    if (this.queue.delete(id)) this.cleared++;
  }

  get live(): number {
    return this.queue.size;
  }

  advanceTo(time: number): void {
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | null = null;
      for (const entry of this.queue) {
        if (entry[1].at <= time && (next === null || entry[1].at < next[1].at)) next = entry;
      }
      if (next === null) break;
      this.queue.delete(next[0]);
      this.t = next[1].at;
      next[1].fn();
    }
    this.t = time;
  }
}

function setup(waitMs: number, maxWaitMs: number): { timers: FakeTimers; fired: number[]; d: ReturnType<typeof debounce> } {
  const timers = new FakeTimers();
  const fired: number[] = [];
  const d = debounce(() => fired.push(timers.now()), waitMs, maxWaitMs, timers);
  return { timers, fired, d };
}

describe('debounce', () => {
  it('calls once, waitMs after a single call', () => {
    const { timers, fired, d } = setup(100, 1000);
    d();
    timers.advanceTo(99);
    expect(fired).toEqual([]);
    timers.advanceTo(100);
    expect(fired).toEqual([100]);
    timers.advanceTo(5000);
    expect(fired).toEqual([100]);
  });

  it('waits waitMs after the last call of a short burst, and calls once', () => {
    const { timers, fired, d } = setup(100, 1000);
    for (const t of [0, 60, 120]) {
      timers.advanceTo(t);
      d();
    }
    timers.advanceTo(219);
    expect(fired).toEqual([]);
    timers.advanceTo(5000);
    expect(fired).toEqual([220]);
  });

  it('keeps a single timer alive, clearing the previous one on each call', () => {
    const { timers, d } = setup(100, 1000);
    for (let t = 0; t < 50; t += 10) {
      timers.advanceTo(t);
      d();
      expect(timers.live).toBe(1);
    }
    expect(timers.cleared).toBe(4);
  });

  it('still fires by maxWaitMs after the first call of a steady stream', () => {
    const { timers, fired, d } = setup(100, 300);
    for (let t = 0; t <= 1000; t += 50) {
      timers.advanceTo(t);
      d();
    }
    timers.advanceTo(5000);
    // Never 100 ms of quiet: each burst fires 300 ms after its first call; the last one 100 ms after the stream ends.
    expect(fired).toEqual([300, 600, 900, 1100]);
  });

  it('fires by maxWaitMs even when calls are irregular', () => {
    const { timers, fired, d } = setup(100, 250);
    for (const t of [0, 30, 110, 190, 240, 245]) {
      timers.advanceTo(t);
      d();
    }
    timers.advanceTo(250);
    expect(fired).toEqual([250]);
  });

  it('fires at maxWaitMs when that is shorter than waitMs', () => {
    const { timers, fired, d } = setup(100, 40);
    d();
    timers.advanceTo(1000);
    expect(fired).toEqual([40]);
  });

  it('runs at once on flush(), and not again later', () => {
    const { timers, fired, d } = setup(100, 1000);
    d();
    timers.advanceTo(10);
    d.flush();
    expect(fired).toEqual([10]);
    expect(d.pending).toBe(false);
    expect(timers.live).toBe(0);
    timers.advanceTo(5000);
    expect(fired).toEqual([10]);
  });

  it('does nothing on flush() with no call pending', () => {
    const { timers, fired, d } = setup(100, 1000);
    d.flush();
    expect(fired).toEqual([]);
    d();
    timers.advanceTo(500);
    d.flush();
    expect(fired).toEqual([100]);
  });

  it('never calls after cancel()', () => {
    const { timers, fired, d } = setup(100, 1000);
    d();
    timers.advanceTo(50);
    d.cancel();
    expect(d.pending).toBe(false);
    expect(timers.live).toBe(0);
    timers.advanceTo(5000);
    expect(fired).toEqual([]);
    d.cancel();
    expect(fired).toEqual([]);
  });

  it('starts a new burst after cancel(): maxWaitMs counts from the next first call', () => {
    const { timers, fired, d } = setup(100, 300);
    d();
    timers.advanceTo(50);
    d.cancel();
    for (let t = 250; t <= 500; t += 50) {
      timers.advanceTo(t);
      d();
    }
    timers.advanceTo(5000);
    // Had the cancelled burst's start (0) been kept, it would have fired at 300.
    expect(fired).toEqual([550]);
  });

  it('starts a new burst after flush()', () => {
    const { timers, fired, d } = setup(100, 300);
    d();
    timers.advanceTo(50);
    d.flush();
    for (let t = 250; t <= 500; t += 50) {
      timers.advanceTo(t);
      d();
    }
    timers.advanceTo(5000);
    expect(fired).toEqual([50, 550]);
  });

  it('says whether a call is pending', () => {
    const { timers, d } = setup(100, 1000);
    expect(d.pending).toBe(false);
    d();
    expect(d.pending).toBe(true);
    timers.advanceTo(99);
    expect(d.pending).toBe(true);
    timers.advanceTo(100);
    expect(d.pending).toBe(false);
  });

  it('is not pending while its function runs, so the function may schedule another run', () => {
    const timers = new FakeTimers();
    const seen: boolean[] = [];
    let runs = 0;
    const d = debounce(
      () => {
        runs++;
        seen.push(d.pending);
        if (runs === 1) d();
      },
      100,
      1000,
      timers,
    );
    d();
    timers.advanceTo(100);
    expect(seen).toEqual([false]);
    expect(d.pending).toBe(true);
    timers.advanceTo(200);
    expect(runs).toBe(2);
    expect(d.pending).toBe(false);
  });
});
