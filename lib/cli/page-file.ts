import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Mention } from '../entities/types.ts';
import type { Recogniser } from '../entities/recogniser.ts';
import { CliError } from './command.ts';
import { htmlToBlocks, joinBlocks } from './html-text.ts';

/** A page read from disk as the content script would see it: visible text in blocks. */
export interface PageText {
  text: string;
  blocks: string[];
  /** Offset of each block in `text`. */
  offsets: number[];
}

export async function readPageFile(file: string, cwd: string): Promise<PageText> {
  let raw: string;
  try {
    raw = await readFile(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new CliError(`cannot read ${file}`);
  }
  const isHtml = /\.x?html?$/i.test(file) || /^\s*<(?:!doctype|html)/i.test(raw);
  const blocks = isHtml ? htmlToBlocks(raw) : raw.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  return { blocks, ...joinBlocks(blocks) };
}

/** Every mention on the page, offsets into `page.text`, with page context (surnames, introductions). */
export function recognisePage(recogniser: Recogniser, page: PageText): Mention[] {
  return recogniser
    .newPage()
    .recognise(page.blocks)
    .flatMap((list, i) => list.map((m) => ({ ...m, start: m.start + page.offsets[i]!, end: m.end + page.offsets[i]! })));
}
