import { parseHTML } from 'linkedom';

/**
 * The visible text of an HTML page, as blocks (paragraphs, headings, list items, table
 * cells): what a reader sees, without scripts, styles, templates or hidden elements. The
 * recogniser takes blocks so that names never run across two of them. Shared by the
 * `extract` and `related` commands.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'OPTION']);
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL BODY HTML BUTTON LABEL'.split(' '),
);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
}

function hidden(node: DomNode): boolean {
  const attr = (name: string): string | null => node.getAttribute?.(name) ?? null;
  if (attr('hidden') !== null || attr('aria-hidden') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr('style') ?? '');
}

export function htmlToBlocks(html: string): string[] {
  const { document } = parseHTML(html);
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag) || hidden(node)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) visit(node.childNodes[i]!);
    if (block) flush();
  };
  const root = (document.body ?? document.documentElement) as unknown as DomNode | null;
  if (root) visit(root);
  flush();
  return blocks;
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
