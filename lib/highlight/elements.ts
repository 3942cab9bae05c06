/**
 * What an element means to the scanner, decided by its tag name alone: reading computed
 * styles for every element would cost a style pass per node on large pages.
 *
 * - `skip`: its text is not page prose (scripts, form fields, machine text) or not ours to touch.
 * - `inline`: its text continues the text around it ("Ilham <b>Aliyev</b>", "Az<span>erbaijan</span>").
 * - `block`: its text starts a new block; names never match across it.
 *
 * Ambiguous cases, and the choice made:
 * - `pre` is scanned (plain-text dispatches and quoted wires live there), `code`, `kbd` and
 *   `samp` are skipped (identifiers such as a `Georgia` font name are not mentions).
 * - Custom elements (`my-widget`) are blocks: components are usually laid out as boxes, and
 *   gluing two of them ("Serbia" + "Azerbaijan") would make one unknown word of two names.
 * - Other unknown tags are inline, as CSS's initial `display` is.
 * - Styles that turn a `span` into a block, or a `div` inline, are not seen.
 */
export type ElementRole = 'skip' | 'inline' | 'block';

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'DATALIST',
  'CODE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'CANVAS',
  'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE',
]);

const INLINE = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'LABEL', 'MARK', 'NOBR', 'Q', 'RUBY', 'RB', 'RP', 'RT', 'RTC', 'S', 'SMALL', 'SPAN', 'STRIKE', 'STRONG',
  'SUB', 'SUP', 'TIME', 'TT', 'U', 'WBR', 'OUTPUT', 'SLOT',
]);

/** Dossier's own UI (the hover card host and its kin) is never scanned or observed. */
export function isDossierTag(tagName: string): boolean {
  return tagName.length > 8 && tagName.slice(0, 8).toUpperCase() === 'DOSSIER-';
}

/** `tagName` as the DOM reports it (upper case for HTML, as written for SVG/XML). */
export function elementRole(tagName: string): ElementRole {
  const tag = tagName.toUpperCase();
  if (SKIP.has(tag)) return 'skip';
  if (INLINE.has(tag)) return 'inline';
  if (tag.includes('-')) return isDossierTag(tag) ? 'skip' : 'block';
  return KNOWN_BLOCKS.has(tag) ? 'block' : 'inline';
}

/** HTML elements that are not inline by default (plus `br`, which breaks the line). */
const KNOWN_BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'BUTTON', 'CAPTION', 'CENTER', 'COL', 'COLGROUP',
  'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'IMG', 'LEGEND', 'LI', 'LISTING', 'MAIN',
  'MARQUEE', 'MENU', 'METER', 'NAV', 'OL', 'P', 'PICTURE', 'PLAINTEXT', 'PRE', 'PROGRESS', 'SEARCH', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'XMP',
]);

/**
 * Whether an element's attributes put its subtree out of scope: editable regions (the user's
 * own text, and editors that break when anything touches them) and elements hidden by the
 * `hidden` attribute. `contenteditable="false"` inside an editor is skipped too: it is still
 * part of the editor.
 */
export function attributesSkip(contentEditable: string | null, hidden: boolean): boolean {
  return hidden || contentEditable !== null;
}

const ELEMENT_NODE = 1;

/** The parts of an element the scanner reads: a browser's Element, or linkedom's in Node (the CLI). */
export interface ScannedElement {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

/** An element's role for the scanner: its tag, then the attributes that put it out of scope. */
export function roleOf(el: ScannedElement): ElementRole {
  const role = elementRole(el.tagName);
  if (role === 'skip') return role;
  return attributesSkip(el.getAttribute('contenteditable'), el.hasAttribute('hidden')) ? 'skip' : role;
}

/** `node instanceof Element` without the DOM's globals (absent in Node). */
export function isElementNode(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/**
 * The block a text node met during a walk belongs to: the nearest block element (by tag;
 * its ancestors are already known to be in scope), else the shadow root or document above.
 * Stops at the first block, so it costs the inline depth only. Uses no DOM globals, so the
 * CLI can run it over linkedom.
 */
export function nearestBlockOf(text: Node): Node | null {
  for (let n = text.parentNode; n !== null; n = n.parentNode) {
    if (!isElementNode(n)) return n;
    if (elementRole(n.tagName) === 'block') return n;
  }
  return null;
}
