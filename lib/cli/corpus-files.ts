/**
 * Reads corpus files and folders from disk for the CLI (build-index, extract). Node-only;
 * the parsing itself is lib/corpus, shared with the extension.
 */

import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article, ParseError, ParseResult } from '../corpus/article.ts';
import { corpusFileKind, parseCorpusFile } from '../corpus/index.ts';

export interface ReadCorpusOptions {
  /** Relative paths are resolved against this (default: the process's working directory). */
  cwd?: string;
  /** Called after each file, with the number read so far, the total and the file's name. */
  onProgress?(done: number, total: number, file: string): void;
}

/**
 * Notes that sit next to data in corpus folders (bbc-2004/SOURCE.txt) are not articles.
 * Skipped only in folder walks; a file named explicitly is always parsed.
 */
const NOTE_FILE = /^(?:readme|licen[cs]e|source|copying|notice|changelog|authors)(?:\.[a-z]+)?$/i;

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
    const found = info.isDirectory() ? await listFolder(full, '') : [{ full, name: path.basename(full) }];
    // The same file reached twice (a folder and a file in it) is read once.
    for (const file of found) if (!listed.has(file.full)) (listed.add(file.full), files.push(file));
  }

  const articles: Article[] = [];
  const errors: ParseError[] = [];
  const firstFile = new Map<string, string>();
  for (let i = 0; i < files.length; i++) {
    const { full, name } = files[i]!;
    let bytes: Uint8Array;
    try {
      bytes = await readFile(full);
    } catch (error) {
      errors.push({ file: name, line: null, message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` });
      opts.onProgress?.(i + 1, files.length, name);
      continue;
    }
    const parsed = parseCorpusFile(name, bytes);
    errors.push(...parsed.errors);
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

async function listFolder(folder: string, prefix: string): Promise<CorpusFile[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  // Code-unit order, not locale order, so every machine lists the same sequence.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: CorpusFile[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || NOTE_FILE.test(entry.name)) continue;
    const full = path.join(folder, entry.name);
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    // Symlinked folders are not followed (they can loop); symlinked files are read.
    if (entry.isDirectory()) out.push(...(await listFolder(full, name)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && corpusFileKind(entry.name) !== null) out.push({ full, name });
  }
  return out;
}
