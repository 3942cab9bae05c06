import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Mention } from '../entities/types.ts';
import type { Recogniser } from '../entities/recogniser.ts';
import { batchesByChars } from '../highlight/batches.ts';
import { CliError } from './command.ts';
import { htmlToBlocks, joinBlocks } from './html-text.ts';

/** A page read from disk as the content script would see it: visible text in blocks. */
export interface PageText {
  text: string;
  blocks: string[];
  /** Offset of each block in `text`. */
  offsets: number[];
}

/**
 * Characters per recogniser batch, as the content script feeds its page session
 * (BATCH_CHARS in entrypoints/content/highlighter.ts). The session weighs some evidence
 * (whether "Georgia" is the US state) over the batches read so far, so the same batches
 * give the same names as the extension.
 */
const BATCH_CHARS = 8_000;

/** A file read as UTF-8 text, or a one-line CLI error naming it. */
export async function readTextFile(file: string, cwd: string): Promise<string> {
  try {
    return await readFile(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new CliError(`cannot read ${file}`);
  }
}

export function isHtmlPage(file: string, raw: string): boolean {
  return /\.x?html?$/i.test(file) || /^\s*<(?:!doctype|html)/i.test(raw);
}

/** An HTML page's blocks (see html-text.ts) joined by blank lines. */
export function htmlPage(raw: string): PageText {
  const blocks = htmlToBlocks(raw);
  return { blocks, ...joinBlocks(blocks) };
}

export async function readPageFile(file: string, cwd: string): Promise<PageText> {
  const raw = await readTextFile(file, cwd);
  if (isHtmlPage(file, raw)) return htmlPage(raw);
  const blocks = raw.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  return { blocks, ...joinBlocks(blocks) };
}

/** Every mention on the page, offsets into `page.text`, with page context (surnames, introductions). */
export function recognisePage(recogniser: Recogniser, page: PageText): Mention[] {
  const session = recogniser.newPage();
  const mentions: Mention[] = [];
  for (const [from, to] of batchesByChars(page.blocks, BATCH_CHARS)) {
    session.recognise(page.blocks.slice(from, to)).forEach((list, k) => {
      const offset = page.offsets[from + k]!;
      for (const m of list) mentions.push({ ...m, start: m.start + offset, end: m.end + offset });
    });
  }
  return mentions;
}
