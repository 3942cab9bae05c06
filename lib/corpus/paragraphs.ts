/** Body text from structured records split into paragraphs. */

import { normaliseSpace } from './line-shapes.ts';

/**
 * Paragraphs of a body string: blank lines separate paragraphs when the text has any
 * (single newlines inside are then wrapping); otherwise every line is a paragraph.
 */
export function paragraphsOf(text: string): string[] {
  const blocks = /\n[ \t\u00a0]*\n/.test(text) ? text.split(/\n[ \t\u00a0]*\n/) : text.split('\n');
  const out: string[] = [];
  for (const block of blocks) {
    const paragraph = normaliseSpace(block);
    if (paragraph) out.push(paragraph);
  }
  return out;
}
