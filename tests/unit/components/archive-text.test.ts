// Archive text from imported files, rendered by the shared components into a DOM
// (linkedom: Preact needs only a document to render into).
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveArticle } from '../../../lib/search/archive-types.ts';

let document: Document;

beforeAll(() => {
  const dom = parseHTML('<!doctype html><html><body></body></html>');
  document = dom.document as unknown as Document;
  // Preact reads the global document when it creates text nodes and elements.
  Object.assign(globalThis, { document });
});

function article(overrides: Partial<ArchiveArticle>): ArchiveArticle {
  return {
    id: 'a1', title: 'A title', titleDerived: false, date: '2026-01-02', time: null, timeZone: null,
    source: 'Agency', author: null, section: null, lang: 'en', altTitles: [], url: null,
    body: ['First paragraph.'], sidebar: [], file: 'x.txt', entities: [], ...overrides,
  };
}

async function show(a: ArchiveArticle): Promise<HTMLElement> {
  const { ArticleView } = await import('../../../components/ArticleView.tsx');
  const root = document.createElement('div');
  render(h(ArticleView, { article: a }), root);
  return root;
}

describe('ArticleView with hostile archive text', () => {
  it.each(['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd'])(
    'shows %s as text, never as a link',
    async (url) => {
      const root = await show(article({ url }));
      expect(root.querySelectorAll('a')).toHaveLength(0);
      expect(root.textContent).toContain('not a web page');
      expect(root.textContent).toContain(url.slice(0, 10));
    },
  );

  it('links a web address', async () => {
    const root = await show(article({ url: 'https://example.org/story' }));
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/story']);
  });

  it('isolates direction: paragraphs and the title get dir=auto, no override survives', async () => {
    const root = await show(article({ title: 'Title \u202Ereversed', body: ['Before \u202Eafter', 'שלום עולם'] }));
    expect(root.querySelector('h1')?.getAttribute('dir')).toBe('auto');
    const paragraphs = [...root.querySelectorAll('.article-body p')];
    expect(paragraphs.map((p) => p.getAttribute('dir'))).toEqual(['auto', 'auto']);
    expect(root.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(paragraphs[1]?.textContent).toBe('שלום עולם');
  });
});
