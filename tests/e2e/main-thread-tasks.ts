import type { BrowserContext, Page } from '@playwright/test';

/** One task of the page's main thread, timed from a performance mark. */
export interface MainThreadTask {
  /** Milliseconds after the mark. */
  at: number;
  wallMs: number;
  /** Thread (CPU) time: the task's own work, without the time the OS gave the core to others. */
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Records the page's main-thread tasks with Chrome's tracing (the `toplevel` category: one
 * event per task, cheap enough not to change what it measures). The Long Tasks API gives
 * wall time only; on a shared 2-core VM the OS pauses a thread for up to ~45 ms at a time
 * (measured with a busy loop), and a pause that lands in a 12 ms slice reports a "long task"
 * that did 12 ms of work. Thread time tells the two apart.
 */
export async function traceMainThread(context: BrowserContext, page: Page): Promise<{ tasksBetween(from: string, to: string): Promise<MainThreadTask[]> }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    // The protocol types trace events as string maps; they are JSON objects of this shape.
    for (const event of e.value as unknown as TraceEvent[]) events.push(event);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', '__metadata'] },
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
      return events
        .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === main.pid && e.tid === main.tid)
        .filter((e) => e.ts + (e.dur ?? 0) > markEvent.ts && e.ts < endEvent.ts)
        .map((e) => ({ at: (e.ts - markEvent.ts) / 1000, wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000 }));
    },
  };
}
