/**
 * The background's start and its first search as user timings (performance.mark), so that
 * a benchmark can tell where a wake's time goes: tests/bench/archive.bench.ts reads them in
 * Firefox, after the answer, through runtime.getBackgroundPage(). They are the extension's
 * own timeline, which no web page can read (content scripts mark nothing). Each stage is
 * marked once per context's life, at its start (a wake), so a long-lived context's timeline
 * never grows.
 */

/**
 * The stages in the order a wake passes them: `script`, the first of Dossier's modules is
 * evaluated (the script was loaded and parsed); `main`, the background's main function starts
 * (every module is evaluated); `listening`, every listener is registered; `search`, the first
 * search message reaches its handler; the archive's load (archive-loader.ts): `fetched`, the
 * bundle's archive.json read as text, `parsed`, parsed, `bundle`, the bundle loaded (records
 * checked, index); `archive`, the archive is loaded (the user's articles joined); `entities`,
 * what finds the entities a query names is made (lib/search/query-entities.ts); `answered`,
 * its answer is made.
 */
export type WakeStage = 'script' | 'main' | 'listening' | 'search' | 'fetched' | 'parsed' | 'bundle' | 'archive' | 'entities' | 'answered';

/** Each mark is this prefix and the stage (the bench's page reads them by it). */
const MARK_PREFIX = 'dossier:';

const marked = new Set<WakeStage>();

/** Marks a stage the first time this context reaches it. */
export function markStage(stage: WakeStage): void {
  if (marked.has(stage)) return;
  marked.add(stage);
  performance.mark(MARK_PREFIX + stage);
}

// This module is the background's first import (index.ts): evaluating it is the script's start.
markStage('script');
