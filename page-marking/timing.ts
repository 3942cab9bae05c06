/**
 * User Timing entries of a scan and of the hover card, read by the benchmarks
 * (tests/bench/highlight.bench.ts, tests/bench/card.bench.ts) and by
 * tests/e2e/highlight-large.spec.ts. A page's scripts can read the performance timeline, so
 * they exist only in the timing build (`npm run build:timing`, WXT mode `timing`, in
 * .output/chrome-mv3-timing): the condition is replaced at build time and a production build
 * carries no call at all. Every entry goes through this module.
 */
export const TIMING_BUILD = import.meta.env.MODE === 'timing';

export const MARKS = {
  start: 'dossier:start',
  walked: 'dossier:walked',
  received: 'dossier:received',
  knowledge: 'dossier:knowledge',
  visible: 'dossier:visible',
  done: 'dossier:done',
} as const;

export const MEASURES = {
  card: 'dossier:card',
  cardPainted: 'dossier:card-painted',
  cardFetch: 'dossier:card-fetch',
} as const;

export function timingMark(step: keyof typeof MARKS): void {
  if (TIMING_BUILD) performance.mark(MARKS[step]);
}

/** A span from `start` (a `performance.now()` time) to now, with the entity's id as detail. */
export function timingMeasure(what: keyof typeof MEASURES, start: number, entityId: string): void {
  if (TIMING_BUILD) performance.measure(MEASURES[what], { start, end: performance.now(), detail: entityId });
}
