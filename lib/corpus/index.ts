/**
 * The corpus parser: any corpus file (.txt scraped page, .json, .jsonl) to Articles.
 * Pure logic (no Node or browser APIs beyond TextDecoder), so the CLI, the extension and
 * the tests share it. It never throws: every problem is a ParseError naming the file.
 */

import type { ParseError, ParseResult } from './article.ts';
import { decodeCorpusBytes } from './decode.ts';
import { corpusFileKind, fileStem } from './file-name.ts';
import { parseJsonFile } from './json-file.ts';
import { parseJsonLinesBytes } from './json-lines.ts';
import { fileTooLarge } from './limits.ts';
import { parseTextArticle } from './text-article.ts';

export type { AltTitle, Article, ParseError, ParseResult } from './article.ts';
export { corpusFileKind, fileStem, isNoteFile, type CorpusFileKind } from './file-name.ts';
export { decodeCorpusBytes, type LineProblem } from './decode.ts';
export { JsonLinesReader } from './json-lines.ts';
export { fileTooLarge, MAX_FILE_BYTES, MAX_RECORD_BYTES } from './limits.ts';
export { parseTextArticle } from './text-article.ts';
export { parseJsonFile, parseJsonLinesFile } from './json-file.ts';
export { articleFromRecord } from './json-article.ts';
export { deriveTitle, firstSentence } from './derive-title.ts';
export { parseDateline, type DateParts } from './dates.ts';
export { detectLang } from './language.ts';

/**
 * Parses one corpus file. `fileName` is the name shown to the user and the base of the
 * article ids (a path relative to the corpus folder, never a machine path); its
 * extension picks the parser.
 */
export function parseCorpusFile(fileName: string, bytes: Uint8Array): ParseResult {
  const file = fileName.replace(/\\/g, '/');
  try {
    const kind = corpusFileKind(file);
    if (kind === null) return failed(file, 'not a corpus file (expected .txt, .json or .jsonl)');
    if (bytes.length === 0) return failed(file, 'the file is empty');
    const tooLarge = fileTooLarge(kind, bytes.length);
    if (tooLarge !== null) return failed(file, tooLarge);
    const stem = fileStem(file);
    if (kind === 'jsonl') return parseJsonLinesBytes(file, stem, bytes);
    const decoded = decodeCorpusBytes(bytes);
    if (!decoded.ok) return failed(file, decoded.message);
    const problems: ParseError[] = decoded.problems.map(({ line, message }) => ({ file, line, message }));
    if (kind === 'json') {
      const parsed = parseJsonFile(file, stem, decoded.text);
      return { articles: parsed.articles, errors: [...problems, ...parsed.errors] };
    }
    const { article, errors } = parseTextArticle(file, stem, decoded.text);
    return { articles: article ? [article] : [], errors: [...problems, ...errors] };
  } catch (error) {
    // A bug in a rule must cost one file, not the whole import.
    return failed(file, `could not be parsed (internal error: ${error instanceof Error ? error.message : String(error)})`);
  }
}

function failed(file: string, message: string): ParseResult {
  return { articles: [], errors: [{ file, line: null, message }] };
}
