/**
 * A JSONL file read as a stream of byte chunks, a line at a time, so memory holds one line
 * and the articles, never the file. Each line is decoded on its own (decode.ts): a NUL
 * byte, broken UTF-8 or an over-long line costs that line only.
 *
 * Files that are not line-separated UTF-8 (or legacy single-byte) text are told apart by
 * their first chunk: UTF-16 is gathered whole (within the file limit) and read as text;
 * binary data is refused as a whole.
 */

import type { ParseResult } from './article.ts';
import { decodeCorpusBytes, decodeLineBytes, notText, utf16Encoding } from './decode.ts';
import { addJsonLine, parseJsonLinesFile, RecordCollector } from './json-file.ts';
import { MAX_FILE_BYTES, MAX_RECORD_BYTES, sizeText } from './limits.ts';

type Mode = 'start' | 'lines' | 'whole';

/** How much of a file's start is judged (decode.ts looks at as much). */
const HEAD_BYTES = 64 * 1024;

export class JsonLinesReader {
  private readonly records: RecordCollector;
  private mode: Mode = 'start';
  /** The current line's bytes so far, when it spans chunks. */
  private carry: Uint8Array[] = [];
  private carried = 0;
  /** The current line passed MAX_RECORD_BYTES: its bytes are dropped up to its end. */
  private overLong = false;
  private line = 0;
  /** The last line ended with CR: an LF opening the next chunk belongs to it. */
  private afterCR = false;
  /** Chunks of a file read whole (UTF-16). */
  private whole: Uint8Array[] = [];
  private wholeBytes = 0;
  private refused: string | null = null;
  /** The file starts with a UTF-8 byte-order mark, which is not part of the first record. */
  private bom = false;
  /** The file's first bytes, gathered until there are enough to judge it by. */
  private head: Uint8Array[] = [];
  private headBytes = 0;

