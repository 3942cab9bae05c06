import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Recogniser } from '../../../lib/entities/recogniser.ts';
import { mainContentBlocks, type BlockRole, type PageBlock } from '../../../lib/search/main-content.ts';
import { pageQuery, type RelatedQuery } from '../../../lib/search/related-query.ts';

/**
 * A saved page as the page side describes it to lib/search/main-content.ts: each block
 * of text with its role (the nearest landmark or structure), its link characters and a
 * key of its parent. The content script builds the same list from the live DOM.
 */
const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TD', 'TH', 'DD', 'DT', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'CAPTION', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'TABLE', 'TR', 'UL', 'OL', 'DL', 'FORM', 'BODY']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME']);

interface DomElement {
  tagName: string;
  parentElement: DomElement | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute(name: string): string | null;
}
interface DomNode {
  nodeType: number;
  textContent: string | null;
}

function roleOf(el: DomElement): BlockRole {
  let structure: BlockRole | null = null;
  let landmark: BlockRole = 'other';
  for (let at: DomElement | null = el; at; at = at.parentElement) {
    const tag = at.tagName;
    const role = at.getAttribute('role');
    const cls = `${at.getAttribute('class') ?? ''} ${at.getAttribute('id') ?? ''}`;
    if (tag === 'NAV' || tag === 'HEADER' || role === 'navigation' || role === 'banner' || /cookie|consent/i.test(cls)) return 'nav';
    if (tag === 'ASIDE' || role === 'complementary') return 'aside';
    if (tag === 'FOOTER' || role === 'contentinfo') return 'footer';
    if (!structure && (tag === 'TD' || tag === 'TH')) structure = 'table';
    if (!structure && (tag === 'LI' || tag === 'DD')) structure = 'list';
    if (landmark === 'other' && (tag === 'ARTICLE' || role === 'article')) landmark = 'article';
    if (landmark === 'other' && (tag === 'MAIN' || role === 'main')) landmark = 'main';
  }
  return structure ?? landmark;
}

export function pageBlocks(html: string): PageBlock[] {
  const { document } = parseHTML(html);
  const blocks: PageBlock[] = [];
  const ids = new Map<DomElement, number>();
  const keyOf = (el: DomElement | null) => {
    if (!el) return -1;
    if (!ids.has(el)) ids.set(el, ids.size);
    return ids.get(el)!;
  };
  // Each block's own text: its text nodes and inline descendants, not nested blocks.
  const walk = (el: DomElement): void => {
    let text = '';
    let linkChars = 0;
    const inline = (node: DomNode, inLink: boolean): void => {
      if (node.nodeType === 3) {
        text += node.textContent ?? '';
        if (inLink) linkChars += (node.textContent ?? '').length;
        return;
      }
      if (node.nodeType !== 1) return;
      const child = node as unknown as DomElement;
      if (SKIP.has(child.tagName)) return;
      if (BLOCK.has(child.tagName)) {
        flush();
        walk(child);
        return;
      }
      for (const n of Array.from(child.childNodes)) inline(n, inLink || child.tagName === 'A');
    };
    const flush = () => {
      const clean = text.replace(/\s+/g, ' ').trim();
      if (clean) blocks.push({ text: clean, role: roleOf(el), linkChars: Math.min(linkChars, clean.length), container: keyOf(el.parentElement) });
      text = '';
      linkChars = 0;
    };
    for (const n of Array.from(el.childNodes)) inline(n, false);
    flush();
  };
  walk(document.body as unknown as DomElement);
  return blocks;
}

/** A judged page's query, read as the page side reads it: main content from the blocks of a saved page, or all of a text. */
export function judgedPageQuery(page: { file?: string; text?: string }, recogniser: Recogniser, pagesDir: string): RelatedQuery {
  const session = recogniser.newPage();
  if (page.file) {
    const blocks = pageBlocks(readFileSync(path.join(pagesDir, page.file), 'utf8'));
    const main = new Set(mainContentBlocks(blocks));
    const mentions = session.recognise(blocks.map((b) => b.text));
    return pageQuery(blocks.map((b, i) => ({ text: b.text, mentions: mentions[i] ?? [], main: main.has(i) })));
  }
  const text = page.text ?? '';
  return pageQuery([{ text, mentions: session.recognise([text])[0] ?? [], main: true }]);
}
