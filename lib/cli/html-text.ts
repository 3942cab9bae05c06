import { parseHTML } from 'linkedom';
import { isElementNode, nearestBlockOf, roleOf } from '../highlight/elements.ts';
import { SegmentBuilder } from '../highlight/segment-text.ts';

/**
 * The text of an HTML page as blocks, read the way the extension's page scan reads it
 * (entrypoints/content/scan.ts), so that `extract` and `related` report what the extension
 * highlights. Both take their rules from lib/highlight: which elements are skipped, inline
 * or blocks, and which block a text belongs to (elements.ts: roleOf, nearestBlockOf), and
 * how a block's text is assembled from its text nodes and cut when huge (segment-text.ts).
 * The text of a block is its text nodes as written (whitespace is not collapsed: the
 * recogniser reads line breaks as sentence gaps, as in the browser). The recogniser is fed
 * these blocks in the content script's batches (page-file.ts).
 *
 * What the page scan has and the CLI does not, and how it is handled:
 * - The scan walks with a filtered TreeWalker; linkedom's TreeWalker ignores filters (it
 *   lists every node up front), so the walk here follows firstChild/nextSibling itself,
 *   with an explicit path rather than recursion (a hostile page may nest very deeply).
 * - The scan sets aside blocks without a layout box (display: none on the block or an
 *   ancestor). linkedom has no layout or cascade: a block counts as hidden here when it or
 *   an ancestor has `display: none` in its `style` attribute. Text hidden by a style sheet
 *   is read by the CLI and not by the extension.
 * - linkedom does not attach declarative shadow roots (`<template shadowrootmode>`), which
 *   the scan walks after the document; their text is not read here.
 * - linkedom's parser is not the HTML standard's: badly nested markup may be repaired
 *   differently than in a browser.
 */

const TEXT_NODE = 3;

// linkedom's nodes carry the DOM's nodeType constants, not its global classes.
const isText = (node: Node): node is Text => node.nodeType === TEXT_NODE;

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;

/** Whether a block would have no box in a browser, as far as attributes tell (see above). */
function hiddenByStyle(block: Node | null): boolean {
  for (let n = block; n !== null && isElementNode(n); n = n.parentNode) {
    const style = n.getAttribute('style');
    if (style !== null && DISPLAY_NONE.test(style)) return true;
  }
  return false;
}

/** The next node in document order after `node`'s subtree, within `root`. */
function after(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n !== null && n !== root; n = n.parentNode) {
    if (n.nextSibling !== null) return n.nextSibling;
  }
  return null;
}

/** The page's blocks, in document order, as the extension's page scan makes them. */
export function htmlToBlocks(html: string): string[] {
  const { document } = parseHTML(html);
  const root = document.documentElement;
  if (root === null) return [];
  const builder = new SegmentBuilder<Node>();
  let current: Node | null = null;
  // The root itself is not judged (the scan's walker never filters its root).
  let node: Node | null = root.firstChild;
  while (node !== null) {
    if (isText(node)) {
      const block = nearestBlockOf(node);
      if (block !== current) {
        builder.close();
        current = block;
      }
      builder.add(node, node.data);
      node = after(node, root);
      continue;
    }
    if (isElementNode(node)) {
      const role = roleOf(node);
      if (role !== 'skip') {
        // A nested block ends the text before it.
        if (role === 'block') builder.close();
        if (node.firstChild !== null) {
          node = node.firstChild;
          continue;
        }
      }
    }
    node = after(node, root);
  }
  builder.close();
  return builder
    .take()
    .filter((segment) => !hiddenByStyle(nearestBlockOf(segment.nodes[0]!)))
    .map((segment) => segment.text);
}

/** Blocks joined as one text, with each block's offset in it. */
export function joinBlocks(blocks: readonly string[], separator = '\n\n'): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let text = '';
  blocks.forEach((b, i) => {
    if (i > 0) text += separator;
    offsets.push(text.length);
    text += b;
  });
  return { text, offsets };
}
