/** Messages between the archive page and its import worker (worker.ts). */
import type { ParseError } from '../../../lib/corpus/article.ts';
import type { DedupKeys, Duplicate } from '../../../archive-store/index.ts';

export interface ImportProgress {
  phase: 'reading' | 'learning' | 'storing' | 'done';
  filesDone: number;
  filesTotal: number;
  articlesRead: number;
  articlesStored: number;
  duplicates: number;
  problems: number;
}

export interface ImportOutcome extends ImportProgress {
  phase: 'done';
  cancelled: boolean;
  /** Why the import stopped with the disk or quota full, or null. */
  quota: string | null;
}

export type ToWorker =
  | { type: 'start'; files: Array<{ name: string; file: File }>; source: { id: string; label: string }; bundle: DedupKeys }
  | { type: 'cancel' };

export type FromWorker =
  | { type: 'progress'; progress: ImportProgress; problems: ParseError[]; duplicates: Duplicate[] }
  | { type: 'committed' }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'failed'; message: string };
