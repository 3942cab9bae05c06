import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Recogniser } from '../../../lib/entities/recogniser.ts';
import { blockRole, type BlockRoleMemo, type RoleElement } from '../../../lib/highlight/block-role.ts';
import { blockEvidence, mainContent, TermBudget } from '../../../lib/highlight/main-report.ts';
import { entityReport, withMainCounts } from '../../../lib/highlight/report.ts';
import type { PageBlock } from '../../../lib/search/main-content.ts';
import { pageQuery, type RelatedQuery } from '../../../lib/search/related-query.ts';

/**
 * A saved page as the page side describes it to lib/search/main-content.ts: each block
 * of text with its role (the nearest landmark or structure), its link characters and a
 * key of its parent. The content script builds the same list from the live DOM.
 */
const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TD', 'TH', 'DD', 'DT', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'CAPTION', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'TABLE', 'TR', 'UL', 'OL', 'DL', 'FORM', 'BODY']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME']);

interface DomElement extends RoleElement {
  tagName: string;
  parentElement: DomElement | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute(name: string): string | null;
}
interface DomNode {
  nodeType: number;
  textContent: string | null;
}

export function pageBlocks(html: string): PageBlock[] {
  const { document } = parseHTML(html);
  const blocks: PageBlock[] = [];
  const memo: BlockRoleMemo = new WeakMap();
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
      if (clean) blocks.push({ text: clean, role: blockRole(el, memo), linkChars: Math.min(linkChars, clean.length), container: keyOf(el.parentElement), headline: el.tagName === 'H1' });
      text = '';
      linkChars = 0;
    };
    for (const n of Array.from(el.childNodes)) inline(n, false);
    flush();
  };
  walk(document.body as unknown as DomElement);
  return blocks;
}

/**
 * A saved page's query as the extension makes it: the content script's report (each
 * block's evidence, the main content's counts and words: page-marking/page-report.ts)
 * read as the background reads it (entrypoints/background/tab-summary.ts).
 */
export function reportedPageQuery(html: string, recogniser: Recogniser): RelatedQuery {
  const blocks = pageBlocks(html);
  const mentions = recogniser.newPage().recognise(blocks.map((b) => b.text));
  const budget = new TermBudget();
  const reported = blocks.map((b, i) => ({ mentions: mentions[i] ?? [], evidence: blockEvidence(b.text, mentions[i] ?? [], b, budget) }));
  const main = mainContent(reported);
  return { entities: withMainCounts(entityReport(reported.map((b) => b.mentions)), main), terms: [], mainTerms: main.mainTerms };
}

/** A judged page's query, read as the page side reads it: main content from the blocks of a saved page, or all of a text. */
export function judgedPageQuery(page: { file?: string; text?: string }, recogniser: Recogniser, pagesDir: string): RelatedQuery {
  if (page.file) return reportedPageQuery(readFileSync(path.join(pagesDir, page.file), 'utf8'), recogniser);
  const session = recogniser.newPage();
  const text = page.text ?? '';
  return pageQuery([{ text, mentions: session.recognise([text])[0] ?? [], main: true }]);
}
