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
  if (Array.isArray(value)) {
    return collect(
      file,
      value.map((item, i) => ({ line: null, result: articleFromRecord(item, { file, stem, fallbackId: `${stem}#${i + 1}`, line: null, label: `record ${i + 1}` }) })),
    );
  }
  const place: RecordPlace = { file, stem, fallbackId: stem, line: null, label: 'the file' };
  if (typeof value !== 'object' || value === null) {
    return { articles: [], errors: [{ file, line: null, message: 'expected an article object or an array of article objects' }] };
  }
  return collect(file, [{ line: null, result: articleFromRecord(value, place) }]);
}

export function parseJsonLinesFile(file: string, stem: string, text: string): ParseResult {
  const results: Placed[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i]!.trim();
    if (!source) continue;
    const line = i + 1;
    const place: RecordPlace = { file, stem, fallbackId: `${stem}#${line}`, line, label: `line ${line}` };
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      results.push({ line, result: { error: { file, line, message: `line ${line}: not valid JSON: ${errorText(error)}` } } });
      continue;
    }
    results.push({ line, result: articleFromRecord(value, place) });
  }
  if (results.length === 0) return { articles: [], errors: [{ file, line: null, message: 'the file is empty' }] };
  return collect(file, results);
}

interface Placed {
  line: number | null;
  result: RecordResult;
}

function collect(file: string, results: Placed[]): ParseResult {
  const articles: Article[] = [];
  const errors: ParseError[] = [];
  const seen = new Map<string, Article>();
  results.forEach(({ line, result }) => {
    if (result.error) return errors.push(result.error);
    const { article } = result;
    if (seen.has(article.id)) {
      errors.push({ file, line, message: `${line === null ? '' : `line ${line}: `}duplicate id "${article.id}" in ${file}: the first record with this id is kept, this one ("${clip(article.title, 60)}") is skipped` });
      return;
    }
    seen.set(article.id, article);
    articles.push(article);
  });
  return { articles, errors };
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
