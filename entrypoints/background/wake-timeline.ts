/**
 * The background's start and its first search as user timings (performance.mark), so that
 * a benchmark can tell where a wake's time goes: tests/bench/archive.bench.ts reads them in
 * Firefox, after the answer, through runtime.getBackgroundPage(). They are the extension's
 * own timeline, which no web page can read (content scripts mark nothing). Each stage is
 * marked once per context's life, at its start (a wake), so a long-lived context's timeline
 * never grows.
 */

/** The stages in the order a wake passes them. */
export const WAKE_STAGES = [
  /** The first of Dossier's modules is evaluated (the script was loaded and parsed). */
  'script',
  /** The background's main function starts: every module is evaluated. */
  'main',
  /** Every listener is registered. */
  'listening',
  /** The first search message reaches its handler. */
  'search',
  /** Its archive is loaded. */
  'archive',
  /** Its answer is made. */
  'answered',
] as const;

export type WakeStage = (typeof WAKE_STAGES)[number];

/** The prefix of Dossier's marks, so that a reader can tell them from any other. */
export const MARK_PREFIX = 'dossier:';

const marked = new Set<WakeStage>();

/** Marks a stage the first time this context reaches it. */
export function markStage(stage: WakeStage): void {
  if (marked.has(stage)) return;
  marked.add(stage);
  performance.mark(MARK_PREFIX + stage);
}

// This module is the background's first import (index.ts): evaluating it is the script's start.
markStage('script');
