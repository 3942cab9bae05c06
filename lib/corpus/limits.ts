/**
 * Size limits for corpus input. Files over them are refused with a message saying why and
 * what to do, rather than read: a 50 MB "article" took a minute and gigabytes to parse and
 * would have landed whole in the extension's bundle. JSONL files are read as a stream, a
 * record at a time, so only their lines are limited, and the file far more loosely.
 */
import type { CorpusFileKind } from './file-name.ts';

const MB = 1024 * 1024;

/** One article (a .txt file or a JSONL line): the longest real news articles are well under 1 MB. */
export const MAX_RECORD_BYTES = 8 * MB;

/** Largest file of each kind. .json is parsed whole (JSON.parse needs it all). */
export const MAX_FILE_BYTES: Readonly<Record<CorpusFileKind, number>> = {
  text: MAX_RECORD_BYTES,
  json: 64 * MB,
  jsonl: 1024 * MB,
};

export function sizeText(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The message for a file over its kind's limit, or null when it is within it. */
export function fileTooLarge(kind: CorpusFileKind, bytes: number): string | null {
  const max = MAX_FILE_BYTES[kind];
  if (bytes <= max) return null;
  const advice = kind === 'jsonl' ? 'split it into several files' : 'split it, or write its articles as .jsonl (one per line)';
  return `the file is ${sizeText(bytes)}, over the ${sizeText(max)} limit for a .${kind === 'text' ? 'txt' : kind} file; it is skipped (${advice})`;
}
