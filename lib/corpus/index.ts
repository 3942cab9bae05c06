/**
 * The corpus parser: any corpus file (.txt scraped page, .json, .jsonl) to Articles.
 * Pure logic (no Node or browser APIs beyond TextDecoder), so the CLI, the extension and
 * the tests share it. It never throws: every problem is a ParseError naming the file.
 */

import type { ParseResult } from './article.ts';
import { decodeCorpusBytes } from './decode.ts';
import { corpusFileKind, fileStem } from './file-name.ts';
import { parseJsonFile, parseJsonLinesFile } from './json-file.ts';
import { parseTextArticle } from './text-article.ts';

export type { AltTitle, Article, ParseError, ParseResult } from './article.ts';
export { corpusFileKind, fileStem, type CorpusFileKind } from './file-name.ts';
export { decodeCorpusBytes } from './decode.ts';
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
    const decoded = decodeCorpusBytes(bytes);
    if (!decoded.ok) return failed(file, decoded.message);
    const stem = fileStem(file);
    if (kind === 'json') return parseJsonFile(file, stem, decoded.text);
    if (kind === 'jsonl') return parseJsonLinesFile(file, stem, decoded.text);
    const { article, errors } = parseTextArticle(file, stem, decoded.text);
    return { articles: article ? [article] : [], errors };
  } catch (error) {
    // A bug in a rule must cost one file, not the whole import.
    return failed(file, `could not be parsed (internal error: ${error instanceof Error ? error.message : String(error)})`);
  }
}

function failed(file: string, message: string): ParseResult {
  return { articles: [], errors: [{ file, line: null, message }] };
}
