/**
 * .json and .jsonl corpus files to articles.
 *
 * Ids: a record's own `id` becomes `<stem>:<id>` (e.g. `articles:business/001.txt`), so
 * ids from different files never collide and stay the same however the file is
 * reordered. A record without an id is named by position: `<stem>#<line>` for JSONL
 * (the 1-based line) and `<stem>#<n>` for a JSON array (the 1-based record number); a
 * file holding a single object without an id is simply `<stem>`, like a .txt file. The
 * `#` keeps positional ids apart from own ids (`headlines#12` vs `headlines:12`).
 * Two records of one file with the same id: the first is kept, the later one reported.
 */

import type { Article, ParseError, ParseResult } from './article.ts';
import { articleFromRecord, type RecordPlace, type RecordResult } from './json-article.ts';

const MAX_MESSAGE = 160;

export function parseJsonFile(file: string, stem: string, text: string): ParseResult {
  if (!text.trim()) return { articles: [], errors: [{ file, line: null, message: 'the file is empty' }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const line = jsonErrorLine(error, text);
    return { articles: [], errors: [{ file, line, message: `not valid JSON: ${errorText(error)}` }] };
  }
  const records = new RecordCollector(file);
  if (Array.isArray(value)) {
    value.forEach((item, i) => records.add(null, articleFromRecord(item, { file, stem, fallbackId: `${stem}#${i + 1}`, line: null, label: `record ${i + 1}` })));
    return records.result();
  }
  const place: RecordPlace = { file, stem, fallbackId: stem, line: null, label: 'the file' };
  if (typeof value !== 'object' || value === null) {
    return { articles: [], errors: [{ file, line: null, message: 'expected an article object or an array of article objects' }] };
  }
  records.add(null, articleFromRecord(value, place));
  return records.result();
}

export function parseJsonLinesFile(file: string, stem: string, text: string): ParseResult {
  const records = new RecordCollector(file);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) addJsonLine(records, stem, i + 1, lines[i]!);
  return records.linesResult();
}

/** Parses one JSONL line (blank lines are skipped) into `records`. */
export function addJsonLine(records: RecordCollector, stem: string, line: number, text: string): void {
  const source = text.trim();
  if (!source) return;
  const file = records.file;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    records.add(line, { error: { file, line, message: `line ${line}: not valid JSON: ${errorText(error)}` } });
    return;
  }
  records.add(line, articleFromRecord(value, { file, stem, fallbackId: `${stem}#${line}`, line, label: `line ${line}` }));
}

/**
 * A file's records as they come: articles in order, problems, and for two records with the
 * same id the first kept and the later one reported.
 */
export class RecordCollector {
  private readonly articles: Article[] = [];
  private readonly errors: ParseError[] = [];
  private readonly seen = new Set<string>();
  /** Whether any record (good or bad) or line problem was met: an empty file says so. */
  private met = false;

  constructor(readonly file: string) {}

  add(line: number | null, result: RecordResult): void {
    this.met = true;
    if (result.error) {
      this.errors.push(result.error);
      return;
    }
    const { article } = result;
    if (this.seen.has(article.id)) {
      this.errors.push({
        file: this.file,
        line,
        message: `${line === null ? '' : `line ${line}: `}duplicate id "${article.id}" in ${this.file}: the first record with this id is kept, this one ("${clip(article.title, 60)}") is skipped`,
      });
      return;
    }
    this.seen.add(article.id);
    this.articles.push(article);
  }

  /** A problem with a line that never became a record (its bytes, its size). */
  problem(line: number, message: string): void {
    this.met = true;
    this.errors.push({ file: this.file, line, message: `line ${line}: ${message}` });
  }

  result(): ParseResult {
    return { articles: this.articles, errors: this.errors };
  }

  /** The result, or for a JSONL file with no records at all, that it is empty. */
  linesResult(): ParseResult {
    if (!this.met) return { articles: [], errors: [{ file: this.file, line: null, message: 'the file is empty' }] };
    return this.result();
  }
}

/** JSON.parse messages, shortened: V8 may quote a long stretch of the input. */
function errorText(error: unknown): string {
  return clip(error instanceof Error ? error.message : String(error), MAX_MESSAGE);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The 1-based line of a JSON syntax error, from V8's "at position N" or "(line L column C)". */
function jsonErrorLine(error: unknown, text: string): number | null {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /\(line (\d+) column \d+\)/.exec(message);
  if (lineColumn) return Number(lineColumn[1]);
  const position = /at position (\d+)/.exec(message);
  if (!position) return null;
  const end = Math.min(Number(position[1]), text.length);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
