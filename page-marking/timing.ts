/**
 * User Timing marks of a scan (not DOM changes), read by tests/bench/highlight.bench.ts and
 * tests/e2e/highlight-large.spec.ts to time it. Every mark of page marking goes through
 * `timingMark`, so where they are left (or whether at all) is decided here.
 */
export const MARKS = {
  start: 'dossier:start',
  walked: 'dossier:walked',
  received: 'dossier:received',
  knowledge: 'dossier:knowledge',
  visible: 'dossier:visible',
  done: 'dossier:done',
} as const;

export function timingMark(step: keyof typeof MARKS): void {
  performance.mark(MARKS[step]);
}
