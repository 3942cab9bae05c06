import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ParseError } from '../corpus/article.ts';

/** Problems printed on the terminal; the rest are counted, and listed in full on request. */
export const PROBLEMS_SHOWN = 20;

export function problemLine(e: ParseError): string {
  return `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`;
}

/**
 * The terminal's view of a corpus's problems: the first few, then how many more and where
 * to find them all (`hint`, e.g. "--problems FILE or --json").
 */
export function problemSummary(errors: readonly ParseError[], hint: string): string {
  let out = '';
  for (let i = 0; i < errors.length && i < PROBLEMS_SHOWN; i++) out += `warning: ${problemLine(errors[i]!)}\n`;
  if (errors.length > PROBLEMS_SHOWN) {
    const files = new Set(errors.map((e) => e.file)).size;
    out += `warning: … and ${errors.length - PROBLEMS_SHOWN} more problems (${errors.length} in ${files} files; all of them: ${hint})\n`;
  }
  return out;
}

/** Every problem, one line each, written to `file`. */
export async function writeProblemList(file: string, cwd: string, errors: readonly ParseError[]): Promise<void> {
  let text = '';
  for (const e of errors) text += `${problemLine(e)}\n`;
  await writeFile(path.resolve(cwd, file), text);
}
