/**
 * Adds documents to a MiniSearch index a few milliseconds at a time, yielding to the event
 * loop between slices. MiniSearch's own `addAllAsync` slices by count, and articles differ a
 * hundredfold in length: 100 headlines index in a few ms, 100 long articles in 50-120 ms
 * (bench:import, synthetic archive from the BBC articles), a long task on a page that shares
 * the thread (Chrome's offscreen document shares its renderer with the archive page).
 */
import type MiniSearch from 'minisearch';

/** Work per slice: well under the 50 ms of a long task, even with a collection landing in it. */
export const SLICE_MS = 8;

/**
 * A new task, through a message to itself: a chain of `setTimeout(0)` is held back 4 ms per
 * step once nested five deep (HTML's timer clamping), a third of each 8 ms slice.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function addInSlices<T>(index: MiniSearch<T>, documents: readonly T[], sliceMs = SLICE_MS, yieldToPage: () => Promise<void> = nextTask): Promise<void> {
  let started = performance.now();
  for (const document of documents) {
    index.add(document);
    if (performance.now() - started >= sliceMs) {
      await yieldToPage();
      started = performance.now();
    }
  }
}
