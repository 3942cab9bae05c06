/**
 * A saved web page (.html) to an Article: @mozilla/readability finds the article in it, as
 * the issue asks, and the record is then read by the corpus parser's own rules
 * (lib/corpus/json-article.ts), so dates, sources and languages come out as for any file.
 * linkedom supplies the DOM (no DOMParser in a worker, nor in Node for tests).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleFromRecord, decodeCorpusBytes, fileStem, type ParseResult } from '../corpus/index.ts';

/** HTML pages are read whole: beyond this size a file is skipped with a message. */
export const MAX_HTML_BYTES = 16 * 1024 * 1024;

const BLOCKS = 'p, li, h2, h3, h4, blockquote, pre, td';

export function parseHtmlFile(file: string, bytes: Uint8Array): ParseResult {
  const failed = (message: string): ParseResult => ({ articles: [], errors: [{ file, line: null, message }] });
  if (bytes.length === 0) return failed('the file is empty');
  if (bytes.length > MAX_HTML_BYTES) return failed(`the page is larger than ${MAX_HTML_BYTES / 1024 / 1024} MB`);
  const decoded = decodeCorpusBytes(bytes);
  if (!decoded.ok) return failed(decoded.message);
  const { document } = parseHTML(decoded.text);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
  const found = new Readability(document).parse();
  if (!found?.content) return failed('no article text found in the page');
  const body = paragraphs(found.content);
  if (body.length === 0) return failed('no article text found in the page');
  const record = {
    title: found.title || null,
    body,
    date: found.publishedTime ?? null,
    source: found.siteName ?? null,
    author: found.byline ?? null,
    lang: found.lang ?? null,
    url,
  };
  const stem = fileStem(file);
  const result = articleFromRecord(record, { file, fallbackId: stem, stem, line: null, label: 'page' });
  return result.article ? { articles: [result.article], errors: [] } : { articles: [], errors: [result.error] };
}

/** The text of the article's blocks (Readability's cleaned HTML), one paragraph each. */
function paragraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const texts = (blocks.length ? blocks : [document.body]).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  return texts.filter((t) => t.length > 0);
}