  constructor(
    private readonly file: string,
    private readonly stem: string,
  ) {
    this.records = new RecordCollector(file);
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0 || this.refused !== null) return;
    if (this.mode === 'start') {
      // The file's start is judged as a whole, however the stream cuts it.
      this.head.push(chunk.slice());
      this.headBytes += chunk.length;
      if (this.headBytes >= HEAD_BYTES) this.begin();
      return;
    }
    if (this.mode === 'whole') {
      this.wholeBytes += chunk.length;
      if (this.wholeBytes > MAX_FILE_BYTES.json) this.refused = `a UTF-16 .jsonl file over ${sizeText(MAX_FILE_BYTES.json)} is skipped (save it as UTF-8)`;
      else this.whole.push(chunk.slice());
      return;
    }
    let start = 0;
    if (this.afterCR && chunk[0] === 0x0a) start = 1;
    this.afterCR = false;
    // Where each line that ends in this chunk ends, and where the one after it starts.
    const ends: number[] = [];
    const nexts: number[] = [];
    if (chunk.indexOf(0x0d, start) === -1) {
      // LF only (the usual case): the engine's search is much faster than a loop over bytes.
      for (let i = chunk.indexOf(0x0a, start); i !== -1; i = chunk.indexOf(0x0a, i + 1)) {
        ends.push(i);
        nexts.push(i + 1);
      }
    } else {
      for (let i = start; i < chunk.length; i++) {
        const b = chunk[i]!;
        if (b !== 0x0a && b !== 0x0d) continue;
        ends.push(i);
        if (b === 0x0d) {
          if (i + 1 === chunk.length) this.afterCR = true;
          else if (chunk[i + 1] === 0x0a) i++;
        }
        nexts.push(i + 1);
      }
    }
    if (ends.length === 0) {
      this.hold(chunk.subarray(start));
      return;
    }
    let k = 0;
    if (this.carried > 0 || this.overLong) {
      this.endLine(chunk.subarray(start, ends[0]));
      start = nexts[0]!;
      k = 1;
    }
    if (k < ends.length) this.completeLines(chunk, start, ends, nexts, k);
    this.hold(chunk.subarray(nexts[nexts.length - 1]));
  }

  /**
   * Lines k… of a chunk, all within it. Clean UTF-8 (the usual case) is decoded in one call
   * and split; otherwise each line is decoded on its own.
   */
  private completeLines(chunk: Uint8Array, start: number, ends: readonly number[], nexts: readonly number[], k: number): void {
    const block = chunk.subarray(start, ends[ends.length - 1]);
    const text = block.indexOf(0) === -1 ? strictUtf8(block) : null;
    if (text === null) {
      for (let j = k; j < ends.length; j++) this.endLine(chunk.subarray(j === k ? start : nexts[j - 1]!, ends[j]));
      return;
    }
    const lines = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
    for (let j = 0; j < lines.length; j++) {
      this.line++;
      const bytes = ends[k + j]! - (j === 0 ? start : nexts[k + j - 1]!);
      if (bytes > MAX_RECORD_BYTES) this.records.problem(this.line, overLongMessage());
      else addJsonLine(this.records, this.stem, this.line, lines[j]!);
    }
  }

  end(): ParseResult {
    if (this.mode === 'start' && this.headBytes > 0) this.begin();
    if (this.refused !== null) return { articles: [], errors: [{ file: this.file, line: null, message: this.refused }] };
    if (this.mode === 'whole') {
      const bytes = concat(this.whole, this.wholeBytes);
      const decoded = decodeCorpusBytes(bytes);
      if (!decoded.ok) return { articles: [], errors: [{ file: this.file, line: null, message: decoded.message }] };
      const parsed = parseJsonLinesFile(this.file, this.stem, decoded.text);
      const problems = decoded.problems.map((p) => ({ file: this.file, line: p.line, message: p.message }));
      return { articles: parsed.articles, errors: [...problems, ...parsed.errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
    }
    if (this.carried > 0 || this.overLong) this.endLine(new Uint8Array(0));
    return this.records.linesResult();
  }

  /** Judges the file by its start (UTF-16, binary, a byte-order mark), then reads that start. */
  private begin(): void {
    const head = concat(this.head, this.headBytes);
    this.head = [];
    this.mode = utf16Encoding(head) !== null ? 'whole' : 'lines';
    this.refused = this.mode === 'lines' ? notText(head) : null;
    this.bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
    this.push(head);
  }

  private hold(part: Uint8Array): void {
    if (part.length === 0 || this.overLong) return;
    if (this.carried + part.length > MAX_RECORD_BYTES) {
      this.overLong = true;
      this.carry = [];
      this.carried = 0;
      return;
    }
    // Copied: a stream may reuse the chunk's memory once the callback returns.
    this.carry.push(part.slice());
    this.carried += part.length;
  }

  /** The current line ends with `last`: decode it, parse it, report what went wrong. */
  private endLine(last: Uint8Array): void {
    this.line++;
    if (this.overLong || this.carried + last.length > MAX_RECORD_BYTES) {
      this.records.problem(this.line, overLongMessage());
    } else {
      let bytes = this.carried === 0 ? last : concat([...this.carry, last], this.carried + last.length);
      if (this.bom && this.line === 1) bytes = bytes.subarray(3);
      const { text, problem } = decodeLineBytes(bytes);
      if (problem !== null) this.records.problem(this.line, problem);
      if (text !== null) addJsonLine(this.records, this.stem, this.line, text);
    }
    this.carry = [];
    this.carried = 0;
    this.overLong = false;
  }
}

function overLongMessage(): string {
  return `longer than ${sizeText(MAX_RECORD_BYTES)}, the limit for one record; the line is skipped`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A whole JSONL file already in memory, through the same reader. */
export function parseJsonLinesBytes(file: string, stem: string, bytes: Uint8Array): ParseResult {
  const reader = new JsonLinesReader(file, stem);
  reader.push(bytes);
  return reader.end();
}
