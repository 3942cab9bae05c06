import type { BrowserContext, Page } from '@playwright/test';

/** One task of the page's main thread, timed from a performance mark. */
export interface MainThreadTask {
  /** Milliseconds after the mark. */
  at: number;
  wallMs: number;
  /** Thread (CPU) time: the task's own work, without the time the OS gave the core to others. */
  cpuMs: number;
  /** Thread time of V8's garbage collection inside the task. */
  gcMs: number;
  /**
   * What posted it: `frame` (the browser's rendering of a frame, with any animation-frame
   * callbacks), `heap` (V8's own collection tasks), else `script` (timers, idle callbacks,
   * messages, scheduler.yield continuations: on an idle page, the extension's work).
   */
  origin: 'frame' | 'heap' | 'script';
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; src_file?: string; src_func?: string };
}

const TASK = 'ThreadControllerImpl::RunTask';
/**
 * The microtask checkpoint after a task is traced as an event of its own, next to the task
 * (not inside it): a task resumed by `scheduler.yield()` does all its work there.
 */
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** A checkpoint this close after a task's end belongs to that task (µs). */
const CHECKPOINT_GAP_US = 1_000;

/**
 * Records the page's main-thread tasks with Chrome's tracing (the `toplevel` category: one
 * event per task, cheap enough not to change what it measures). The Long Tasks API gives
 * wall time only; on a shared 2-core VM the OS pauses a thread for up to ~45 ms at a time
 * (measured with a busy loop), and a pause that lands in a 12 ms slice reports a "long task"
 * that did 12 ms of work. Thread time tells the two apart. A task is the scheduler's task
 * together with the microtask checkpoint that follows it (HTML's task, what the Long Tasks
 * API times). Collections (the `disabled-by-default-v8.gc` category: a few events per
 * collection) are timed inside each task.
 */
export async function traceMainThread(context: BrowserContext, page: Page): Promise<{ tasksBetween(from: string, to: string): Promise<MainThreadTask[]> }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    // The protocol types trace events as string maps; they are JSON objects of this shape.
    for (const event of e.value as unknown as TraceEvent[]) events.push(event);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', '__metadata', 'disabled-by-default-v8.gc'] },
    transferMode: 'ReportEvents',
  });
  return {
    /**
     * Tasks overlapping the span between two performance marks. Ending the trace makes each
     * thread flush its events in a task of its own, so the span must end at a mark, not at
     * the trace's end.
     */
    async tasksBetween(from: string, to: string): Promise<MainThreadTask[]> {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      const markEvent = events.find((e) => e.name === from);
      const endEvent = events.find((e) => e.name === to);
      if (!markEvent || !endEvent) throw new Error(`no ${markEvent ? to : from} mark in the trace`);
      const main = events.find((e) => e.name === 'thread_name' && e.pid === markEvent.pid && e.args?.name === 'CrRendererMain');
      if (!main) throw new Error('no renderer main thread in the trace');
      const onMain = events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid).sort((a, b) => a.ts - b.ts);
      return tasksOf(onMain)
        .filter((t) => t.end > markEvent.ts && t.start < endEvent.ts)
        .map((t) => ({ at: (t.start - markEvent.ts) / 1000, wallMs: (t.end - t.start) / 1000, cpuMs: t.cpuUs / 1000, gcMs: t.gcUs / 1000, origin: t.origin }));
    },
  };
}

interface TracedTask {
  start: number;
  end: number;
  cpuUs: number;
  gcUs: number;
  origin: MainThreadTask['origin'];
}

/** Thread time of an event; never more than its wall time (the two clocks differ slightly). */
function threadUs(e: TraceEvent): number {
  return Math.min(e.tdur ?? e.dur ?? 0, e.dur ?? 0);
}

function originOf(e: TraceEvent): MainThreadTask['origin'] {
  const file = e.args?.src_file ?? '';
  if (e.args?.src_func === 'ScheduledActionSendBeginMainFrame') return 'frame';
  if (file.startsWith('v8/') || file.includes('/heap/')) return 'heap';
  return 'script';
}

/**
 * The thread's tasks from its events in time order: each scheduler task with the checkpoint
 * right after it, a checkpoint on its own as a task, and the outermost collections inside.
 */
function tasksOf(onMain: readonly TraceEvent[]): TracedTask[] {
  const tasks: TracedTask[] = [];
  let gcEnd = -1;
  for (const e of onMain) {
    const end = e.ts + (e.dur ?? 0);
    const last = tasks[tasks.length - 1];
    if (e.name === TASK) {
      tasks.push({ start: e.ts, end, cpuUs: threadUs(e), gcUs: 0, origin: originOf(e) });
    } else if (e.name === CHECKPOINT) {
      if (last && e.ts >= last.end - 1 && e.ts - last.end < CHECKPOINT_GAP_US) {
        last.end = Math.max(last.end, end);
        last.cpuUs += threadUs(e);
      } else if (!last || e.ts >= last.end) {
        tasks.push({ start: e.ts, end, cpuUs: threadUs(e), gcUs: 0, origin: 'script' });
      }
    } else if (e.name.startsWith('V8.GC_') && e.ts >= gcEnd && last && e.ts >= last.start && e.ts < last.end) {
      // Collection phases nest (a scavenge's parallel phase inside the scavenge): outermost only.
      gcEnd = end;
      last.gcUs += threadUs(e);
    }
  }
  return tasks;
}
