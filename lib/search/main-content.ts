/**
 * Which blocks of a page are its main content, the way a reader (and Readability) sees
 * it, from a DOM-free description of the page's blocks. The page side (the content
 * script, or the CLI's HTML reader) describes each block; this decides. Related-article
 * ranking counts only main-content entities and words as evidence of what a page is
 * about (lib/search/related-query.ts).
 *
 * Hand-written rather than @mozilla/readability: Readability needs the whole DOM,
 * clones it and rewrites it, which the content script must not do on every page; this
 * keeps its content score (commas, length, link density, parent containers) and its
 * landmark rules on a list the page side already builds while it scans.
 */

/** The nearest landmark or structure a block sits in. */
export type BlockRole =
  /** Inside `<article>` (or role=article). */
  | 'article'
  /** Inside `<main>` (or role=main), outside any article. */
  | 'main'
  /** Navigation, menus, headers and banners (`<nav>`, `<header>`, role=navigation/banner, cookie banners). */
  | 'nav'
  /** Asides, sidebars and related-link boxes (`<aside>`, role=complementary). */
  | 'aside'
  /** `<footer>`, role=contentinfo. */
  | 'footer'
  /** A cell of a table. */
  | 'table'
  /** An item of a list (`<li>`, `<dd>`). */
  | 'list'
  /** Anything else: paragraphs, headings, divs. */
  | 'other';

/**
 * What the main-content choice reads of a block: its role, size, commas, links and parent.
 * The content script keeps this instead of the text (which it drops once recognised).
 */
export interface BlockShape {
  role: BlockRole;
  /** Length of the block's trimmed text. */
  chars: number;
  /** Commas in the text (Readability's sign of prose). */
  commas: number;
  /** Characters of the text inside links. */
  linkChars: number;
  /** As `PageBlock.container`. */
  container: unknown;
}

export interface PageBlock {
  text: string;
  role: BlockRole;
  /** Characters of `text` inside links. */
  linkChars: number;
  /**
   * A key of the block's parent element (any value unique per element, such as its
   * index in document order), so that the paragraphs of one container add up as
   * Readability's parent score does.
   */
  container: unknown;
  /** Whether the block is the page's headline (`<h1>`): lib/highlight/main-report.ts weighs its words as a title. */
  headline?: boolean;
}

const COMMAS = /[,،、，]/g;

/** A block's shape, from its text. */
export function shapeOf(block: PageBlock): BlockShape {
  const text = block.text.trim();
  return { role: block.role, chars: text.length, commas: (text.match(COMMAS) ?? []).length, linkChars: block.linkChars, container: block.container };
}

function asShape(block: PageBlock | BlockShape): BlockShape {
  return 'text' in block ? shapeOf(block) : block;
}

/** Never main content: chrome around the article. */
const CHROME: ReadonlySet<BlockRole> = new Set(['nav', 'aside', 'footer']);

/**
 * A block mostly made of links is a menu or a list of other pages, not prose
 * (Readability discards candidates with link density above 0.5 in the same way).
 */
const MAX_LINK_DENSITY = 0.5;
/** Readability: text shorter than this is not scored (captions, buttons, bylines). */
const MIN_SCORED_CHARS = 25;
/** Readability: siblings scoring at least this share of the top container, and at least SIBLING_MIN, join it. */
const SIBLING_SHARE = 0.2;
const SIBLING_MIN = 10;

function linkDensity(block: BlockShape): number {
  return block.chars ? Math.min(1, block.linkChars / block.chars) : 0;
}

/** Readability's paragraph score: one point, one per comma, one per 100 characters (at most 3), less its links. */
export function contentScore(block: PageBlock | BlockShape): number {
  const shape = asShape(block);
  if (shape.chars < MIN_SCORED_CHARS) return 0;
  return (1 + shape.commas + Math.min(3, Math.floor(shape.chars / 100))) * (1 - linkDensity(shape));
}

/**
 * Whether a block can be prose of the article at all: not chrome, not a table cell, not a
 * link list. Only such blocks can be main content, so the page side counts the words of
 * these alone.
 */
export function mayBeProse(block: BlockShape): boolean {
  if (CHROME.has(block.role) || block.role === 'table') return false;
  return linkDensity(block) <= MAX_LINK_DENSITY;
}

/**
 * The indexes of the main-content blocks, in document order.
 *  1. Blocks inside `<article>`, else inside `<main>`, that may be prose: the page said
 *     where its content is.
 *  2. Otherwise Readability's choice: the container whose prose scores highest, with the
 *     containers scoring at least a fifth of it (and at least 10).
 * Tables and link lists never count: a table of 240 countries is not about each of them.
 */
export function mainContentBlocks(described: ReadonlyArray<PageBlock | BlockShape>): number[] {
  const blocks = described.map(asShape);
  for (const landmark of ['article', 'main'] as const) {
    const inside = blocks.flatMap((b, i) => (b.role === landmark && mayBeProse(b) ? [i] : []));
    if (inside.some((i) => contentScore(blocks[i]!) > 0)) return inside;
  }
  const scores = new Map<unknown, number>();
  blocks.forEach((b) => {
    if (mayBeProse(b)) scores.set(b.container, (scores.get(b.container) ?? 0) + contentScore(b));
  });
  const top = Math.max(0, ...scores.values());
  if (top === 0) return [];
  const joins = Math.max(SIBLING_MIN, top * SIBLING_SHARE);
  const chosen = new Set([...scores].filter(([, s]) => s === top || s >= joins).map(([c]) => c));
  return blocks.flatMap((b, i) => (chosen.has(b.container) && mayBeProse(b) ? [i] : []));
}
