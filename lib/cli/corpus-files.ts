/**
 * Reads corpus files and folders from disk for the CLI (build-index, extract). Node-only;
 * the parsing itself is lib/corpus, shared with the extension.
 */

import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article, ParseError, ParseResult } from '../corpus/article.ts';
import { corpusFileKind, fileStem, fileTooLarge, isNoteFile, JsonLinesReader, parseCorpusFile } from '../corpus/index.ts';

export interface ReadCorpusOptions {
  /** Relative paths are resolved against this (default: the process's working directory). */
  cwd?: string;
  /** Called after each file, with the number read so far, the total and the file's name. */
  onProgress?(done: number, total: number, file: string): void;
}


interface CorpusFile {
  full: string;
  /**
   * The name articles carry and their ids start with: the path relative to the folder
   * given (so `a/headlines.jsonl` and `b/headlines.jsonl` stay apart), or the base name
   * of a file given directly. Never an absolute machine path.
   */
  name: string;
}

/**
 * Parses every .txt/.json/.jsonl file under the given files and folders (folders
 * recursively, in sorted order so ids and results are stable; other extensions, hidden
 * entries and README/LICENSE/SOURCE notes are skipped). A path that does not exist throws; everything else is
 * reported in `errors`. When two files yield the same article id, the first article is
 * kept and each later one is reported.
 */
export async function readCorpus(paths: string[], opts: ReadCorpusOptions = {}): Promise<ParseResult> {
  const cwd = opts.cwd ?? process.cwd();
  const files: CorpusFile[] = [];
  const listed = new Set<string>();
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    let info;
    try {
      info = await stat(full);
    } catch {
      throw new Error(`corpus path not found: ${given}`);
    }
    const found = info.isDirectory() ? await listFolder(full) : [{ full, name: path.basename(full) }];
    // The same file reached twice (a folder and a file in it) is read once.
    for (const file of found) if (!listed.has(file.full)) (listed.add(file.full), files.push(file));
  }

  const articles: Article[] = [];
  const errors: ParseError[] = [];
  const firstFile = new Map<string, string>();
  for (let i = 0; i < files.length; i++) {
    const { full, name } = files[i]!;
    let parsed: ParseResult;
    try {
      parsed = await readCorpusFile(full, name);
    } catch (error) {
      errors.push({ file: name, line: null, message: `cannot read the file (${errorCode(error)})` });
      opts.onProgress?.(i + 1, files.length, name);
      continue;
    }
    // One by one, not push(...list): a file may hold more problems than a call takes arguments.
    for (const e of parsed.errors) errors.push(e);
    for (const article of parsed.articles) {
      const first = firstFile.get(article.id);
      if (first !== undefined) {
        errors.push({ file: name, line: null, message: `duplicate article id "${article.id}" (already read from ${first}); this copy is skipped` });
        continue;
      }
      firstFile.set(article.id, name);
      articles.push(article);
    }
    opts.onProgress?.(i + 1, files.length, name);
  }
  return { articles, errors };
}

/**
 * One file: JSONL is streamed a chunk at a time (memory holds a line, not the file); other
 * kinds are read whole once their size is known to be within the limit.
 */
async function readCorpusFile(full: string, name: string): Promise<ParseResult> {
  const kind = corpusFileKind(name);
  if (kind !== 'jsonl') {
    const { size } = await stat(full);
    const tooLarge = kind === null ? null : fileTooLarge(kind, size);
    if (tooLarge !== null) return { articles: [], errors: [{ file: name, line: null, message: tooLarge }] };
    return parseCorpusFile(name, await readFile(full));
  }
  const { size } = await stat(full);
  const tooLarge = fileTooLarge(kind, size);
  if (tooLarge !== null) return { articles: [], errors: [{ file: name, line: null, message: tooLarge }] };
  if (size === 0) return parseCorpusFile(name, new Uint8Array(0));
  const reader = new JsonLinesReader(name.replace(/\\/g, '/'), fileStem(name));
  for await (const chunk of createReadStream(full)) if (chunk instanceof Uint8Array) reader.push(chunk);
  return reader.end();
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown error';
}

/**
 * Every corpus file under `root`, in sorted order, each folder's content at its place among
 * its siblings. Walked with an explicit stack, so no depth of folders overflows a call stack.
 */
async function listFolder(root: string): Promise<CorpusFile[]> {
  const out: CorpusFile[] = [];
  const stack = [await listing(root, '')];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const entry = top.entries[top.next++];
    if (entry === undefined) {
      stack.pop();
      continue;
    }
    if (entry.name.startsWith('.') || isNoteFile(entry.name)) continue;
    const full = path.join(top.folder, entry.name);
    const name = top.prefix ? `${top.prefix}/${entry.name}` : entry.name;
    // Symlinked folders are not followed (they can loop); symlinked files are read.
    if (entry.isDirectory()) stack.push(await listing(full, name));
    else if ((entry.isFile() || entry.isSymbolicLink()) && corpusFileKind(entry.name) !== null) out.push({ full, name });
  }
  return out;
}

async function listing(folder: string, prefix: string) {
  const entries = await readdir(folder, { withFileTypes: true });
  // Code-unit order, not locale order, so every machine lists the same sequence.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { folder, prefix, entries, next: 0 };
}
