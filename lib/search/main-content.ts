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
  container: string | number;
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

function linkDensity(block: PageBlock): number {
  return block.text.length ? block.linkChars / block.text.length : 0;
}

/** Readability's paragraph score: one point, one per comma, one per 100 characters (at most 3), less its links. */
export function contentScore(block: PageBlock): number {
  const text = block.text.trim();
  if (text.length < MIN_SCORED_CHARS) return 0;
  const commas = (text.match(/[,،、，]/g) ?? []).length;
  return (1 + commas + Math.min(3, Math.floor(text.length / 100))) * (1 - linkDensity(block));
}

/** Whether a block can be prose of the article at all: not chrome, not a table cell, not a link list. */
function mayBeProse(block: PageBlock): boolean {
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
export function mainContentBlocks(blocks: readonly PageBlock[]): number[] {
  for (const landmark of ['article', 'main'] as const) {
    const inside = blocks.flatMap((b, i) => (b.role === landmark && mayBeProse(b) ? [i] : []));
    if (inside.some((i) => contentScore(blocks[i]!) > 0)) return inside;
  }
  const scores = new Map<string | number, number>();
  blocks.forEach((b) => {
    if (mayBeProse(b)) scores.set(b.container, (scores.get(b.container) ?? 0) + contentScore(b));
  });
  const top = Math.max(0, ...scores.values());
  if (top === 0) return [];
  const joins = Math.max(SIBLING_MIN, top * SIBLING_SHARE);
  const chosen = new Set([...scores].filter(([, s]) => s === top || s >= joins).map(([c]) => c));
  return blocks.flatMap((b, i) => (chosen.has(b.container) && mayBeProse(b) ? [i] : []));
}
